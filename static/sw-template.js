// 留痕 service worker. Generated into each build by scripts/generate-service-worker.mjs:
// the two constants below are replaced with this build's version and exact file list.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `liuhen-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

// A new build replaces the old cache.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("liuhen-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first: every file of the build is precached; any in-app address opens the cached index.html.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  const lookup = request.mode === "navigate" ? "/index.html" : request;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(lookup, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
    ),
  );
});
