// Registers the service worker (/sw.js, scope /) and offers a reload when a new version
// of the app shell is waiting.
import { showConfirmDialog } from 'vant';

async function offerUpdate(worker) {
  try {
    await showConfirmDialog({
      title: '发现新版本',
      message: '七个在线已更新，是否立即刷新？',
      confirmButtonText: '刷新',
      cancelButtonText: '稍后',
    });
  } catch {
    return; // later: the new version activates when every tab of the app is closed
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

async function register() {
  let registration;
  try {
    registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  } catch (error) {
    console.warn('Service worker registration failed:', error);
    return;
  }
  // navigator.serviceWorker.controller is null on the very first install: nothing to update.
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
    });
  });
  // A single-page app never reloads the page, so look for a new version when it comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
}

if ('serviceWorker' in navigator) {
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
