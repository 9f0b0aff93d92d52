// The commander's roster board: the posts of their jurisdiction, shift by shift, for a week; each
// seat coloured by its state (held, signed in, open, no-show). A click on a seat assigns someone,
// frees it, or begins a swap with another seat of the same post; what the server refuses is shown
// in its own words (the rule that refuses it). Beside the board: coverage right now, the automatic
// roster (started, watched while it solves, its proposal accepted or discarded) and the open
// supervision findings.

import { ApiError, call, current, reason, wireSignIn } from "../session.js";
import { $, dayLabel as weekday, element, moment, say, t, today } from "../dom.js";
import {
  DUTY_ROLES,
  FINDING_KINDS,
  FINDING_SEVERITIES,
  QUALIFICATIONS,
  ROSTER_JOB_STATES,
  SEAT_STATES,
  label,
} from "../labels.js";

const DAYS = 7;
const ROLE_ORDER = Object.keys(DUTY_ROLES);
const POLL_MS = 1000;

let posts = []; // the jurisdiction's open posts
const seats = new Map(); // post id → its seats this week
let seat = null; // the seat the dialog shows
let swapFrom = null; // the first seat of a swap under way
let job = null; // the rostering job being watched
let poll = null;

const region = () => current().jurisdiction.code;

/** yyyy-mm-dd plus some days (dates are days, not moments: computed in UTC). */
function plusDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const dayLabel = (day) => weekday(day, true);

const seatLabel = (s) =>
  `${s.postName} · ${dayLabel(s.date)} ${s.shiftLabel} · ${label(DUTY_ROLES, s.role)} ${t(`${s.seat} 号`, `no. ${s.seat}`)}`;


// ---- opening ----

async function opened() {
  $("board-page").hidden = false;
  $("from").value = today();
  $("job-from").value = plusDays(today(), 1);
  $("job-to").value = plusDays(today(), DAYS);
  $("job-from").min = today();
  $("job-to").min = today();
  const [page, root] = await Promise.all([
    call(`/posts?region=${encodeURIComponent(region())}&active=true&size=200`).then((r) => r.json()),
    call("/regions").then((r) => r.json()),
  ]);
  const regions = $("job-region");
  const named = (r) => t(r.name, r.nameEn || r.name);
  regions.replaceChildren(new Option(named(root), root.code));
  for (const child of root.children || []) {
    regions.add(new Option(`\u3000${named(child)}`, child.code));
  }
  posts = page.items;
  const select = $("post");
  select.replaceChildren(new Option(t(`全部点位(${posts.length} 个)`, `All posts (${posts.length})`), ""));
  for (const p of posts) {
    select.add(new Option(`${p.name}(${p.regionName})`, p.id));
  }
  await Promise.all([showBoard(), showCoverage(), showFindings(), resumeJob()]);
}

function closed() {
  $("board-page").hidden = true;
  stopPolling();
  endSwap();
  job = null; // the next user sees their own jurisdiction's job, not this one
  $("job-progress").hidden = true;
  for (const dialog of document.querySelectorAll("dialog[open]")) {
    dialog.close();
  }
}

// ---- the board ----

let boardRequest = 0;

async function showBoard() {
  const asked = ++boardRequest; // a later week asked meanwhile wins: this answer is then dropped
  const from = $("from").value || today();
  const to = plusDays(from, DAYS - 1);
  const shown = $("post").value ? posts.filter((p) => p.id === $("post").value) : posts;
  const head = $("days");
  head.replaceChildren(element("th", "", t("点位 · 班次", "Post · shift")));
  for (let i = 0; i < DAYS; i++) {
    const day = plusDays(from, i);
    const th = element("th", day === today() ? "today" : "", dayLabel(day));
    th.scope = "col";
    head.append(th);
  }
  try {
    const weeks = await Promise.all(
      shown.map((p) => call(`/posts/${p.id}/seats?from=${from}&to=${to}`).then((r) => r.json())),
    );
    if (asked !== boardRequest) {
      return;
    }
    shown.forEach((p, i) => seats.set(p.id, weeks[i]));
  } catch (e) {
    say(`${t("排班表读取失败:", "The roster cannot be read: ")}${reason(e)}`, true);
    return;
  }
  const board = $("board");
  board.querySelectorAll("tbody").forEach((b) => b.remove());
  if (shown.length === 0) {
    const body = board.createTBody();
    const cell = body.insertRow().insertCell();
    cell.colSpan = DAYS + 1;
    cell.textContent = t("辖区内没有在用的点位。", "No open posts in your area.");
    return;
  }
  for (const p of shown) {
    board.append(postRows(p, from));
  }
}

/** A post's rows: its name, then one row per shift with each day's seats. */
function postRows(post, from) {
  const body = document.createElement("tbody");
  body.dataset.post = post.id;
  const title = body.insertRow();
  title.className = "post-title";
  const th = element("th", "", `${post.name}(${post.regionName})`);
  th.colSpan = DAYS + 1;
  th.scope = "rowgroup";
  title.append(th);
  const week = seats.get(post.id) || [];
  for (const shift of post.shifts) {
    const row = body.insertRow();
    const rowHead = element("th", "", shift.label);
    rowHead.scope = "row";
    row.append(rowHead);
    for (let i = 0; i < DAYS; i++) {
      const day = plusDays(from, i);
      const cell = row.insertCell();
      const here = week
        .filter((s) => s.date === day && s.shift === shift.no)
        .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.seat - b.seat);
      for (const s of here) {
        cell.append(seatButton(s));
      }
    }
  }
  return body;
}

function seatButton(s) {
  const marks = { SIGNED_IN: "✓ ", SIGNED_OUT: "✓ ", NO_SHOW: "! " };
  const button = element(
    "button",
    `seat ${s.state}`,
    `${marks[s.state] || ""}${label(DUTY_ROLES, s.role)} ${s.personName || t("空缺", "open")}`,
  );
  button.type = "button";
  button.setAttribute(
    "aria-label",
    `${seatLabel(s)}: ${s.personName || t("空缺", "open")} (${label(SEAT_STATES, s.state)})`,
  );
  Object.assign(button.dataset, { date: s.date, shift: s.shift, role: s.role, seat: s.seat });
  if (swapFrom && sameSeat(swapFrom, s)) {
    button.classList.add("chosen");
  }
  button.addEventListener("click", () => (swapFrom ? finishSwap(s) : openSeat(s)));
  return button;
}

const sameSeat = (a, b) =>
  a.post === b.post && a.date === b.date && a.shift === b.shift && a.role === b.role && a.seat === b.seat;

const seatPath = (s) => `/posts/${s.post}/seats/${s.date}/${s.shift}/${s.role}/${s.seat}`;

async function refreshPost(postId) {
  const post = posts.find((p) => p.id === postId);
  const from = $("from").value || today();
  try {
    seats.set(
      postId,
      await (await call(`/posts/${postId}/seats?from=${from}&to=${plusDays(from, DAYS - 1)}`)).json(),
    );
  } catch (e) {
    say(`${t("排班表读取失败:", "The roster cannot be read: ")}${reason(e)}`, true);
    return;
  }
  const old = $("board").querySelector(`tbody[data-post="${postId}"]`);
  if (old && post) {
    old.replaceWith(postRows(post, from));
  }
  showCoverage();
}

// ---- one seat: assign, free, begin a swap ----

function openSeat(s) {
  seat = s;
  $("seat-title").textContent = seatLabel(s);
  $("seat-needs").textContent = s.qualifications.length
    ? `${t("须具备:", "Needs: ")}${s.qualifications.map((q) => label(QUALIFICATIONS, q)).join(t("、", ", "))}`
    : t("无特殊资质要求", "No particular qualification needed");
  $("seat-holder").textContent = s.person
    ? `${t("值守人员:", "Held by: ")}${s.personName} (${label(SEAT_STATES, s.state)}${s.signedInAt ? t(`,${moment(s.signedInAt)} 签到`, `, signed in ${moment(s.signedInAt)}`) : ""})`
    : t("空缺", "Open");
  $("seat-held-actions").hidden = !s.person;
  $("seat-open-actions").hidden = Boolean(s.person);
  $("seat-error").hidden = true;
  $("person-query").value = "";
  $("person-list").replaceChildren();
  $("seat-dialog").showModal();
  if (!s.person) {
    findPeople();
    $("person-query").focus();
  }
}

let searching = null;

async function findPeople() {
  clearTimeout(searching);
  searching = setTimeout(async () => {
    const q = $("person-query").value.trim();
    const query = `region=${encodeURIComponent(region())}&active=true&size=20${q ? `&q=${encodeURIComponent(q)}` : ""}`;
    try {
      const page = await (await call(`/people?${query}`)).json();
      const list = $("person-list");
      list.replaceChildren();
      for (const person of page.items) {
        const item = document.createElement("li");
        const quals = person.qualifications.map((x) => label(QUALIFICATIONS, x)).join("、");
        const button = element("button", "person", `${person.name}`);
        button.type = "button";
        button.append(element("small", "", ` ${person.homeRegionName}${quals ? ` · ${quals}` : ""}`));
        button.addEventListener("click", () => assign(person));
        item.append(button);
        list.append(item);
      }
      if (page.items.length === 0) {
        list.append(element("li", "muted", t("没有找到,换个名字试试", "Nobody found; try another name")));
      }
    } catch (e) {
      seatError(e);
    }
  }, 250);
}

function seatError(e) {
  $("seat-error").textContent = reason(e);
  $("seat-error").hidden = false;
}

async function assign(person) {
  try {
    await call(seatPath(seat), { method: "PUT", body: { person: person.id } });
  } catch (e) {
    seatError(e); // the rule that refuses, in the server's words
    return;
  }
  $("seat-dialog").close();
  say(t(`已安排 ${person.name}:${seatLabel(seat)}`, `${person.name} assigned: ${seatLabel(seat)}`));
  await refreshPost(seat.post);
}

async function release() {
  try {
    await call(seatPath(seat), { method: "DELETE" });
  } catch (e) {
    seatError(e);
    return;
  }
  $("seat-dialog").close();
  say(t(`已取消 ${seat.personName} 的排班:${seatLabel(seat)}`, `${seat.personName} taken off: ${seatLabel(seat)}`));
  await refreshPost(seat.post);
}

// ---- swaps: a held seat, then another seat of the same post ----

function beginSwap() {
  swapFrom = seat;
  $("seat-dialog").close();
  $("swap-text").textContent = t(
    `调换:${seatLabel(seat)}(${seat.personName})。请点选同一点位的另一个席位。`,
    `Swap: ${seatLabel(seat)} (${seat.personName}). Now click another seat of the same post.`,
  );
  $("swap-banner").hidden = false;
  refreshChosen();
}

function endSwap() {
  swapFrom = null;
  $("swap-banner").hidden = true;
  refreshChosen();
}

function refreshChosen() {
  document.querySelectorAll("#board .seat.chosen").forEach((b) => b.classList.remove("chosen"));
  if (swapFrom) {
    const body = $("board").querySelector(`tbody[data-post="${swapFrom.post}"]`);
    const d = swapFrom;
    body
      ?.querySelector(
        `.seat[data-date="${d.date}"][data-shift="${d.shift}"][data-role="${d.role}"][data-seat="${d.seat}"]`,
      )
      ?.classList.add("chosen");
  }
}

async function finishSwap(s) {
  const first = swapFrom;
  if (sameSeat(first, s)) {
    endSwap();
    return;
  }
  if (first.post !== s.post) {
    say(t("只能在同一点位内调换,请点选同一点位的席位。", "Seats swap within one post: click a seat of the same post."), true);
    return;
  }
  const place = (x) => ({ date: x.date, shift: x.shift, role: x.role, seat: x.seat });
  endSwap(); // at once: a second tap must not send the swap again (and swap them back)
  try {
    await call(`/posts/${first.post}/seats/swaps`, {
      method: "POST",
      body: { first: place(first), second: place(s) },
    });
    say(
      s.person
        ? t(`已调换:${first.personName} ↔ ${s.personName}`, `Swapped: ${first.personName} ↔ ${s.personName}`)
        : t(`已将 ${first.personName} 调到 ${seatLabel(s)}`, `${first.personName} moved to ${seatLabel(s)}`),
    );
  } catch (e) {
    say(`${t("不能调换:", "Cannot swap: ")}${reason(e)}`, true);
  }
  await refreshPost(first.post);
}

// ---- coverage right now ----

async function showCoverage() {
  try {
    const now = encodeURIComponent(new Date().toISOString());
    const c = await (await call(`/coverage?region=${encodeURIComponent(region())}&at=${now}`)).json();
    const n = c.totals;
    const figures = [
      [t("席位", "Seats"), n.seats, ""],
      [t("已排班", "Assigned"), n.filled, ""],
      [t("已到岗", "Signed in"), n.signedIn, "ok"],
      [t("空缺", "Open"), n.open, n.open ? "warn" : ""],
      [t("未到岗", "No-shows"), n.noShows, n.noShows ? "bad" : ""],
    ];
    $("coverage-figures").replaceChildren(
      ...figures.map(([name, n, tone]) => {
        const item = element("div", `figure ${tone}`);
        item.append(element("dt", "", name), element("dd", "", String(n)));
        return item;
      }),
    );
    $("coverage-as-of").textContent = `${c.regionName} · ${t("正在进行的班次", "shifts running now")} · ${moment(c.asOf)}`;
  } catch (e) {
    $("coverage-as-of").textContent = `${t("无法读取:", "Cannot read: ")}${reason(e)}`;
  }
}

// ---- open findings ----

async function showFindings() {
  const list = $("finding-list");
  try {
    const page = await (
      await call(`/findings?region=${encodeURIComponent(region())}&state=OPEN&size=20`)
    ).json();
    list.replaceChildren();
    for (const f of page.items) {
      const item = element("li", `finding ${f.severity}`);
      item.append(
        element("strong", "", `【${label(FINDING_SEVERITIES, f.severity)}】${label(FINDING_KINDS, f.kind)}`),
        element("span", "", ` ${f.postName} · ${moment(f.foundAt)}`),
      );
      if (f.note) {
        item.append(element("p", "muted", f.note));
      }
      list.append(item);
    }
    if (page.items.length === 0) {
      list.append(element("li", "muted", t("没有未销号的问题。", "No open findings.")));
    }
  } catch (e) {
    list.replaceChildren(element("li", "error", `${t("无法读取:", "Cannot read: ")}${reason(e)}`));
  }
}

// ---- the automatic roster ----

async function startJob(event) {
  event.preventDefault();
  $("job-error").hidden = true;
  try {
    const started = await (
      await call("/roster-jobs", {
        method: "POST",
        body: { region: $("job-region").value, from: $("job-from").value, to: $("job-to").value },
      })
    ).json();
    watch(started);
  } catch (e) {
    jobError(e);
  }
}

function jobError(e) {
  $("job-error").textContent = reason(e);
  $("job-error").hidden = false;
}

/** The latest job of the jurisdiction, when it is still running or waits for a decision. */
async function resumeJob() {
  try {
    const page = await (
      await call(`/roster-jobs?region=${encodeURIComponent(region())}&size=1`)
    ).json();
    const latest = page.items[0];
    if (latest && ["QUEUED", "SOLVING", "PROPOSED"].includes(latest.state)) {
      watch(latest);
    }
  } catch (e) {
    jobError(e);
  }
}

function watch(j) {
  job = j;
  showJob();
  stopPolling();
  if (j.state === "QUEUED" || j.state === "SOLVING") {
    poll = setTimeout(async () => {
      try {
        watch(await (await call(`/roster-jobs/${j.id}`)).json());
      } catch (e) {
        jobError(e);
        if (job === j && !(e instanceof ApiError && e.status < 500)) {
          watch(j); // the network or the server hiccuped: keep watching
        }
      }
    }, POLL_MS);
  }
}

function stopPolling() {
  clearTimeout(poll);
  poll = null;
}

function showJob() {
  $("job-progress").hidden = false;
  $("job-progress").dataset.state = job.state;
  $("job-state").textContent = label(ROSTER_JOB_STATES, job.state);
  $("job-summary").textContent = `${job.from} ${t("至", "to")} ${job.to}`;
  $("job-bar").max = Math.max(job.seatsTotal, 1);
  $("job-bar").value = job.seatsFilled;
  const detail = [
    t(`已排 ${job.seatsFilled} / ${job.seatsTotal} 个席位`, `${job.seatsFilled} of ${job.seatsTotal} seats filled`),
    t(`可排人员 ${job.people} 人`, `${job.people} people to roster`),
  ];
  if (job.state !== "QUEUED") {
    detail.push(
      job.hardBreaks
        ? t(`违反硬性规则 ${job.hardBreaks} 处`, `${job.hardBreaks} hard rules broken`)
        : t("满足全部硬性规则", "every hard rule holds"),
    );
  }
  if (job.failure) {
    detail.push(`${t("失败原因:", "Failed: ")}${job.failure}`);
  }
  $("job-detail").textContent = detail.join(" · ");
  $("job-accept").hidden = job.state !== "PROPOSED";
  $("job-discard").hidden = job.state !== "PROPOSED";
  $("job-stop").hidden = job.state !== "SOLVING";
}

async function decide(what) {
  $("job-error").hidden = true;
  try {
    const answer = await (await call(`/roster-jobs/${job.id}/${what}`, { method: "POST" })).json();
    if (what === "acceptance") {
      watch(answer.job);
      say(
        t(
          `方案已采用:排入 ${answer.given} 个席位${answer.begun ? `,${answer.begun} 个已开班的未变动` : ""}。`,
          `Proposal accepted: ${answer.given} seats given${answer.begun ? `, ${answer.begun} already begun left as they were` : ""}.`,
        ),
      );
      await showBoard();
      await showCoverage();
    } else if (what === "stop") {
      watch({ ...job, state: "SOLVING" }); // stopping: the next poll shows the proposal
    } else {
      watch(answer);
    }
  } catch (e) {
    jobError(e);
  }
}

// ---- wiring ----

$("post").addEventListener("change", showBoard);
$("from").addEventListener("change", showBoard);
$("previous-week").addEventListener("click", () => {
  $("from").value = plusDays($("from").value || today(), -DAYS);
  showBoard();
});
$("next-week").addEventListener("click", () => {
  $("from").value = plusDays($("from").value || today(), DAYS);
  showBoard();
});
$("person-query").addEventListener("input", findPeople);
$("seat-release").addEventListener("click", release);
$("seat-swap").addEventListener("click", beginSwap);
$("swap-cancel").addEventListener("click", endSwap);
$("job-form").addEventListener("submit", startJob);
$("job-accept").addEventListener("click", () => decide("acceptance"));
$("job-discard").addEventListener("click", () => decide("discard"));
$("job-stop").addEventListener("click", () => decide("stop"));
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && swapFrom) {
    endSwap();
  }
});

wireSignIn({ opened, closed });
