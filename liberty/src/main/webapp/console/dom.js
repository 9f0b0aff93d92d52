// Small helpers the console's pages share: elements, the day, and the language — Chinese first,
// English on request (the switch in each page's masthead). The choice stays on the device
// (localStorage); the API is asked in the same language (Accept-Language), so the problems it
// answers with come back in it too.

/** The element with that id. */
export const $ = (id) => document.getElementById(id);

/** A new element with a class and its text (text, never HTML: nothing a record holds is markup). */
export function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  e.textContent = text;
  return e;
}

/** Today in Asia/Shanghai, as yyyy-mm-dd (the day the server counts in). */
export function today() {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
}

/** A moment as the pages show it: day and time of day, Asia/Shanghai, in the chosen language. */
export function moment(instant) {
  return new Date(instant).toLocaleString(locale(), {
    timeZone: "Asia/Shanghai",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** A day (yyyy-mm-dd) as the pages show it, in the chosen language; with its weekday if asked. */
export function dayLabel(day, withWeekday = false) {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale(), {
    timeZone: "UTC", // a day, not a moment
    month: t("numeric", "short"),
    day: "numeric",
    ...(withWeekday ? { weekday: "short" } : {}),
  });
}

/** Says what happened in the page's message line (#message), as news or as an error. */
export function say(text, isError = false) {
  const line = $("message");
  line.textContent = text;
  line.classList.toggle("error", isError);
  line.hidden = false;
}

const loading = new Map();

/**
 * Loads a library's script (a WebJar's, from the WAR) and its styles once, when a page first
 * needs it: a page that names it in its head waits for it before anything else runs, which on a
 * slow network costs the sign-in form a second (bench/console-weight.sh).
 */
export function library(script, styles) {
  if (!loading.has(script)) {
    const load = (tag, attributes) =>
      new Promise((resolve, reject) => {
        const e = document.createElement(tag);
        Object.assign(e, attributes);
        e.onload = resolve;
        e.onerror = () => reject(new Error(`${attributes.src || attributes.href} did not load`));
        document.head.append(e);
      });
    const both = Promise.all([
      load("script", { src: script }),
      styles ? load("link", { rel: "stylesheet", href: styles }) : null,
    ]);
    both.catch(() => loading.delete(script)); // a dropped request: the next call tries again
    loading.set(script, both);
  }
  return loading.get(script);
}

const KEY = "shaodian-lang";

/** "zh" or "en". */
export function lang() {
  try {
    return localStorage.getItem(KEY) === "en" ? "en" : "zh";
  } catch (e) {
    return "zh"; // storage refused (a locked-down browser): Chinese
  }
}

/** The words in the chosen language. */
export const t = (zh, en) => (lang() === "en" ? en : zh);

/** The locale for dates and numbers. */
export const locale = () => (lang() === "en" ? "en-GB" : "zh-CN");

/** What the API is asked in (Accept-Language). */
export const acceptLanguage = () => (lang() === "en" ? "en" : "zh-CN");

/**
 * Puts the page's own words in the chosen language: an element's text from its data-en, its
 * aria-label from data-en-label, a field's placeholder from data-en-placeholder, the document's
 * title from the title element's data-en. Chinese is what the markup says.
 */
export function translatePage(root = document) {
  document.documentElement.lang = lang() === "en" ? "en" : "zh-CN";
  if (lang() !== "en") {
    return;
  }
  for (const e of root.querySelectorAll("[data-en]")) {
    e.textContent = e.dataset.en;
  }
  for (const e of root.querySelectorAll("[data-en-label]")) {
    e.setAttribute("aria-label", e.dataset.enLabel);
  }
  for (const e of root.querySelectorAll("[data-en-placeholder]")) {
    e.placeholder = e.dataset.enPlaceholder;
  }
}

/** The masthead's switch (#language): it names the other language and reloads the page in it. */
export function wireLanguageSwitch() {
  const button = document.getElementById("language");
  if (!button) {
    return;
  }
  button.textContent = lang() === "en" ? "中文" : "English";
  button.lang = lang() === "en" ? "zh-CN" : "en";
  button.addEventListener("click", () => {
    try {
      localStorage.setItem(KEY, lang() === "en" ? "zh" : "en");
    } finally {
      location.reload();
    }
  });
}
