// School operator: bulk import of students with a live progress bar and the per-line errors.
import { api } from '../api.js';
import { h, pager, showProblem, clearErrors, table } from '../dom.js';
import { t } from '../i18n.js';
import { text } from '../view.js';

function mediaTypeOf(file) {
  return /\.csv$/i.test(file.name) ? 'text/csv; charset=utf-8' : 'application/x-ndjson';
}

function summary(result) {
  const total = result.linesTotal || result.linesRead || 0;
  const bar = h('progress', { id: 'import-progress', max: String(Math.max(total, 1)), value: String(result.linesRead || 0), 'aria-label': t('progress') });
  return h('div', { id: 'import-summary' },
    bar,
    h('p', { id: 'import-counts' }, [
      result.state ? `${t('state')}: ${result.state}` : null,
      `${t('linesRead')}: ${result.linesRead ?? 0}${total ? ` / ${total}` : ''}`,
      `${t('accepted')}: ${result.accepted ?? 0}`, `${t('rejected')}: ${result.rejected ?? 0}`, `${t('unchanged')}: ${result.unchanged ?? 0}`,
    ].filter(Boolean).join(' · ')));
}

function errorTable(errors) {
  return table(t('rejected'), [[t('line'), (e) => e.line], [t('field'), (e) => text(e.field)], [t('message'), (e) => e.message]], errors, 'import-errors');
}

export async function importScreen() {
  const output = h('div', { id: 'import-output', 'aria-live': 'polite' });
  const status = h('div', { class: 'form-status', role: 'status' });
  const input = h('input', { type: 'file', id: 'import-file', name: 'file', accept: '.csv,.ndjson,.jsonl,.json', required: true });
  const follow = async (location) => {
    const jobPath = location.replace(/^.*\/api/, '');
    const poll = async (page = 0) => {
      const job = await api.get(jobPath, { query: { page } });
      output.replaceChildren(summary(job), errorTable(job.errors.items), pager(job.errors, poll));
      if (job.state === 'RUNNING' || job.state === 'QUEUED' || job.state === 'PENDING') setTimeout(() => poll(page).catch(() => {}), 1000);
    };
    await poll(0);
  };
  const upload = async (event) => {
    event.preventDefault();
    clearErrors(event.target);
    const file = input.files[0];
    if (!file) return;
    try {
      const response = await api.raw('POST', '/registry/import', { body: file, headers: { 'Content-Type': mediaTypeOf(file) } });
      if (response.status === 202) {
        await follow(response.headers.get('Location'));
      } else {
        const result = await response.json();
        output.replaceChildren(summary({ ...result, state: t('done') }), errorTable(result.errors));
      }
    } catch (error) {
      showProblem(event.target, status, error);
    }
  };
  return h('div', {},
    h('h1', {}, t('import')),
    h('form', { id: 'import-form', onsubmit: upload },
      h('div', { class: 'field' }, h('label', { for: 'import-file' }, t('importFile')), input),
      h('button', { type: 'submit' }, t('upload')), status),
    output);
}
