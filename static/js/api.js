// The one API client every page uses: JSON in and out, the CSRF header on unsafe methods,
// the error body turned into an ApiError plus a toast, and 401 handed to the router.
import { showSuccessToast, showToast } from 'vant';

const BASE = '/api/v1';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NETWORK_MESSAGE = '网络不可用，请检查网络后重试';
const SERVER_MESSAGE = '服务暂时不可用，请稍后重试';

let csrfToken = null;
let csrfPromise = null;
let onUnauthorized = () => {};
const inFlight = new Set(); // the requests sent and not answered yet

/** An API failure: `code` is the stable English code, `message` the Chinese text to show. */
export class ApiError extends Error {
  constructor({ status, code, message, fields = {} }) {
    super(message);
    this.name = 'ApiError';
    this.status = status; // 0 when the request never reached the server
    this.code = code;
    this.fields = fields;
  }
}

/**
 * An ApiError's field messages as { field: 'one；two' }, ready to show under each field; once
 * the form shows them, its first marked field is scrolled into view (revealFirstError).
 */
export function fieldMessages(error) {
  const messages = Object.fromEntries(Object.entries(error.fields ?? {}).map(
    ([field, messages]) => [field, Array.isArray(messages) ? messages.join('；') : '填写有误']));
  if (Object.keys(messages).length) revealFirstError();
  return messages;
}

/**
 * Scroll the first field marked with an error into view, once the page has drawn the marks: a
 * long form's red field is often off-screen. fieldMessages() calls it after a 422; a form calls
 * it after its own checks mark fields.
 */
export function revealFirstError() {
  // A frame later: the caller sets its errors after this returns, and Vue draws them after that.
  requestAnimationFrame(() => {
    const marked = [...document.querySelectorAll('.van-field__error-message, .form-error')]
      .find((element) => element.getClientRects().length > 0); // skip hidden sheets' marks
    (marked?.closest('.van-cell') ?? marked)?.scrollIntoView({ block: 'center' });
  });
}

const CHECK_FIELDS = '请检查标红的项';

/**
 * Save an edit page's form: POST `path` for a new record, or PATCH `path/id` with
 * `changes(data)` (default: the whole body) for the one being edited; then back to where the
 * user came from, else to `listPath`. `data` null means the form's own checks marked fields.
 * Field errors from the server land in `errors`; any other failure is a toast.
 */
export async function saveForm({ router, data, path, id, changes = (body) => body, created, listPath, errors, saving }) {
  if (!data) {
    showToast(CHECK_FIELDS);
    revealFirstError();
    return;
  }
  saving.value = true;
  try {
    if (id) await api.patch(`${path}/${id}`, changes(data), { toast: false });
    else await api.post(path, data, { toast: false });
    showSuccessToast(id ? '已保存' : created);
    if (window.history.state?.back) router.back();
    else router.replace(listPath);
  } catch (error) {
    const fields = fieldMessages(error);
    Object.assign(errors, fields);
    showToast(Object.keys(fields).length ? CHECK_FIELDS : error.message);
  } finally {
    saving.value = false;
  }
}

/**
 * Resolves once every request sent so far has been answered or has failed. Signing out waits
 * for it: a request still in flight would otherwise reach the server after the session ended
 * (a 401 and a trip to the login page) or bring the old cookie back with its answer.
 */
export function settled() {
  return Promise.allSettled([...inFlight]);
}

/**
 * A new Idempotency-Key (32 random hex digits): one per create attempt, sent again with each
 * retry of it, so a resend after a lost answer creates nothing twice (core.idempotency).
 */
export function newIdempotencyKey() {
  return Array.from(window.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Set what happens when the session has expired (app.js routes to the login page). */
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

/** Fetch a fresh CSRF token; call at start-up and after login/logout, as the session changes. */
export function refreshCsrf() {
  // Concurrent callers (start-up and a quick first POST) share one request.
  csrfPromise ??= request('GET', '/auth/csrf', { toast: false, redirectOn401: false })
    .then((data) => {
      csrfToken = data.csrf_token;
      return csrfToken;
    })
    .finally(() => {
      csrfPromise = null;
    });
  return csrfPromise;
}

async function errorFromResponse(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page or an empty body: fall through to a generic message.
  }
  const error = body && body.error;
  if (error && error.code) {
    return new ApiError({
      status: response.status,
      code: error.code,
      message: error.message || SERVER_MESSAGE,
      fields: error.fields || {},
    });
  }
  return new ApiError({ status: response.status, code: `http_${response.status}`, message: SERVER_MESSAGE });
}

/**
 * Send one request to /api/v1 and return the parsed JSON (null for 204).
 *
 * options.body      object sent as JSON, or a FormData sent as multipart (file uploads)
 * options.query     object turned into the query string (null/undefined values dropped, an
 *                   array repeats its key)
 * options.toast     false to handle the error message yourself (default: show it)
 * options.redirectOn401  false where a 401 is an expected answer (default: go to login)
 * options.raw       true to get the successful Response itself (a file download)
 * options.headers   extra request headers (e.g. an Idempotency-Key)
 * options.keepalive true for a request that must outlive the page (what a page reports as it
 *                   is hidden or left: a beacon cannot send the CSRF header)
 */
export async function request(method, path, options = {}) {
  const { toast = true, redirectOn401 = true } = options;
  method = method.toUpperCase();
  const sending = send(method, path, options, true);
  inFlight.add(sending);
  try {
    return await sending;
  } catch (error) {
    const apiError = error instanceof ApiError
      ? error
      : new ApiError({ status: 0, code: 'network_error', message: NETWORK_MESSAGE });
    // A text toast: the icon variant is narrow and breaks longer Chinese messages mid-word.
    if (toast) showToast({ message: apiError.message, wordBreak: 'break-word', duration: 2500 });
    if (apiError.status === 401 && redirectOn401) onUnauthorized(apiError);
    throw apiError;
  } finally {
    inFlight.delete(sending);
  }
}

async function send(method, path, options, retryCsrf) {
  const { body, query, raw = false, keepalive = false } = options;
  const headers = { ...options.headers, Accept: 'application/json' };
  const multipart = body instanceof FormData; // the browser sets its Content-Type with the boundary
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) {
    if (!csrfToken) await refreshCsrf();
    headers['X-CSRFToken'] = csrfToken;
  }
  const response = await fetch(BASE + path + queryString(query), {
    method,
    headers,
    body: body === undefined || multipart ? body : JSON.stringify(body),
    credentials: 'same-origin',
    keepalive,
  });
  if (response.ok) {
    if (raw) return response;
    return response.status === 204 ? null : response.json();
  }
  const error = await errorFromResponse(response);
  // The token dies with the session (timeout, login elsewhere): get a new one and retry once.
  if (retryCsrf && UNSAFE_METHODS.has(method) && /csrf/i.test(error.code)) {
    await refreshCsrf();
    return send(method, path, options, false);
  }
  throw error;
}

function queryString(query) {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    // An array repeats its key (tag_ids=1&tag_ids=2), as the API reads a list.
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) params.append(key, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const api = {
  get: (path, options) => request('GET', path, options),
  post: (path, body, options) => request('POST', path, { ...options, body }),
  put: (path, body, options) => request('PUT', path, { ...options, body }),
  patch: (path, body, options) => request('PATCH', path, { ...options, body }),
  delete: (path, options) => request('DELETE', path, options),
  /** POST one file as multipart field `file` (e.g. /uploads -> {url}). */
  upload: (path, file, options) => {
    const form = new FormData();
    form.append('file', file, file.name || 'upload');
    return request('POST', path, { ...options, body: form });
  },
  /** GET a file: resolves to { blob, filename } (the name from Content-Disposition). */
  download: async (path, options) => fileOf(await request('GET', path, { ...options, raw: true })),
};

/** Save a Blob as a file through a temporary <a download>. */
export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const csvCell = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Save rows of text as a CSV file Excel opens as UTF-8 (an import template). */
export function saveCsv(rows, filename) {
  const lines = rows.map((row) => row.map(csvCell).join(','));
  // The BOM makes Excel read the file as UTF-8.
  saveBlob(new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }), filename);
}

/**
 * A file response as { blob, filename }: the name from Content-Disposition, its UTF-8
 * `filename*` first (a Chinese name comes with an ASCII-only `filename` before it).
 */
export async function fileOf(response) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const filename = utf8 ? decodeURIComponent(utf8[1]) : (plain?.[1] ?? '');
  return { blob: await response.blob(), filename };
}
