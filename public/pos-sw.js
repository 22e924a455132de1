// The checkpoint's service worker: the desk page (/pos/…) opens even without a connection,
// from its first visit: once installed, the page sends its own address and the built assets
// it loaded ("precache"), which are stored at once, so a reload offline works without a
// second online visit. Pages: network first, the last good copy when offline. Built assets
// (/_next/static, whose names change with every build): cache first. Nothing else is
// touched: API calls go to the network, and the page's own outbox keeps checks that cannot
// be sent.
const CACHE = "sigap-pos-v1";

self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "precache" || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => {
    const url = new URL(u, self.location.origin);
    return (
      url.origin === self.location.origin &&
      (url.pathname.startsWith("/pos/") || url.pathname.startsWith("/_next/static/"))
    );
  });
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls))
      .then(
        () => event.ports[0]?.postMessage({ ok: true }),
        () => event.ports[0]?.postMessage({ ok: false }),
      ),
  );
});

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && url.pathname.startsWith("/pos/")) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request).then((cached) => cached ?? Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
