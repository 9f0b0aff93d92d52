// The web console's session, shared by its pages. The console signs in once with a registry
// user's name and password (POST /api/v1/console/session); from then on the browser's session
// cookie (HttpOnly, SameSite=Strict: no script, and no other site, can use it) carries the user,
// and every state-changing call also sends the anti-forgery token the sign-in answered with. The
// token lives in this page's memory only: a page that reloads asks the server for a fresh one.

import { $, acceptLanguage, t, translatePage, wireLanguageSwitch } from "./dom.js";

export const API = "/api/v1";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let session = null;
const signedOutListeners = [];

/** Who is signed in (user, roles, jurisdiction, csrfToken), or null. */
export function current() {
  return session;
}

/** Whether the signed-in user has one of these roles. */
export function hasRole(...roles) {
  return session !== null && roles.some((r) => session.roles.includes(r));
}

/** Called when the server says the session has ended (expired, or signed out elsewhere). */
export function onSignedOut(listener) {
  signedOutListeners.push(listener);
}

/** An API error: the problem's detail (in the console's language) is the message. */
export class ApiError extends Error {
  constructor(status, detail, problem) {
    super(detail);
    this.status = status;
    this.problem = problem;
  }
}

/** Why a call failed, in words: the server's problem, or that it cannot be reached. */
export function reason(e) {
  return e instanceof ApiError
    ? e.message
    : t("无法连接服务器,请稍后再试", "The server cannot be reached; try again shortly");
}

/**
 * A call to the API as the signed-in user. `options`: method, body (sent as JSON), accept,
 * version (sent as If-Match, for a change to a record read at that version).
 * Resolves with the Response; rejects with an ApiError for anything but 2xx.
 */
export async function call(path, options = {}) {
  const method = options.method || "GET";
  const headers = {
    Accept: options.accept || "application/json",
    "Accept-Language": acceptLanguage(),
    // tells the server not to answer a 401 with a Basic challenge (the browser's own dialog)
    "X-Requested-With": "shaodian-console",
  };
  if (UNSAFE.has(method) && session) {
    headers["X-CSRF-Token"] = session.csrfToken;
  }
  if (options.version !== undefined) {
    headers["If-Match"] = `"${options.version}"`;
  }
  let body;
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  const response = await fetch(API + path, {
    method,
    headers,
    body,
    credentials: "same-origin",
    cache: "no-store",
  });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (e) {
      // not a problem document: the status says it
    }
    let detail = (problem && (problem.detail || problem.title)) || `${response.status}`;
    if (problem && Array.isArray(problem.errors) && problem.errors.length) {
      // which fields, and why: the detail alone says only that some are not valid
      detail += `${t(":", ": ")}${problem.errors.map((e) => `${e.field} ${e.message}`).join(t(";", "; "))}`;
    }
    if (response.status === 401 && session && path !== "/console/session") {
      session = null;
      signedOutListeners.forEach((l) => l());
    }
    throw new ApiError(response.status, detail, problem);
  }
  return response;
}

/** The session the browser's cookie still holds, or null (nobody signed in, or it expired). */
export async function restore() {
  try {
    session = await (await call("/console/session")).json();
  } catch (e) {
    if (e.status !== 401 && e.status !== 403) {
      throw e;
    }
    session = null;
  }
  return session;
}

/** Signs in; rejects with an ApiError whose message says why not. */
export async function signIn(username, password) {
  session = await (
    await call("/console/session", { method: "POST", body: { username, password } })
  ).json();
  return session;
}

/** Ends the session on the server (the cookie stops working at once). */
export async function signOut() {
  try {
    if (session) {
      await call("/console/session", { method: "DELETE" });
    }
  } finally {
    session = null;
  }
}

/** The sign-in form every page shows while nobody is signed in (in its empty form#sign-in). */
function signInForm() {
  return `
  <h2>${t("登录", "Sign in")}</h2>
  <label>${t("用户名", "User name")} <input id="user" name="username" autocomplete="username" required></label>
  <label>${t("密码", "Password")} <input id="password" name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">${t("登录", "Sign in")}</button>
  <p id="sign-in-error" class="error" role="alert" hidden></p>`;
}

/**
 * Wires a page's sign-in form and sign-out button to the session (the page has an empty
 * form#sign-in, which this fills, and the masthead's #who, #sign-out and #language), puts the
 * page's words in the chosen language, and restores the session
 * the cookie still holds. `opened(session)` runs once signed in — now, or already before a reload; `closed()`
 * when the user signs out or the server ends the session. The form shows only while nobody is.
 */
export function wireSignIn({ opened, closed }) {
  translatePage();
  wireLanguageSwitch();
  $("sign-in").innerHTML = signInForm();
  const showSignedIn = async () => {
    const place = t(session.jurisdiction.name, session.jurisdiction.nameEn || session.jurisdiction.name);
    $("who").textContent = `${session.user} · ${place}`;
    $("who").hidden = false;
    $("sign-out").hidden = false;
    $("sign-in").hidden = true;
    await opened(session);
  };
  const showSignedOut = () => {
    $("who").hidden = true;
    $("sign-out").hidden = true;
    $("sign-in").hidden = false;
    closed();
  };
  $("sign-in").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = $("sign-in-error");
    try {
      await signIn($("user").value.trim(), $("password").value);
      $("password").value = "";
      error.hidden = true;
    } catch (e) {
      error.textContent =
        e.status === 401
          ? t("用户名或密码不正确", "Wrong user name or password")
          : `${t("无法登录:", "Cannot sign in: ")}${e.message}`;
      error.hidden = false;
      return;
    }
    await showSignedIn();
  });
  $("sign-out").addEventListener("click", async () => {
    try {
      await signOut();
    } finally {
      showSignedOut();
    }
  });
  onSignedOut(showSignedOut);
  return restore().then(
    (restored) => (restored ? showSignedIn() : showSignedOut()),
    (e) => {
      showSignedOut();
      throw e;
    },
  );
}
