// Every HTTP call of the portal goes through here: the CSRF header, JSON in and out, our error
// format ({error, message, fields}) turned into an ApiError, and a 401 sends the user to sign in.
import { fieldsOf } from './schema.js';

/** An error the server (or the network) reported; `fields` maps a field path to its message. */
export class ApiError extends Error {
  constructor(status, code, message, fields, body) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields || {};
    this.body = body || null; // the whole error body, e.g. an import's {errors: [{row, field, message}]}
  }

  /** The message for one field path, e.g. `changes[1].itemId`. */
  field(path) {
    return this.fields[path];
  }
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

const STATUS_MESSAGES = {
  400: '提交的内容有误',
  403: '没有权限执行此操作',
  404: '请求的内容不存在',
  409: '该事项已被他人处理，请刷新后重试',
  413: '文件过大',
  500: '系统内部错误，请联系管理员',
};

/** Remembers where the user was, so that the page can return there after signing in again. */
function toLogin() {
  try {
    sessionStorage.setItem('affairs.returnTo', window.location.hash || '');
  } catch (ignored) {
    // private mode without storage: the user simply lands on the home page
  }
  window.location.assign('/login.html?expired');
}

export async function request(method, url, body, extraHeaders = {}) {
  const headers = { Accept: 'application/json', ...extraHeaders };
  const init = { method, headers, credentials: 'same-origin' };
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  if (body instanceof FormData) {
    init.body = body; // multipart: the browser sets the Content-Type with its boundary
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (networkError) {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (response.status === 401) {
    toLogin();
    throw new ApiError(401, 'UNAUTHORIZED', '请先登录');
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (notJson) {
      data = null;
    }
  }
  if (!response.ok) {
    const message = (data && data.message) || STATUS_MESSAGES[response.status] || `请求失败（${response.status}）`;
    const error = new ApiError(response.status, data && data.error, message, data && data.fields, data);
    error.rows = (data && data.errors) || []; // an import refused: [{row, field, message}]
    throw error;
  }
  return data;
}

export const api = {
  get: (url) => request('GET', url),
  post: (url, body, headers) => request('POST', url, body, headers),
  put: (url, body) => request('PUT', url, body),
  delete: (url) => request('DELETE', url),
  /** Sends one file (and the other fields) as multipart/form-data. */
  upload: (url, file, fields = {}) => {
    const data = new FormData();
    Object.entries(fields).forEach(([key, value]) => {
      if (value !== undefined && value !== null && value !== '') {
        data.append(key, value);
      }
    });
    data.append('file', file, file.name);
    return request('POST', url, data);
  },
};

/** A key that marks one filled-in form, so that a double click never starts two cases (Idempotency-Key). */
export function submissionKey() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') {
    return window.crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Builds `path?a=1&b=2`, leaving out empty values. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      query.set(key, value);
    }
  });
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

// Process forms change only with a deployment: fetch each once per page load.
const formCache = new Map();

/** A form as the portal uses it: its inputs read from its JSON Schema, not from a second list. */
export function describedBySchema(form) {
  return { ...form, fields: fieldsOf(form.schema) };
}

export function processForm(key) {
  if (!formCache.has(key)) {
    const pending = api.get(`/api/processes/${encodeURIComponent(key)}/form`).then(describedBySchema).catch((e) => {
      formCache.delete(key);
      throw e;
    });
    formCache.set(key, pending);
  }
  return formCache.get(key);
}

/** Signs out with a real form POST, so that the server can clear the session and redirect. */
export function logout() {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '_csrf';
  token.value = csrfToken();
  form.appendChild(token);
  document.body.appendChild(form);
  form.submit();
}
