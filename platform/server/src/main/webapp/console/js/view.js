// Generic renderers: a role's view of an object is shown field by field, whatever the API gave,
// so the console never hides (nor invents) anything the role may see.
import { h } from './dom.js';
import { t } from './i18n.js';

export function text(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (value === true) return t('yes');
  if (value === false) return t('no');
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${t(k)}: ${text(v)}`).join('; ');
  return String(value);
}

/** A definition list of every field of `object`, nested lists for arrays of objects. */
export function details(object, id, skip = []) {
  const rows = [];
  for (const [name, value] of Object.entries(object || {})) {
    if (skip.includes(name)) continue;
    const shown = Array.isArray(value) && value.some((v) => v && typeof v === 'object')
      ? h('ol', {}, value.map((item) => h('li', {}, details(item))))
      : (value && typeof value === 'object' && !Array.isArray(value) ? details(value) : text(value));
    rows.push(h('dt', { 'data-field': name }, t(name)), h('dd', { 'data-field': name }, shown));
  }
  return h('dl', { class: 'details', id }, rows);
}

export function fullName(person) {
  return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}
