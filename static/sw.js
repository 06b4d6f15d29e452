// The service worker of 七个在线, served by the backend at /sw.js with scope "/".
//
// - install: precache the app shell under a versioned cache name;
// - activate: delete the caches of older versions;
// - fetch: page navigations go to the network first and fall back to the cached shell,
//   then to the offline page; /static/ files come from the cache first; /api/ is never
//   touched (network only: API responses are private and must never be cached).
//
// The backend replaces __CACHE_VERSION__ with a digest of every file under static/ when it
// serves this file, so any change to the shell installs a new version by itself. List every
// new module in SHELL (tests/web/test_journey.py checks that nothing is missing).
const CACHE_VERSION = '__CACHE_VERSION__';
const CACHE_NAME = `qige-shell-${CACHE_VERSION}`;
const OFFLINE_PAGE = '/static/offline.html';

const SHELL = [
  '/',
  OFFLINE_PAGE,
  '/manifest.webmanifest',
  '/static/css/app.css',
  '/static/css/shop.css',
  '/static/js/app.js',
  '/static/js/api.js',
  '/static/js/format.js',
  '/static/js/paged-list.js',
  '/static/js/labels.js',
  '/static/js/session.js',
  '/static/js/shop-visits.js',
  '/static/js/sw-register.js',
  '/static/js/components/app-tabbar.js',
  '/static/js/components/customer-timeline.js',
  '/static/js/components/entry-grid.js',
  '/static/js/components/follow-up-form.js',
  '/static/js/components/home-layout.js',
  '/static/js/components/image-field.js',
  '/static/js/components/logout-button.js',
  '/static/js/components/metric-chart.js',
  '/static/js/components/notice-entry.js',
  '/static/js/components/product-card.js',
  '/static/js/components/product-cell.js',
  '/static/js/components/product-pins.js',
  '/static/js/components/profile-card.js',
  '/static/js/components/search-picker.js',
  '/static/js/components/share-sheet.js',
  '/static/js/components/shop-ask.js',
  '/static/js/components/shop-avatar.js',
  '/static/js/components/shop-contact.js',
  '/static/js/components/shop-price.js',
  '/static/js/components/stage-tag.js',
  '/static/js/components/sub-page.js',
  '/static/js/components/today-metrics.js',
  '/static/js/pages/account.js',
  '/static/js/pages/boss.js',
  '/static/js/pages/customer-import.js',
  '/static/js/pages/hq-articles.js',
  '/static/js/pages/hq-product-form.js',
  '/static/js/pages/hq-products.js',
  '/static/js/pages/hq-settlement.js',
  '/static/js/pages/hq-tag-rules.js',
  '/static/js/pages/hq-tags.js',
  '/static/js/pages/hq.js',
  '/static/js/pages/login.js',
  '/static/js/pages/notifications.js',
  '/static/js/pages/order-detail.js',
  '/static/js/pages/orders.js',
  '/static/js/pages/rep-catalog.js',
  '/static/js/pages/rep-commission.js',
  '/static/js/pages/rep-customer.js',
  '/static/js/pages/rep-customers.js',
  '/static/js/pages/rep-duplicates.js',
  '/static/js/pages/rep-follow-ups.js',
  '/static/js/pages/rep-inbox.js',
  '/static/js/pages/rep-radar.js',
  '/static/js/pages/rep-shelf.js',
  '/static/js/pages/rep-shop.js',
  '/static/js/pages/rep-today.js',
  '/static/js/pages/rep-guidance.js',
  '/static/js/pages/hq-settings.js',
  '/static/js/pages/hq-strategies.js',
  '/static/js/pages/rep.js',
  '/static/js/pages/shop-inbox.js',
  '/static/js/pages/shop-order.js',
  '/static/js/pages/shop-orders.js',
  '/static/js/pages/shop-product.js',
  '/static/js/pages/shop.js',
  '/static/vendor/vue/vue.esm-browser.prod.js',
  '/static/vendor/vue-router/vue-router.esm-browser.prod.js',
  '/static/vendor/vant/vant.es.js',
  '/static/vendor/vant/index.css',
  '/static/vendor/vant-use/index.esm.js',
  '/static/vendor/vant-popperjs/index.esm.js',
  '/static/vendor/vue-shared/shared.esm-bundler.js',
  '/static/vendor/echarts/echarts.esm.min.js',
  '/static/icons/favicon-32.png',
  '/static/icons/icon-192.png',
  '/static/icons/icon-512.png',
  '/static/icons/icon-maskable-512.png',
  '/static/icons/apple-touch-icon.png',
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
    // same index.html, routed by its path.
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
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await cache.put(request, response.clone());
  }
  return response;
}
