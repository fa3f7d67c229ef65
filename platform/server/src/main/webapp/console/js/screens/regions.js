// Federal operator: the regions hosted here, onboarding, suspension.
import { api } from '../api.js';
import { field, form, h, section, table } from '../dom.js';
import { t } from '../i18n.js';

export async function regionsScreen() {
  const regions = await api.get('/platform/regions');
  const refresh = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const toggle = (region) => h('button', {
    type: 'button',
    'data-region': region.code,
    onclick: async () => {
      await api.put(`/platform/regions/${encodeURIComponent(region.code)}/status`, { status: region.status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE' });
      refresh();
    },
  }, region.status === 'ACTIVE' ? t('suspend') : t('activate'));
  return h('div', {},
    h('h1', {}, t('regions')),
    table(t('regions'), [
      [t('code'), (r) => r.code], [t('name'), (r) => r.name], [t('stage'), (r) => r.stage],
      [t('status'), (r) => r.status], ['', toggle],
    ], regions, 'regions-table'),
    section(t('onboard'), form('onboard-form', [
      field('code', t('code'), { required: true }),
      field('name', t('name'), { required: true }),
      field('stage', t('stage'), { type: 'number', value: '1' }),
    ], t('onboard'), async (values) => {
      await api.post('/platform/regions', { code: values.code, name: values.name, stage: Number(values.stage || 1) });
      refresh();
    })));
}
