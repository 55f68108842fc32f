// Register rows that form fields pick from (`x-options-source` in a form's schema), read from
// GET /api/form-options/{source}?param=… once per page and parameters, shared by every input.
import { reactive } from 'vue';
import { api, withQuery } from './api.js';

/** Loaded option sets by key; each {options, figures} or {error}. */
export const optionSets = reactive({});

const pending = new Map();

/** The key of a source with its parameters (the values of the top-level fields it names). */
export function optionsKey(source, root) {
  const params = {};
  (source.parameters || []).forEach((name) => {
    params[name] = root && root[name] !== undefined && root[name] !== null ? String(root[name]) : '';
  });
  return withQuery(`/api/form-options/${encodeURIComponent(source.source)}`, params);
}

/** Starts loading a set unless it is loaded or loading; the result lands in `optionSets`. */
export function ensureOptions(key) {
  if (optionSets[key] || pending.has(key)) {
    return;
  }
  pending.set(key, api.get(key)
    .then((set) => {
      optionSets[key] = set;
    })
    .catch((e) => {
      optionSets[key] = { options: [], figures: [], error: e.message };
    })
    .finally(() => pending.delete(key)));
}

/** 万元 and counts without trailing zeros, a sign for differences when asked. */
export function amountText(value, signed) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '—';
  }
  const rounded = Math.round(value * 100) / 100;
  const text = String(Math.abs(rounded));
  if (!signed) {
    return rounded < 0 ? `-${text}` : text;
  }
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : '0';
}

/** Full-width digits, point and minus as typed by Chinese input methods → ASCII. */
export function halfWidth(text) {
  return String(text)
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[\uFF0C,\s]/g, '');
}
