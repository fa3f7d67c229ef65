// Regional administrator: the rollout stage with its history, and the access journal.
import { api } from '../api.js';
import { field, form, h, pager, section, table } from '../dom.js';
import { t } from '../i18n.js';
import { text } from '../view.js';

export async function stageScreen({ who }) {
  const code = encodeURIComponent(who.region);
  const [region, history] = await Promise.all([api.get(`/platform/regions/${code}`), api.get(`/platform/regions/${code}/stage-history`)]);
  const move = (stage, label) => h('button', {
    type: 'button',
    id: `stage-${stage}`,
    onclick: async () => {
      await api.put(`/platform/regions/${code}/stage`, { stage });
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    },
  }, `${label} ${stage}`);
  return h('div', {},
    h('h1', {}, `${t('stageControl')}: ${region.name} (${region.code})`),
    h('p', { id: 'current-stage' }, `${t('stage')}: ${region.stage} · ${t('status')}: ${region.status}`),
    h('div', { class: 'actions' }, region.stage < 3 ? move(region.stage + 1, t('stageUp')) : null,
      region.stage > 1 ? move(region.stage - 1, t('stageDown')) : null),
    section(t('stageHistory'), table(t('stageHistory'), [
      [t('from'), (c) => text(c.from)], [t('to'), (c) => c.to], [t('by'), (c) => c.by], [t('at'), (c) => c.at],
    ], history, 'stage-history')));
}

export async function auditScreen() {
  const results = h('div', { id: 'audit-results' });
  let filters = {};
  const load = async (page) => {
    const journal = await api.get('/audit', { query: { ...filters, page, size: 50 } });
    results.replaceChildren(table(t('audit'), [
      [t('at'), (e) => e.at], [t('actor'), (e) => e.actor], [t('role'), (e) => t(`role.${e.role}`)],
      [t('organization'), (e) => text(e.organization)], [t('action'), (e) => e.action],
      [t('subject'), (e) => `${e.subjectType} ${e.subjectId}`], [t('fields'), (e) => text(e.fields)],
    ], journal.items, 'audit-table'), pager(journal, load));
  };
  const filterForm = form('audit-filter', [
    field('subject', t('subject')), field('from', t('from'), { type: 'date' }), field('to', t('to'), { type: 'date' }),
  ], t('find'), async (values) => { filters = values; await load(0); });
  await load(0);
  return h('div', {}, h('h1', {}, t('audit')), filterForm, results);
}
