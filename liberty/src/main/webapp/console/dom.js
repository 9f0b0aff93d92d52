// Small helpers the console's pages share.

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
