// The console's service worker: keeps the checkpoint tablet's pages (the app shell) on the device,
// so that the page opens and records with no network at all. Pages and scripts come from the
// network while there is one (so a new version arrives at once) and from the cache when there is
// not; the API is never cached (its answers hold personal data, and the outbox, not a cache, keeps
// what was recorded offline).

const CACHE = "shaodian-console-v4";
const SHELL = [
  "/console/checkpoint/",
  "/console/checkpoint/checkpoint.js",
  "/console/checkpoint/checkpoint.css",
  "/console/console.css",
  "/console/session.js",
  "/console/dom.js",
  "/console/outbox.js",
  "/console/labels.js",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (
    event.request.method !== "GET" ||
    url.origin !== self.location.origin ||
    !url.pathname.startsWith("/console/")
  ) {
    return; // the API and everything else: straight to the network
  }
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(event.request, { ignoreSearch: true })
          .then((cached) => cached || Response.error()),
      ),
  );
});
