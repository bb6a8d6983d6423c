// Check-in service worker (scope /checkin/): keeps the door screen's app shell available offline.
// Pages: network first, the cached copy when offline. Next's hashed static files: cache first.
// The API is never cached here; the attendee list lives in IndexedDB.
const CACHE = 'tagungsbuero-checkin-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page tells the worker which files it loaded (the worker starts after the first load).
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache' || !Array.isArray(event.data.urls)) return;
  const urls = event.data.urls.filter((u) => typeof u === 'string').slice(0, 300);
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        urls.map(async (url) => {
          try {
            const res = await fetch(url, { credentials: 'same-origin' });
            if (res.ok && !res.redirected) await cache.put(url, res);
          } catch {
            // Missed files are fetched again on the next visit.
          }
        }),
      );
      event.source?.postMessage({ type: 'cached' });
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        try {
          const res = await fetch(request);
          // A redirect (e.g. to sign-in) is not an app shell worth keeping.
          if (res.ok && !res.redirected) (await caches.open(CACHE)).put(url.pathname, res.clone());
          return res;
        } catch {
          return (
            (await caches.match(url.pathname)) ??
            // A static worker cannot read the dictionaries or the language cookie, so it answers in both languages.
            new Response(
              'Offline – diese Seite ist auf diesem Gerät noch nicht gespeichert.\nOffline – this page has not been saved on this device yet.',
              {
                status: 503,
                headers: { 'Content-Type': 'text/plain; charset=utf-8' },
              },
            )
          );
        }
      })(),
    );
    return;
  }
  if (url.pathname.startsWith('/_next/static/') || url.pathname.endsWith('.css') || url.pathname.endsWith('.woff2')) {
    event.respondWith(
      (async () => {
        const hit = await caches.match(request, { ignoreVary: true });
        if (hit) return hit;
        const res = await fetch(request);
        if (res.ok) (await caches.open(CACHE)).put(request, res.clone());
        return res;
      })(),
    );
  }
});
