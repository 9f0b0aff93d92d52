// The grid worker's day: what the home health management cases have due today (visits, tests)
// and what is overdue, each recorded from the list; the citizens' requests waiting, by deadline,
// accepted, noted and resolved; the four-colour map of their grids (Leaflet, drawn from the API's
// GeoJSON; a tile layer only when the installation sets one, so it works offline and on an
// intranet); and the resident register, masked as the API gives it.

import { call, current, reason, wireSignIn } from "../session.js";
import { $, dayLabel, element, library, moment, say, t, today } from "../dom.js";
import {
  HOME_CASE_KINDS,
  HOUSEHOLD_RELATIONS,
  REQUEST_CATEGORIES,
  REQUEST_STATES,
  REQUEST_URGENCIES,
  RESIDENT_FLAGS,
  label,
} from "../labels.js";

// Leaflet, from its WebJar (unpacked into the WAR at build), loaded when the map is drawn
const LEAFLET = "/webjars/leaflet/1.9.4/dist/leaflet";

const COLOURS = { RED: "#c00000", YELLOW: "#e0a800", GREEN: "#1b8a3a", WHITE: "#ffffff" };

let visiting = null; // { homeCase, name, date, day, testDue }
let request = null; // the request the dialog shows
let map = null;

const region = () => current().jurisdiction.code;
const cannotRead = (e) => `${t("无法读取:", "Cannot read: ")}${reason(e)}`;


// ---- opening ----

async function opened() {
  $("day-page").hidden = false;
  $("today-date").textContent = dayLabel(today());
  await Promise.all([showDue(), showOverdue(), showRequests(), showMap(), showResidents()]);
}

function closed() {
  $("day-page").hidden = true;
  for (const dialog of document.querySelectorAll("dialog[open]")) {
    dialog.close();
  }
}

// ---- visits and tests due today, and overdue ----

function badge(text, done) {
  return element("span", `badge ${done ? "done" : "todo"}`, `${text}${done ? " ✓" : t(" 待办", " to do")}`);
}

async function showDue() {
  const list = $("due");
  try {
    const due = await (
      await call(`/home-cases/due?region=${encodeURIComponent(region())}`)
    ).json();
    list.replaceChildren();
    for (const d of due) {
      const item = element("li", "item");
      item.dataset.homeCase = d.homeCase;
      const what = element("div", "what");
      what.append(
        element("strong", "", d.name),
        element(
          "span",
          "muted",
          ` ${label(HOME_CASE_KINDS, d.kind)} ${t(`第 ${d.day} 天`, `day ${d.day}`)} · ${d.placeName}`,
        ),
      );
      const marks = element("div", "marks");
      if (d.visitDue) {
        marks.append(badge(t("走访", "visit"), d.visited));
      }
      if (d.testDue) {
        marks.append(badge(t("检测", "test"), d.tested));
      }
      item.append(what, marks);
      if (!d.visited) {
        const record = element("button", "small", t("登记走访", "Record the visit"));
        record.type = "button";
        record.addEventListener("click", () =>
          openVisit({ homeCase: d.homeCase, name: d.name, date: d.date, day: d.day, testDue: d.testDue }),
        );
        item.append(record);
      }
      list.append(item);
    }
    const open = due.filter((d) => !d.visited || (d.testDue && !d.tested)).length;
    $("due-count").textContent = t(`${open} 项待办`, `${open} to do`);
    if (due.length === 0) {
      list.append(element("li", "muted", t("今天没有应走访、应检测的对象。", "No visits or tests due today.")));
    }
  } catch (e) {
    list.replaceChildren(element("li", "error", cannotRead(e)));
  }
}

async function showOverdue() {
  const list = $("overdue");
  try {
    const groups = await (
      await call(`/home-cases/overdue?region=${encodeURIComponent(region())}`)
    ).json();
    list.replaceChildren();
    let count = 0;
    for (const group of groups) {
      for (const o of group.items) {
        count++;
        const item = element("li", "item overdue");
        item.dataset.homeCase = o.homeCase;
        const missed = [
          o.visitMissed ? t("漏走访", "visit missed") : null,
          o.testMissed ? t("漏检测", "test missed") : null,
        ]
          .filter(Boolean)
          .join(t("、", ", "));
        const what = element("div", "what");
        what.append(
          element("strong", "", o.name),
          element("span", "muted", ` ${label(HOME_CASE_KINDS, o.kind)} · ${group.placeName}`),
        );
        item.append(what, element("span", "late", `${dayLabel(o.date)} ${missed}`));
        if (o.visitMissed) {
          const record = element("button", "small", t("补登", "Record late"));
          record.type = "button";
          record.addEventListener("click", () =>
            openVisit({ homeCase: o.homeCase, name: o.name, date: o.date, testDue: o.testMissed }),
          );
          item.append(record);
        }
        list.append(item);
      }
    }
    $("overdue-count").textContent = count ? t(`${count} 项`, String(count)) : "";
    if (count === 0) {
      list.append(element("li", "muted", t("没有逾期未办的走访和检测。", "Nothing overdue.")));
    }
  } catch (e) {
    list.replaceChildren(element("li", "error", cannotRead(e)));
  }
}

function openVisit(v) {
  visiting = v;
  $("visit-title").textContent = `${t("登记走访:", "Visit: ")}${v.name}`;
  $("visit-due").textContent = t(
    `${dayLabel(v.date)}${v.day ? `(第 ${v.day} 天)` : ""}${v.testDue ? ",当天应检测" : ""}`,
    `${dayLabel(v.date)}${v.day ? ` (day ${v.day})` : ""}${v.testDue ? ", a test is due" : ""}`,
  );
  $("visit-test").checked = Boolean(v.testDue);
  $("visit-seal").checked = true;
  $("visit-temperature").value = "";
  $("visit-symptoms").value = "";
  $("visit-error").hidden = true;
  $("visit-dialog").showModal();
}

async function saveVisit() {
  const temperature = $("visit-temperature").value.trim();
  const symptoms = $("visit-symptoms").value.trim();
  const body = {
    visitedOn: visiting.date,
    testTaken: $("visit-test").checked,
    sealIntact: $("visit-seal").checked,
  };
  if (temperature) {
    body.temperature = Number(temperature);
  }
  if (symptoms) {
    body.symptoms = symptoms;
  }
  try {
    await call(`/home-cases/${visiting.homeCase}/visits`, { method: "POST", body });
  } catch (e) {
    $("visit-error").textContent = reason(e);
    $("visit-error").hidden = false;
    return;
  }
  $("visit-dialog").close();
  say(
    t(
      `已登记 ${visiting.name} ${dayLabel(visiting.date)} 的走访${body.testTaken ? "和检测" : ""}。`,
      `Visit${body.testTaken ? " and test" : ""} of ${visiting.name} on ${dayLabel(visiting.date)} recorded.`,
    ),
  );
  await Promise.all([showDue(), showOverdue()]);
}

// ---- citizens' requests ----

async function showRequests() {
  const list = $("requests");
  try {
    const pages = await Promise.all(
      ["RECEIVED", "ACCEPTED"].map((state) =>
        call(`/citizen-requests?region=${encodeURIComponent(region())}&state=${state}&size=100`).then(
          (r) => r.json(),
        ),
      ),
    );
    const open = pages.flatMap((p) => p.items).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
    list.replaceChildren();
    for (const r of open) {
      const item = element("li", `item${r.overdue ? " overdue" : ""}`);
      item.dataset.request = r.id;
      const what = element("div", "what");
      what.append(
        element("strong", "", `【${label(REQUEST_URGENCIES, r.urgency)}】${label(REQUEST_CATEGORIES, r.category)}`),
        element("span", "", ` ${r.content}`),
      );
      const when = element(
        "span",
        r.overdue ? "late" : "muted",
        `${label(REQUEST_STATES, r.state)} · ${t("限", "due")} ${moment(r.dueAt)}${r.overdue ? t(" 已逾期", " overdue") : ""}`,
      );
      const handle = element("button", "small", t("办理", "Handle"));
      handle.type = "button";
      handle.addEventListener("click", () => openRequest(r.id));
      item.append(what, when, handle);
      list.append(item);
    }
    $("requests-count").textContent = open.length ? t(`${open.length} 件`, String(open.length)) : "";
    if (open.length === 0) {
      list.append(element("li", "muted", t("没有待办的诉求。", "No requests waiting.")));
    }
  } catch (e) {
    list.replaceChildren(element("li", "error", cannotRead(e)));
  }
}

async function openRequest(id) {
  try {
    request = await (await call(`/citizen-requests/${id}`)).json();
  } catch (e) {
    say(cannotRead(e), true);
    return;
  }
  showRequest();
  $("request-text").value = "";
  $("request-error").hidden = true;
  $("request-dialog").showModal();
}

function showRequest() {
  const r = request;
  $("request-title").textContent = `${label(REQUEST_CATEGORIES, r.category)} · ${label(REQUEST_STATES, r.state)}`;
  $("request-content").textContent = r.content;
  $("request-meta").textContent = [
    `${r.requester || ""} ${r.phone || ""}`.trim(),
    r.location,
    r.placeName,
    t(
      `${moment(r.receivedAt)} 收到,限 ${moment(r.dueAt)}${r.overdue ? "(已逾期)" : ""}`,
      `received ${moment(r.receivedAt)}, due ${moment(r.dueAt)}${r.overdue ? " (overdue)" : ""}`,
    ),
  ]
    .filter(Boolean)
    .join(" · ");
  $("request-notes").replaceChildren(
    ...(r.notes || []).map((n) => element("li", "", `${moment(n.writtenAt)} ${n.writtenBy}:${n.note}`)),
  );
  $("request-accept").hidden = r.state !== "RECEIVED";
  $("request-resolve").hidden = r.state !== "ACCEPTED";
}

async function act(path, body) {
  $("request-error").hidden = true;
  try {
    const response = await call(`/citizen-requests/${request.id}/${path}`, {
      method: "POST",
      version: request.version,
      body,
    });
    return await response.json();
  } catch (e) {
    $("request-error").textContent = reason(e);
    $("request-error").hidden = false;
    return null;
  }
}

async function acceptRequest() {
  const answer = await act("acceptance");
  if (answer) {
    request = answer;
    showRequest();
    say(t("诉求已受理。", "Request accepted."));
    await showRequests();
  }
}

// The text written in the request's dialog, or null with the dialog saying what is missing.
function requestText(missing) {
  const text = $("request-text").value.trim();
  if (!text) {
    $("request-error").textContent = missing;
    $("request-error").hidden = false;
    return null;
  }
  return text;
}

async function noteRequest() {
  const text = requestText(t("请先填写办理情况", "Write what was done first"));
  if (!text) {
    return;
  }
  if (await act("notes", { text })) {
    request = await (await call(`/citizen-requests/${request.id}`)).json();
    showRequest();
    $("request-text").value = "";
    say(t("办理情况已记录。", "Work noted."));
  }
}

async function resolveRequest() {
  const text = requestText(t("请填写办结情况", "Write how it was resolved"));
  if (!text) {
    return;
  }
  if (await act("resolution", { text })) {
    $("request-dialog").close();
    say(t("诉求已办结。", "Request resolved."));
    await showRequests();
  }
}

// ---- the four-colour map ----

async function showMap() {
  let data;
  try {
    data = await (await call(`/map?region=${encodeURIComponent(region())}`)).json();
  } catch (e) {
    $("map-note").textContent = cannotRead(e);
    return;
  }
  try {
    await library(`${LEAFLET}.js`, `${LEAFLET}.css`);
  } catch (e) {
    $("map-note").textContent = t("地图组件未能加载", "The map could not be loaded");
    return;
  }
  const L = window.L;
  if (map) {
    map.remove();
  }
  map = L.map("map", { zoomSnap: 0.25 });
  const tiles = current().mapTiles;
  if (tiles) {
    // Leaflet shows the attribution as HTML: the setting's text, escaped
    const credit = element("span", "", tiles.attribution).innerHTML;
    L.tileLayer(tiles.url, { attribution: credit, maxZoom: 19 }).addTo(map);
  }
  const layer = L.geoJSON(data, {
    style: (f) =>
      f.properties.kind === "boundary"
        ? { color: "#1f4e79", weight: 2, fillColor: "#1f4e79", fillOpacity: 0.06 }
        : { color: "#333", weight: 1.5, fillColor: COLOURS[f.properties.colour], fillOpacity: 0.55 },
    pointToLayer: (f, latlng) =>
      L.circleMarker(latlng, {
        radius: 9,
        color: "#222",
        weight: 1.5,
        fillColor: COLOURS[f.properties.colour] || "#888",
        fillOpacity: 0.95,
      }),
    onEachFeature: (f, l) => {
      l.bindTooltip(element("span", "", f.properties.name)); // an element: Leaflet takes a string as HTML
      l.bindPopup(() => popup(f.properties));
    },
  }).addTo(map);
  if (data.bbox) {
    const [w, s, e, n] = data.bbox;
    map.fitBounds([
      [s, w],
      [n, e],
    ]);
  } else {
    map.setView([29.48, 119.28], 12); // nothing drawn yet: Jiande
  }
  $("map-note").textContent = tiles
    ? ""
    : t(
        "未设置底图(SHAODIAN_CONSOLE_MAP_TILES):只画网格边界和点位,内网、断网均可用。",
        "No base map set (SHAODIAN_CONSOLE_MAP_TILES): grid boundaries and points only, on an intranet or offline.",
      );
  const rows = $("places").tBodies[0];
  rows.replaceChildren();
  const features = data.features.filter((f) => f.properties.kind === "feature");
  for (const f of features) {
    const p = f.properties;
    const tr = document.createElement("tr");
    tr.append(
      element("td", "", p.name),
      element("td", "", p.colourName || ""),
      element("td", "", p.meaning || ""),
      element("td", "", p.hours || ""),
      element("td", "", p.gridName || p.regionName || ""),
    );
    rows.append(tr);
  }
  $("places").hidden = features.length === 0;
  return layer;
}

function popup(p) {
  const box = element("div", "popup");
  box.append(element("strong", "", p.name));
  const lines = [
    p.meaning,
    p.hours && `${t("开放:", "Open: ")}${p.hours}`,
    p.contact && `${t("联系:", "Contact: ")}${p.contact}`,
    p.gridName || p.regionName,
  ];
  for (const line of lines) {
    if (line) {
      box.append(element("div", "", line));
    }
  }
  return box;
}

// ---- the resident register (masked) ----

async function showResidents(event) {
  if (event) {
    event.preventDefault();
  }
  const q = $("resident-query").value.trim();
  const rows = $("residents").tBodies[0];
  try {
    const page = await (
      await call(
        `/residents?region=${encodeURIComponent(region())}&size=50${q ? `&q=${encodeURIComponent(q)}` : ""}`,
      )
    ).json();
    rows.replaceChildren();
    for (const r of page.items) {
      const tr = document.createElement("tr");
      tr.append(
        element("td", "", r.name),
        element("td", "masked", r.idNumber || ""),
        element("td", "masked", r.phone || ""),
        element("td", "", label(HOUSEHOLD_RELATIONS, r.relation)),
        element("td", "", r.dwelling ? r.dwelling.address : ""),
        element("td", "", r.gridName || ""),
        element("td", "", (r.flags || []).map((f) => label(RESIDENT_FLAGS, f)).join("、")),
      );
      rows.append(tr);
    }
    $("residents-more").textContent = page.items.length
      ? page.items.length < page.total
        ? t(
            `共 ${page.total} 人,只显示前 ${page.items.length} 人,请按姓名查找。`,
            `${page.total} people; the first ${page.items.length} shown: find by name.`,
          )
        : t(`共 ${page.items.length} 人。`, `${page.items.length} people.`)
      : t("没有找到。", "Nobody found.");
  } catch (e) {
    rows.replaceChildren();
    $("residents-more").textContent = cannotRead(e);
  }
}

// ---- wiring ----

$("visit-save").addEventListener("click", saveVisit);
$("request-accept").addEventListener("click", acceptRequest);
$("request-note").addEventListener("click", noteRequest);
$("request-resolve").addEventListener("click", resolveRequest);
$("resident-search").addEventListener("submit", showResidents);

wireSignIn({ opened, closed });
