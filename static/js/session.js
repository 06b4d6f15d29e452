// Who is signed in, and the unread badge every page shows: one reactive object for the app.
import { reactive } from 'vue';

import { api, refreshCsrf, settled } from './api.js';

export const session = reactive({
  me: null, // the Me object from GET /api/v1/me, null when signed out
  unread: 0, // unread notifications
});

const HOME_BY_ROLE = {
  rep: '/rep',
  boss: '/boss',
  hq_admin: '/hq',
};

/** The route path of a role's home screen. */
export function homePath(role) {
  return HOME_BY_ROLE[role] ?? '/login';
}

let mePromise = null;

/** The signed-in user (loaded once, or again with force), or null when nobody is signed in. */
export function loadMe({ force = false } = {}) {
  if (session.me && !force) return Promise.resolve(session.me);
  mePromise ??= api
    .get('/me', { toast: false, redirectOn401: false })
    .then((me) => {
      session.me = me;
      return me;
    })
    .catch((error) => {
      if (error.status !== 401) throw error;
      clearSession();
      return null;
    })
    .finally(() => {
      mePromise = null;
    });
  return mePromise;
}

/** Sign in with a phone number or username; resolves to the Me object. */
export async function login(loginName, password) {
  const me = await api.post('/auth/login', { login: loginName, password }, { redirectOn401: false });
  session.me = me;
  // The session cookie changed, and the CSRF token is bound to it.
  await refreshCsrf();
  refreshUnread();
  return me;
}

/**
 * Sign out once the requests in flight are answered (see settled()); the local session is
 * cleared even when the server cannot be reached.
 */
export async function logout() {
  try {
    await settled();
    await api.post('/auth/logout', undefined, { redirectOn401: false, toast: false });
  } finally {
    clearSession();
    await refreshCsrf().catch(() => {});
  }
}

export function clearSession() {
  session.me = null;
  session.unread = 0;
}

/** Refresh the unread badge; a failure keeps the old count (it is only a badge). */
export async function refreshUnread() {
  if (!session.me) return;
  try {
    const data = await api.get('/notifications/unread-count', { toast: false });
    session.unread = data.unread;
  } catch {
    // Network hiccup or expired session: the 401 handler already took care of the latter.
  }
}
