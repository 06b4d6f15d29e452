// The service worker of 七个在线, served by the backend at /sw.js with scope "/".
//
// - install: precache the app shell under a versioned cache name;
// - activate: delete the caches of older versions;
// - fetch: page navigations go to the network first and fall back to the cached shell,
//   then to the offline page; /static/ files come from the cache first, matched by their
//   whole URL; /api/ is never touched (network only: API responses are private and must
//   never be cached).
//
// The backend fills in CACHE_VERSION (a digest of every file under static/ and of the shell)
// and SHELL (app/web/assets.py: the shell, the offline page, the manifest, and every module,
// style and icon by its versioned URL `/static/...?v=<digest>`). A versioned URL always
// means the same bytes, so a cached entry is never stale: a new release asks for new URLs,
// which come from the network until the new worker has cached them. Only staff pages
// register this worker; the customer shell (/s/...) does not.
const CACHE_VERSION = '__CACHE_VERSION__';
const CACHE_NAME = `qige-shell-${CACHE_VERSION}`;
const OFFLINE_PAGE = '/static/offline.html';

const SHELL = [
  /* __PRECACHE__ */
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      // cache: 'reload' skips the HTTP cache so a new version never precaches stale files.
      cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' }))),
    ),
  );
  // No skipWaiting() here: an open tab keeps the version it started with until the user
  // accepts the update prompt (static/js/sw-register.js), so its modules never mix versions.
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith('qige-shell-') && name !== CACHE_NAME).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return; // network only

  if (request.mode === 'navigate') {
    event.respondWith(networkFirstNavigation(request));
  } else if (url.pathname.startsWith('/static/') || url.pathname === '/manifest.webmanifest') {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirstNavigation(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE_NAME);
    // A cached page itself (the offline page), else the shell: every app path is the
    // same shell, routed by its path.
    return (
      (await cache.match(request, { ignoreSearch: true })) ??
      (await cache.match('/')) ??
      (await cache.match(OFFLINE_PAGE)) ??
      Response.error()
    );
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  return (await cache.match(request)) ?? fetch(request);
}
