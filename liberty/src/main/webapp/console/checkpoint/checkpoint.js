// The checkpoint tablet: a recorder signs in to the console, then to their seat at a checkpoint,
// and records each vehicle or person on foot through guide → verify → record → divert. Every
// inspection goes to the device's outbox first (../outbox.js) and is uploaded from there through
// the idempotent batch API, at once when there is a network and as soon as it returns when there
// is not: nothing recorded is lost, nothing is stored twice, and what the server refuses comes
// back to the screen for correction. The service worker (../sw.js) keeps the page itself here.

import { ApiError, call, current, restore, wireSignIn } from "../session.js";
import { entries, queue, reject, remove, saveSetting, setting } from "../outbox.js";
import { $, element, locale, t, today, translatePage } from "../dom.js";
import { DUTY_ROLES, label } from "../labels.js";

const PROVINCES = "浙京津沪渝冀豫云辽黑湘皖鲁新苏赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼".split("");
const OUTCOMES = {
  RELEASED: ["放行", "Released"],
  TESTED_ON_SITE: ["现场检测", "Tested on site"],
  ESCORTED_TO_UNLOADING: ["护送卸货", "Escorted to unload"],
  PERSUADED_BACK: ["劝返", "Turned back"],
  CENTRAL_ISOLATION: ["集中隔离", "Central isolation"],
  HOME_MANAGEMENT: ["居家管理", "Home management"],
};
const BATCH_LIMIT = 1000;
const RETRY_MS = 15_000;

let desk = null; // { checkpoint, checkpointName, region, post, lanes, recorder, recorderName, seat, shiftEnd }
let draft = null; // the inspection being recorded: { id?, subject, kind, outcome, guidedAt, verifiedAt }
let flushing = false;
let lastUploadFailed = false;

// ---- the desk: which checkpoint, who records ----

async function opened() {
  desk = (await setting("desk")) || null;
  if (desk && desk.user !== current().user) {
    desk = null; // another account's desk on a shared tablet: take your own
  }
  if (desk) {
    showDesk();
  } else {
    await setUpDesk();
  }
  await flush();
}

function closed() {
  $("desk").hidden = true;
  $("desk-setup").hidden = true;
}

async function setUpDesk() {
  $("desk").hidden = true;
  $("desk-setup").hidden = false;
  $("desk-error").hidden = true;
  const select = $("checkpoint");
  select.replaceChildren(new Option(t("请选择卡口", "Choose a checkpoint"), ""));
  try {
    const region = current().jurisdiction.code;
    const page = await (
      await call(`/checkpoints?region=${encodeURIComponent(region)}&status=OPEN&size=200`)
    ).json();
    for (const c of page.items) {
      const option = new Option(
        t(`${c.name}(${c.regionName})`, `${c.name} (${c.regionName})`),
        c.id,
      );
      option.dataset.checkpoint = JSON.stringify({
        id: c.id,
        name: c.name,
        region: c.region,
        post: c.post,
        lanes: c.lanes.filter((l) => l.open).map((l) => ({ no: l.no, name: l.name })),
      });
      select.add(option);
    }
  } catch (e) {
    deskError(e);
  }
}

async function showSeats() {
  const seats = $("seats");
  seats.replaceChildren();
  const option = $("checkpoint").selectedOptions[0];
  if (!option || !option.dataset.checkpoint) {
    return;
  }
  const checkpoint = JSON.parse(option.dataset.checkpoint);
  try {
    const day = today();
    const all = await (await call(`/posts/${checkpoint.post}/seats?from=${day}&to=${day}`)).json();
    const now = Date.now();
    const running = all.filter(
      (s) => s.person && Date.parse(s.start) <= now && now < Date.parse(s.end) && !s.signedOutAt,
    );
    if (running.length === 0) {
      seats.append(
        element(
          "p",
          "muted",
          t("本班次没有排班,请联系指挥部。", "Nobody is rostered for this shift: call the command post."),
        ),
      );
    }
    for (const s of running) {
      const button = element(
        "button",
        "",
        `${label(DUTY_ROLES, s.role)} ${s.seat} · ${s.personName || "—"}${s.signedInAt ? " ✓" : ""}`,
      );
      button.type = "button";
      button.dataset.role = s.role;
      button.dataset.seat = s.seat;
      button.addEventListener("click", () => takeSeat(checkpoint, s));
      seats.append(button);
    }
  } catch (e) {
    deskError(e);
  }
}

async function takeSeat(checkpoint, s) {
  try {
    if (!s.signedInAt) {
      await call(`/posts/${checkpoint.post}/seats/${s.date}/${s.shift}/${s.role}/${s.seat}/sign-in`, {
        method: "POST",
        body: { person: s.person },
      });
    }
    desk = {
      user: current().user,
      checkpoint: checkpoint.id,
      checkpointName: checkpoint.name,
      region: checkpoint.region,
      post: checkpoint.post,
      lanes: checkpoint.lanes,
      recorder: s.person,
      recorderName: s.personName,
      seat: { date: s.date, shift: s.shift, role: s.role, seat: s.seat, label: s.shiftLabel },
      shiftEnd: s.end,
    };
    await saveSetting("desk", desk);
    showDesk();
  } catch (e) {
    deskError(e);
  }
}

function deskError(e) {
  $("desk-error").textContent =
    e instanceof ApiError
      ? e.message
      : t("无法连接服务器:上岗签到需要网络", "Cannot reach the server: taking a seat needs the network");
  $("desk-error").hidden = false;
}

function showDesk() {
  $("desk-setup").hidden = true;
  $("desk").hidden = false;
  $("desk-checkpoint").textContent = desk.checkpointName;
  $("desk-recorder").textContent = t(
    `${desk.recorderName || ""}(${label(DUTY_ROLES, desk.seat.role)})`,
    `${desk.recorderName || ""} (${label(DUTY_ROLES, desk.seat.role)})`,
  );
  $("desk-shift").textContent = `${desk.seat.date} ${desk.seat.label || ""}`;
  const lane = $("lane");
  lane.replaceChildren();
  for (const l of desk.lanes) {
    lane.add(new Option(l.name || t(`${l.no}号车道`, `Lane ${l.no}`), l.no));
  }
  startNew();
  showOutbox();
}

async function leaveDesk() {
  desk = null;
  await saveSetting("desk", undefined);
  await setUpDesk();
}

// ---- the inspection form ----

function startNew(from) {
  const form = from || null;
  draft = {
    id: form ? form.id : null,
    subject: form ? form.subject : "VEHICLE",
    kind: form && form.vehicleKind ? form.vehicleKind : "CAR",
    outcome: form ? form.outcome : null,
    guidedAt: form ? form.guidedAt : new Date().toISOString(),
    verifiedAt: form ? form.verifiedAt : null,
  };
  press("subject-choice", "subject", draft.subject);
  press("kind-choice", "kind", draft.kind);
  press("outcome-choice", "outcome", draft.outcome);
  $("vehicle").hidden = draft.subject !== "VEHICLE";
  const plate = form && form.plate ? form.plate : "";
  $("province").value = plate ? plate.charAt(0) : $("province").value || PROVINCES[0];
  $("plate").value = plate ? plate.slice(1) : "";
  if (form && form.lane) {
    $("lane").value = String(form.lane);
  }
  $("destination").value = form && form.destination ? form.destination : "";
  $("home-case").value = form && form.homeCase ? form.homeCase : "HOME_ISOLATION";
  $("home").hidden = draft.outcome !== "HOME_MANAGEMENT";
  $("people").replaceChildren();
  const people = form ? form.people : [{ role: draft.subject === "VEHICLE" ? "DRIVER" : "PEDESTRIAN" }];
  people.forEach(addPerson);
  $("form-error").hidden = true;
}

function press(groupId, key, value) {
  for (const b of $(groupId).querySelectorAll("button")) {
    b.setAttribute("aria-pressed", String(b.dataset[key] === value));
  }
}

function addPerson(p = {}) {
  const clone = $("person-template").content.cloneNode(true);
  translatePage(clone);
  const card = clone.firstElementChild;
  const field = (name) => card.querySelector(`[data-field="${name}"]`);
  field("role").value = p.role || (draft.subject === "VEHICLE" ? "PASSENGER" : "PEDESTRIAN");
  field("name").value = p.name || "";
  field("idNumber").value = p.idNumber || "";
  field("phone").value = p.phone || "";
  field("temperature").value = p.temperature !== undefined ? String(p.temperature) : "";
  const code = p.healthCode || "GREEN";
  card.querySelectorAll("[data-code]").forEach((b) => {
    b.setAttribute("aria-pressed", String(b.dataset.code === code));
    b.addEventListener("click", () =>
      card
        .querySelectorAll("[data-code]")
        .forEach((o) => o.setAttribute("aria-pressed", String(o === b))),
    );
  });
  for (const flag of ["risk", "test"]) {
    const box = field(flag);
    const value = flag === "risk" ? p.riskAreaDaysAgo : p.testAgeHours;
    box.checked = value !== undefined && value !== null;
    const more = card.querySelector(`[data-when="${flag}"]`);
    more.hidden = !box.checked;
    more.querySelector("input").value = box.checked ? String(value) : "";
    box.addEventListener("change", () => {
      more.hidden = !box.checked;
    });
  }
  card.querySelector(".remove-person").addEventListener("click", () => {
    if ($("people").children.length > 1) {
      card.remove();
    }
  });
  $("people").append(card);
}

/** The form as POST /inspection-batches takes it; throws an Error saying what is missing. */
function collect() {
  const people = [...$("people").children].map((card, i) => {
    const field = (name) => card.querySelector(`[data-field="${name}"]`);
    const text = (name) => field(name).value.trim();
    const person = {
      role: field("role").value,
      name: text("name"),
      idNumber: text("idNumber").toUpperCase(),
      healthCode: card.querySelector('[data-code][aria-pressed="true"]').dataset.code,
      temperature: Number(text("temperature")),
    };
    if (!person.name || !person.idNumber) {
      throw new Error(
        t(`第 ${i + 1} 位人员:请填写姓名和身份证号`, `Person ${i + 1}: fill in the name and ID number`),
      );
    }
    if (!text("temperature") || Number.isNaN(person.temperature)) {
      throw new Error(t(`第 ${i + 1} 位人员:请填写体温`, `Person ${i + 1}: fill in the temperature`));
    }
    if (text("phone")) {
      person.phone = text("phone");
    }
    if (field("risk").checked) {
      person.riskAreaDaysAgo = Number(text("riskAreaDaysAgo") || "0");
    }
    if (field("test").checked) {
      person.testAgeHours = Number(text("testAgeHours") || "0");
    }
    return person;
  });
  if (!draft.outcome) {
    throw new Error(t("请选择处置方式", "Choose an outcome"));
  }
  const now = new Date().toISOString();
  const form = {
    id: draft.id || crypto.randomUUID(),
    checkpoint: desk.checkpoint,
    subject: draft.subject,
    guidedAt: draft.guidedAt,
    verifiedAt: draft.verifiedAt || now,
    recordedAt: now,
    divertedAt: now,
    outcome: draft.outcome,
    recorder: desk.recorder,
    people,
  };
  if ($("lane").value) {
    form.lane = Number($("lane").value);
  }
  if (draft.subject === "VEHICLE") {
    const plate = $("plate").value.trim().toUpperCase();
    if (!plate) {
      throw new Error(t("请填写车牌", "Fill in the plate number"));
    }
    form.plate = $("province").value + plate;
    form.vehicleKind = draft.kind;
  }
  if (draft.outcome === "HOME_MANAGEMENT") {
    form.destination = $("destination").value.trim();
    form.homeCase = $("home-case").value;
  }
  return form;
}

async function record(event) {
  event.preventDefault();
  let form;
  try {
    form = collect();
  } catch (e) {
    $("form-error").textContent = e.message;
    $("form-error").hidden = false;
    return;
  }
  await queue(form);
  startNew();
  await showOutbox();
  flush();
}

// ---- the outbox: upload, count, corrections ----

async function flush() {
  if (flushing || !desk) {
    return;
  }
  flushing = true;
  try {
    if (!current()) {
      // opened offline: the cookie may well still hold the session
      if (!(await restore())) {
        $("sign-in").hidden = false; // it expired: sign in again, the outbox waits
        return;
      }
      $("sign-in").hidden = true;
      const { user, jurisdiction } = current();
      const place = t(jurisdiction.name, jurisdiction.nameEn || jurisdiction.name);
      $("who").textContent = `${user} · ${place}`;
      $("sign-out").hidden = false; // hidden while the page had no session
    }
    const pending = (await entries()).filter((e) => e.state === "pending").slice(0, BATCH_LIMIT);
    if (pending.length > 0) {
      const result = await (
        await call("/inspection-batches", {
          method: "POST",
          body: { items: pending.map((e) => e.form) },
        })
      ).json();
      const stored = [];
      const refused = [];
      for (const item of result.items) {
        const entry = pending[item.index];
        if (item.result === "REJECTED") {
          refused.push({ entry, problem: item.problem });
        } else {
          stored.push(entry.id);
        }
      }
      await remove(stored);
      await reject(refused);
    }
    lastUploadFailed = false;
    await tally();
  } catch (e) {
    lastUploadFailed = !(e instanceof ApiError);
    if (e instanceof ApiError && e.status !== 401) {
      $("form-error").textContent = t(`上传失败:${e.message}`, `Upload failed: ${e.message}`);
      $("form-error").hidden = false;
    }
  } finally {
    flushing = false;
    await showOutbox();
  }
}

async function showOutbox() {
  const all = await entries();
  const pending = all.filter((e) => e.state === "pending");
  const rejected = all.filter((e) => e.state === "rejected");
  $("pending").textContent = String(pending.length);
  $("pending").dataset.count = String(pending.length);
  $("rejected-count").hidden = rejected.length === 0;
  $("rejected-count").textContent = t(`需更正 ${rejected.length} 条`, `${rejected.length} to correct`);
  const online = navigator.onLine && !lastUploadFailed;
  $("network").textContent = online
    ? t("● 在线", "● Online")
    : t("● 离线:记录保存在本机", "● Offline: records are kept on this device");
  $("network").className = `network ${online ? "online" : "offline"}`;
  const list = $("rejected");
  list.replaceChildren();
  for (const e of rejected) {
    const li = document.createElement("li");
    li.dataset.id = e.id;
    const what = e.form.plate ? `${e.form.plate.slice(0, 2)}***` : t("行人", "On foot");
    const when = new Date(e.form.recordedAt).toLocaleTimeString(locale(), { hour12: false });
    const reasons = [
      e.problem && e.problem.detail,
      ...((e.problem && e.problem.errors) || []).map((x) => x.message),
    ]
      .filter(Boolean)
      .join(t(";", "; "));
    const fix = element("button", "small", t("改正", "Correct"));
    fix.type = "button";
    fix.addEventListener("click", async () => {
      await remove([e.id]);
      startNew(e.form);
      await showOutbox();
    });
    const drop = element("button", "small secondary", t("放弃", "Discard"));
    drop.type = "button";
    drop.addEventListener("click", async () => {
      await remove([e.id]);
      await showOutbox();
    });
    li.append(
      element("span", "", `${when} ${what} ${e.form.outcome ? label(OUTCOMES, e.form.outcome) : ""}`),
      element("span", "why", reasons || t("未被接受", "Not accepted")),
      fix,
      drop,
    );
    list.append(li);
  }
  $("corrections").hidden = rejected.length === 0;
}

/** This shift's figures at this checkpoint, as the server has counted them. */
async function tally() {
  if (!desk) {
    return;
  }
  try {
    const figures = await (
      await call(`/checkpoint-tallies?region=${desk.region}&day=${desk.seat.date}`)
    ).json();
    let vehicles = 0;
    let people = 0;
    for (const c of figures.ofDay) {
      if (c.checkpoint === desk.checkpoint && c.shift === desk.seat.shift) {
        if (c.subject === "VEHICLE") {
          vehicles += c.inspections;
        }
        people += c.people;
      }
    }
    $("tally").textContent = t(
      `本班次已上传:车辆 ${vehicles} 辆 · 人员 ${people} 人`,
      `Uploaded this shift: ${vehicles} ${vehicles === 1 ? "vehicle" : "vehicles"}` +
        ` · ${people} ${people === 1 ? "person" : "people"}`,
    );
    $("tally").dataset.vehicles = String(vehicles);
  } catch (e) {
    // the tally is a convenience: the outbox's count is what matters offline
  }
}

// ---- wiring ----

for (const p of PROVINCES) {
  $("province").add(new Option(p, p));
}
$("checkpoint").addEventListener("change", showSeats);
$("leave-desk").addEventListener("click", leaveDesk);
$("add-person").addEventListener("click", () => addPerson());
$("inspection").addEventListener("submit", record);
$("subject-choice").addEventListener("click", (e) => {
  const b = e.target.closest("button");
  if (b) {
    draft.subject = b.dataset.subject;
    press("subject-choice", "subject", draft.subject);
    $("vehicle").hidden = draft.subject !== "VEHICLE";
    for (const role of $("people").querySelectorAll('[data-field="role"]')) {
      if (draft.subject === "PEDESTRIAN") {
        role.value = "PEDESTRIAN";
      } else if (role.value === "PEDESTRIAN") {
        role.value = "DRIVER";
      }
    }
  }
});
$("kind-choice").addEventListener("click", (e) => {
  const b = e.target.closest("button");
  if (b) {
    draft.kind = b.dataset.kind;
    press("kind-choice", "kind", draft.kind);
  }
});
$("outcome-choice").addEventListener("click", (e) => {
  const b = e.target.closest("button");
  if (b) {
    draft.outcome = b.dataset.outcome;
    draft.verifiedAt = draft.verifiedAt || new Date().toISOString();
    press("outcome-choice", "outcome", draft.outcome);
    $("home").hidden = draft.outcome !== "HOME_MANAGEMENT";
  }
});
window.addEventListener("online", () => flush());
window.addEventListener("offline", () => showOutbox());
setInterval(() => flush(), RETRY_MS);

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/console/sw.js").catch(() => {
    // without it the page still records and queues; it just cannot open offline
  });
}

wireSignIn({ opened, closed }).catch(async () => {
  // no network: with a desk on this device, record on; the outbox uploads when it returns
  desk = (await setting("desk")) || null;
  if (desk) {
    $("sign-in").hidden = true;
    $("who").textContent = t(`${desk.user}(离线)`, `${desk.user} (offline)`);
    $("who").hidden = false;
    showDesk();
  }
  await showOutbox();
});
