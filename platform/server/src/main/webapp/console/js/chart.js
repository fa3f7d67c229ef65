// A bar chart of a report's count columns over its first dimension, drawn by ECharts (WebJar),
// loaded only when a report is shown. The table below the chart stays the accessible source.
import { h } from './dom.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

export function barChart(document) {
  const container = h('div', { class: 'chart', id: 'report-chart', role: 'img', 'aria-label': document.title });
  const dimension = document.columns.findIndex((c) => c.kind === 'DIMENSION' || c.kind === 'dimension');
  const counts = document.columns.map((c, i) => [c, i]).filter(([c]) => (c.kind || '').toUpperCase() === 'COUNT');
  if (dimension < 0 || counts.length === 0 || document.rows.length === 0) {
    container.hidden = true;
    return container;
  }
  const totals = new Map();
  for (const row of document.rows) {
    const key = String(row[dimension] ?? '—');
    const sums = totals.get(key) || counts.map(() => 0);
    counts.forEach(([, index], n) => { sums[n] += Number(row[index] || 0); });
    totals.set(key, sums);
  }
  import(ECHARTS).then((echarts) => {
    const chart = echarts.init(container, null, { renderer: 'svg', height: 320 });
    chart.setOption({
      tooltip: {},
      legend: { data: counts.map(([c]) => c.title || c.name) },
      xAxis: { type: 'category', data: [...totals.keys()] },
      yAxis: { type: 'value' },
      series: counts.map(([c], n) => ({ type: 'bar', name: c.title || c.name, data: [...totals.values()].map((s) => s[n]) })),
    });
  }).catch(() => { container.hidden = true; });
  return container;
}
