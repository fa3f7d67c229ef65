// Reports: the list the API offers this role, a report as of a date with a chart and its
// CSV/XLSX exports; for the federal operator, roll-ups over all regions.
import { api, download } from '../api.js';
import { field, form, h, section, table } from '../dom.js';
import { t } from '../i18n.js';
import { text, today } from '../view.js';
import { barChart } from '../chart.js';

function reportList(reports, base) {
  return table(t('reports'), [
    [t('report'), (r) => h('a', { href: `#/${base}/${encodeURIComponent(r.id)}`, class: 'report-link', 'data-report': r.id }, r.title)],
  ], reports, 'reports-table');
}

export async function reportsScreen({ args }) {
  if (!args[0]) {
    return h('div', {}, h('h1', {}, t('reports')), reportList(await api.get('/reports'), 'reports'));
  }
  return reportPage(args[0], `/reports/${encodeURIComponent(args[0])}`, (document) => document, true);
}

export async function federalReportsScreen({ args }) {
  if (!args[0]) {
    return h('div', {}, h('h1', {}, t('reports')), reportList(await api.get('/platform/reports'), 'federal-reports'));
  }
  // A roll-up: the total over regions (suppressed cells stay empty), then each region's rows.
  return reportPage(args[0], `/platform/reports/${encodeURIComponent(args[0])}`, (rolled) => ({
    title: rolled.title,
    columns: rolled.report.columns,
    rows: rolled.report.total,
    regionRows: rolled.report.regions,
  }), false);
}

async function reportPage(id, path, normalize, exports) {
  const output = h('div', { id: 'report-output' });
  const title = h('h1', { id: 'report-title' }, t('report'));
  const run = async (asOf) => {
    const document = normalize(await api.get(path, { query: { asOf } }));
    title.textContent = document.title;
    const columns = document.columns.map((c, index) => [c.title || c.name, (row) => text(row[index])]);
    output.replaceChildren(
      barChart(document),
      table(document.title, columns, document.rows, 'report-table'),
      document.regionRows ? section(t('regions'), table(t('regions'), [[t('region'), (row) => row[0]],
        ...document.columns.map((c, index) => [c.title || c.name, (row) => text(row[index + 1])])], document.regionRows, 'report-regions')) : null,
      exports ? h('div', { class: 'actions' },
        h('button', { type: 'button', id: 'download-csv', onclick: () => download(path, { asOf, format: 'csv' }, `${id}.csv`) }, `${t('download')} CSV`),
        h('button', { type: 'button', id: 'download-xlsx', onclick: () => download(path, { asOf, format: 'xlsx' }, `${id}.xlsx`) }, `${t('download')} XLSX`)) : null);
  };
  const asOfForm = form('report-form', [field('asOf', t('asOf'), { type: 'date', value: today() })], t('run'), (values) => run(values.asOf));
  await run(today());
  return h('div', {}, title, asOfForm, output);
}
