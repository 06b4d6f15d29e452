// The public shop's memory on the customer's phone: the share token they arrived with (sent
// with an order), their own forward tokens, and the visit every shop, product or material
// page records.
//
// A customer forwarding a page forwards its address, so after each visit the address gets the
// visitor's own forward token as `t`: their friend then arrives with it, credited to the same
// rep with this visitor as referrer.
import { api } from './api.js';

const MAX_OWN_TOKENS = 50;
const arrivalKey = (code) => `qg.shop.${code}.arrival`; // sessionStorage: this visit only
const ownKey = (code) => `qg.shop.${code}.own`; // localStorage: survives a reopened link

// Storage can be missing or full (private mode, some in-app browsers): never break the page.
function read(storage, key) {
  try {
    return window[storage].getItem(key);
  } catch {
    return null;
  }
}

function write(storage, key, value) {
  try {
    window[storage].setItem(key, value);
  } catch {
    // Nothing to do: the token is a nicety, the shop works without it.
  }
}

function ownTokens(code) {
  try {
    const tokens = JSON.parse(read('localStorage', ownKey(code)) || '[]');
    return Array.isArray(tokens) ? tokens : [];
  } catch {
    return [];
  }
}

function rememberOwnToken(code, token) {
  const tokens = ownTokens(code).filter((known) => known !== token);
  tokens.push(token);
  write('localStorage', ownKey(code), JSON.stringify(tokens.slice(-MAX_OWN_TOKENS)));
}

/** The share token the visitor arrived with in this session (null when none). */
export function arrivalToken(code) {
  return read('sessionStorage', arrivalKey(code));
}

/**
 * Record that a page of the shop opened (`token`: the `t` of its address) and put the
 * visitor's forward token in the address. Never throws: a lost visit must not bother anyone.
 */
export function recordVisit(router, { code, objectType, objectId = null, token = null }) {
  return arrive(router, code, token, (foreign) => api.post(
    `/shops/${encodeURIComponent(code)}/visits`,
    { token: foreign, object_type: objectType, object_id: objectId },
    { toast: false, redirectOn401: false },
  ));
}

/**
 * Record that a material's page opened (itself a visit of the shop), as recordVisit does:
 * resolves to the open ({ open_id, forward_token, recorded }, open_id null for staff) or null.
 */
export function recordMaterialOpen(router, { code, materialId, token = null }) {
  return arrive(router, code, token, (foreign) => api.post(
    `/shops/${encodeURIComponent(code)}/materials/${materialId}/opens`,
    { token: foreign },
    { toast: false, redirectOn401: false },
  ));
}

/**
 * The visitor arrived with `token`: send(the token to credit) records it, and the answer's
 * forward token goes into the address. The visitor's own token (a reload, or a link they
 * forwarded and opened themselves) is not sent: they cannot refer themselves.
 */
async function arrive(router, code, token, send) {
  const path = window.location.pathname;
  const foreign = typeof token === 'string' && token && !ownTokens(code).includes(token) ? token : null;
  if (foreign) write('sessionStorage', arrivalKey(code), foreign);
  let result;
  try {
    result = await send(foreign);
  } catch {
    return null;
  }
  if (result.forward_token) {
    rememberOwnToken(code, result.forward_token);
    // Only while the page that asked is still the one shown.
    if (window.location.pathname === path) showToken(router, result.forward_token);
  }
  return result;
}

/** Put `t=<token>` in the current address without a navigation (nothing reloads or scrolls). */
function showToken(router, token) {
  const url = new URL(window.location.href);
  if (url.searchParams.get('t') === token) return;
  url.searchParams.set('t', token);
  // The router's own history keeps its idea of the current entry in step with the address
  // (a plain history.replaceState would be undone by the next navigation).
  router.options.history.replace(url.pathname + url.search + url.hash);
}

// The last shop payload per code, so going back to the shop shows it at once (and the
// browser can restore the scroll position) while a fresh copy loads.
const shops = new Map();

export function cachedShop(code) {
  return shops.get(code) ?? null;
}

/** GET the shop (answered 304 from the browser cache when unchanged); throws ApiError. */
export async function loadShop(code) {
  const data = await api.get(`/shops/${encodeURIComponent(code)}`, { toast: false, redirectOn401: false });
  shops.set(code, data);
  return data;
}
