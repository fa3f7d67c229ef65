// Parents: their children in any region, a child's card (enrollment, performance) and who
// accessed the child's data.
import { api } from '../api.js';
import { h, pager, section, table } from '../dom.js';
import { t } from '../i18n.js';
import { details, fullName, text } from '../view.js';

export async function childrenScreen({ args }) {
  if (!args[0]) {
    const children = await api.get('/citizen/children');
    return h('div', {}, h('h1', {}, t('children')), table(t('children'), [
      [t('name'), (c) => h('a', { href: `#/children/${encodeURIComponent(c.id)}`, class: 'child-link' }, fullName(c))],
      [t('birthDate'), (c) => c.birthDate], [t('region'), (c) => c.region],
    ], children, 'children-table'));
  }
  const id = encodeURIComponent(args[0]);
  const card = await api.get(`/citizen/children/${id}`);
  const log = h('div', { id: 'access-log' });
  const loadLog = async (page) => {
    const entries = await api.get(`/citizen/children/${id}/access-log`, { query: { page } });
    log.replaceChildren(table(t('accessLog'), [
      [t('at'), (e) => e.at], [t('role'), (e) => t(`role.${e.role}`)], [t('organization'), (e) => text(e.organization)],
      [t('action'), (e) => e.action], [t('fields'), (e) => text(e.data)],
    ], entries.items, 'access-log-table'), pager(entries, loadLog));
  };
  await loadLog(0);
  return h('div', {}, h('h1', { id: 'child-name' }, fullName(card.child || card)), details(card, 'child-card'), section(t('accessLog'), log));
}
