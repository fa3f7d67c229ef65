// Education ministry: the region's register of organizations.
import { api } from '../api.js';
import { field, form, h, pager, table } from '../dom.js';
import { t } from '../i18n.js';

export async function organizationsScreen() {
  const results = h('div', { id: 'organization-results' });
  let filters = {};
  const load = async (page) => {
    const found = await api.get('/registry/organizations', { query: { ...filters, page, size: 50 } });
    results.replaceChildren(table(t('organizations'), [
      [t('name'), (o) => o.fullName], [t('kind'), (o) => o.kind], [t('municipality'), (o) => o.municipality], [t('inn'), (o) => o.inn],
    ], found.items, 'organizations-table'), pager(found, load));
  };
  const filterForm = form('organization-filter', [field('q', t('name')), field('municipality', t('municipality'))], t('find'),
    async (values) => { filters = values; await load(0); });
  await load(0);
  return h('div', {}, h('h1', {}, t('organizations')), filterForm, results);
}
