// The officials' page: sign in to the console (the same accounts as the API), pick a region and a
// day, read the headline figures, download the briefing (PDF, Excel), browse the archive. Plain
// JavaScript modules, no build; the console's session (../console/session.js) carries the user.

import { call, wireSignIn } from "../console/session.js";
import { $, element, library, locale, t, today } from "../console/dom.js";

// [key, Chinese label, English label]
const HEADLINES = [
  ["vehicles", "查验车辆(辆)", "Vehicles inspected"],
  ["people", "查验人员(人)", "People inspected"],
  ["returneesRegistered", "新增返乡登记(人)", "Returnees registered"],
  ["underHomeManagement", "居家健康管理(人)", "Under home health management"],
  ["requestsOverdue", "逾期未办诉求(件)", "Requests overdue"],
  ["findingsOpen", "未销号督查问题(个)", "Findings open"],
];

const names = new Map(); // region code → name (in the chosen language), for the archive's lines

const number = (n) => Number(n).toLocaleString(locale());

/** A region's name in the chosen language (the Chinese one when it has no English name). */
const placeName = (region) => t(region.name, region.nameEn || region.name);

function status(text, isError = false) {
  const line = $("status");
  line.textContent = text;
  line.classList.toggle("error", isError);
}

/** Shows the briefing of the signed-in user's jurisdiction. */
async function opened() {
  const root = await (await call("/regions")).json();
  fillRegions(root);
  $("briefing").hidden = false;
  $("date").value = today();
  $("date").max = today();
  await Promise.all([show(), archive()]);
}

function closed() {
  $("briefing").hidden = true;
}

function fillRegions(root) {
  const select = $("region");
  select.replaceChildren();
  const add = (region, indent) => {
    names.set(region.code, placeName(region));
    select.add(new Option(indent + placeName(region), region.code));
  };
  add(root, "");
  for (const child of root.children || []) {
    add(child, "\u3000");
  }
}

function query() {
  return `region=${encodeURIComponent($("region").value)}&date=${encodeURIComponent($("date").value)}`;
}

async function show(event) {
  if (event) {
    event.preventDefault();
  }
  status(t("正在读取……", "Loading…"));
  try {
    const [briefing, trend] = await Promise.all([
      call(`/briefings/daily?${query()}&format=json`).then((r) => r.json()),
      call(`/briefings/trend?${query()}`).then((r) => r.json()),
    ]);
    render(briefing);
    status("");
    trendTable(trend);
    try {
      await drawTrend(trend);
    } catch (e) {
      // the charts' library did not load: the figures stay, the table has the trend
      status(t("趋势图未能加载,请看数据表", "The charts could not be loaded; see the data table"), true);
    }
  } catch (e) {
    $("figures").hidden = true;
    status(t(`读取失败:${e.message}`, `Could not load the briefing: ${e.message}`), true);
  }
}

function render(b) {
  $("title").textContent = t(
    `${b.region.name}疫情防控每日简报 · ${b.day}`,
    `${placeName(b.region)} epidemic prevention daily briefing · ${b.day}`,
  );
  const asOf = b.dataAsOf.slice(0, 16).replace("T", " ");
  $("as-of").textContent = t(`数据截至 ${asOf}`, `Data as of ${asOf}`);
  const headline = $("headline");
  headline.replaceChildren();
  for (const [key, zh, en] of HEADLINES) {
    const delta = b.headline[key] - b.dayBefore[key];
    const signed = `${delta > 0 ? "+" : "−"}${number(Math.abs(delta))}`;
    const change =
      delta === 0
        ? t("与前日持平", "same as the day before")
        : t(`较前日 ${signed}`, `${signed} vs. the day before`);
    const figure = document.createElement("div");
    figure.className = "figure";
    figure.dataset.figure = key;
    figure.append(
      element("div", "value", number(b.headline[key])),
      element("div", "label", t(zh, en)),
      element("div", "change", change),
    );
    headline.append(figure);
  }
  const rows = $("areas").tBodies[0];
  rows.replaceChildren();
  for (const a of b.areas) {
    const tr = document.createElement("tr");
    tr.append(
      element(
        "td",
        "",
        a.region
          ? placeName(a.region)
          : t(`${b.region.name}(本级)`, `${placeName(b.region)} (own level)`),
      ),
      element("td", "n", number(a.vehicles)),
      element("td", "n", number(a.people)),
      element("td", "n", number(a.grids.returneesRegistered)),
      element(
        "td",
        "n",
        number(a.grids.underIsolation + a.grids.underObservation + a.grids.underMonitoring),
      ),
      element("td", "n", `${a.grids.visitsDone}/${a.grids.visitsDue}`),
      element("td", "n", number(a.grids.requestsOverdue)),
      element("td", "n", number(a.seats.open)),
    );
    rows.append(tr);
  }
  $("areas").hidden = b.areas.length === 0;
  $("no-areas").hidden = b.areas.length !== 0;
  $("figures").hidden = false;
}

// ---- 7-day trends (uPlot, from its WebJar, loaded when first drawn: window.uPlot) ----

const UPLOT = "/webjars/uplot/1.6.30/dist/uPlot";

const charts = [];

// [key, Chinese label, English label, colour]
const SERIES = {
  checkpoints: [
    ["vehicles", "车辆(辆)", "Vehicles", "#b00000"],
    ["people", "人员(人)", "People", "#1f4e79"],
  ],
  grids: [
    ["underHomeManagement", "居家管理(人)", "Under home management", "#1b6e20"],
    ["returneesRegistered", "新增返乡(人)", "Returnees registered", "#8a5a00"],
    ["requestsOverdue", "逾期诉求(件)", "Requests overdue", "#b00000"],
  ],
};

/** The trend's figures as a table (for screen readers, and when the charts cannot load). */
function trendTable(trend) {
  const rows = $("trend-table").tBodies[0];
  rows.replaceChildren();
  for (const d of trend.days) {
    const f = d.figures;
    const tr = document.createElement("tr");
    tr.append(element("td", "", d.day));
    for (const key of [
      "vehicles",
      "people",
      "returneesRegistered",
      "underHomeManagement",
      "requestsOverdue",
      "findingsOpen",
    ]) {
      tr.append(element("td", "n", number(f[key])));
    }
    rows.append(tr);
  }
}

/** The trend's two charts. */
async function drawTrend(trend) {
  await library(`${UPLOT}.iife.min.js`, `${UPLOT}.min.css`);
  const days = trend.days.map((d) => d.day.slice(5).replace("-", "/"));
  charts.splice(0).forEach((c) => c.destroy());
  for (const [name, series] of Object.entries(SERIES)) {
    const target = $(`chart-${name}`);
    target.replaceChildren();
    const data = [
      days.map((_, i) => i),
      ...series.map(([key]) => trend.days.map((d) => d.figures[key])),
    ];
    charts.push(
      new window.uPlot(
        {
          width: Math.max(target.clientWidth, 280),
          height: 220,
          scales: { x: { time: false } },
          legend: { live: false },
          axes: [
            {
              splits: () => days.map((_, i) => i),
              values: (u, splits) => splits.map((i) => days[i] || ""),
            },
            { size: 64, values: (u, splits) => splits.map((v) => number(v)) },
          ],
          series: [
            { label: t("日期", "Date"), value: (u, i) => (i == null ? "—" : days[i]) },
            ...series.map(([, zh, en, stroke]) => ({
              label: t(zh, en),
              stroke,
              width: 2,
              points: { size: 6 },
            })),
          ],
        },
        data,
        target,
      ),
    );
  }
}

/** Downloads what the API sends, under the name it gives (filename*, UTF-8). */
async function download(path, accept) {
  status(t("正在生成……", "Generating…"));
  try {
    const response = await call(path, { accept });
    const disposition = response.headers.get("Content-Disposition") || "";
    const utf8 = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const plain = /filename="([^"]+)"/.exec(disposition);
    const name = utf8 ? decodeURIComponent(utf8[1]) : plain ? plain[1] : "briefing";
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status(t(`已下载 ${name}`, `Downloaded ${name}`));
  } catch (e) {
    status(t(`下载失败:${e.message}`, `Download failed: ${e.message}`), true);
  }
}

async function archive() {
  const rows = $("archive").tBodies[0];
  rows.replaceChildren();
  try {
    const entries = await (
      await call(`/briefings/archive?region=${encodeURIComponent($("region").value)}`)
    ).json();
    for (const e of entries) {
      const tr = document.createElement("tr");
      const fetchIt = element("button", "small", t("下载 PDF", "Download PDF"));
      fetchIt.type = "button";
      fetchIt.addEventListener("click", () =>
        download(`/briefings/archive/${e.region}/${e.date}?format=pdf`, "application/pdf"),
      );
      const cell = document.createElement("td");
      cell.append(fetchIt);
      tr.append(
        element("td", "", e.date),
        element("td", "", names.get(e.region) || e.region),
        element("td", "", e.dataAsOf.slice(0, 16).replace("T", " ")),
        element("td", "", e.generatedAt.slice(0, 16).replace("T", " ")),
        element("td", "sha", e.pdfSha256.slice(0, 16) + "…"),
        cell,
      );
      rows.append(tr);
    }
    $("no-archive").hidden = entries.length !== 0;
  } catch (e) {
    status(t(`存档读取失败:${e.message}`, `Could not load the archive: ${e.message}`), true);
  }
}

$("pick").addEventListener("submit", (e) => show(e).then(archive));
$("region").addEventListener("change", () => show().then(archive));
$("pdf").addEventListener("click", () => download(`/briefings/daily?${query()}&format=pdf`, "application/pdf"));
$("xlsx").addEventListener("click", () =>
  download(
    `/briefings/daily?${query()}&format=xlsx`,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ),
);

// a page that reloads keeps its session (the cookie), and shows the sign-in form otherwise
wireSignIn({ opened, closed }).catch((e) =>
  status(t(`无法连接服务器:${e.message}`, `Cannot reach the server: ${e.message}`), true),
);
