// Small DOM builders: every screen is made of these, so labels, ids and error slots are uniform.
import { t } from './i18n.js';

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

let uniqueId = 0;

/** A labelled input with a slot for the API's message about this field (errors[].field). */
export function field(name, label, { type = 'text', value = '', options = null, required = false } = {}) {
  const id = `f-${name.replace(/[^a-zA-Z0-9]/g, '-')}-${++uniqueId}`;
  const control = options
    ? h('select', { id, name, required }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)))
    : h('input', { id, name, type, value, required, autocomplete: 'off' });
  const error = h('span', { class: 'field-error', id: `${id}-error`, 'data-field': name, role: 'alert' });
  control.setAttribute('aria-describedby', error.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, error);
}

/** A form whose submit runs `action(values)` and shows a problem's field messages next to the fields. */
export function form(id, fields, submitLabel, action) {
  const status = h('div', { class: 'form-status', role: 'status' });
  const element = h('form', { id, novalidate: true }, fields, h('button', { type: 'submit' }, submitLabel), status);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(element);
    const values = Object.fromEntries(new FormData(element).entries());
    try {
      await action(values, element);
    } catch (error) {
      showProblem(element, status, error);
    }
  });
  return element;
}

export function clearErrors(container) {
  container.querySelectorAll('.field-error').forEach((slot) => { slot.textContent = ''; });
  container.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
  container.querySelectorAll('.form-status').forEach((slot) => { slot.textContent = ''; });
}

export function showProblem(container, status, error) {
  const unplaced = [];
  for (const fieldError of error.errors || []) {
    const slot = [...container.querySelectorAll('.field-error')].find((s) => s.dataset.field === fieldError.field);
    if (slot) {
      slot.textContent = fieldError.message;
      container.querySelector(`#${slot.id.replace(/-error$/, '')}`)?.setAttribute('aria-invalid', 'true');
    } else {
      unplaced.push(`${fieldError.field}: ${fieldError.message}`);
    }
  }
  status.textContent = [error.title || error.message, error.detail, ...unplaced].filter(Boolean).join(' — ');
  status.classList.add('error');
}

/** A table of rows; `columns` are [header, row => cell]. */
export function table(caption, columns, rows, id) {
  return h('table', { id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map(([header]) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.length === 0
      ? h('tr', {}, h('td', { colspan: columns.length, class: 'empty' }, t('empty')))
      : rows.map((row) => h('tr', {}, columns.map(([, cell]) => h('td', {}, cell(row)))))));
}

/** Previous/next buttons for a page {page, size, total}. */
export function pager(page, onPage) {
  const pages = Math.max(1, Math.ceil((page.total || 0) / (page.size || 1)));
  const current = page.page || 0;
  return h('nav', { class: 'pager', 'aria-label': t('pages') },
    h('button', { type: 'button', disabled: current <= 0, onclick: () => onPage(current - 1) }, t('previous')),
    h('span', {}, `${current + 1} / ${pages}`),
    h('button', { type: 'button', disabled: current + 1 >= pages, onclick: () => onPage(current + 1) }, t('next')));
}

export function section(title, ...content) {
  return h('section', {}, h('h2', {}, title), ...content);
}
