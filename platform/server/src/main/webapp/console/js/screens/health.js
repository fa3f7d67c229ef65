// Health ministry: find a student, then the health record in force and its history.
import { api } from '../api.js';
import { h, section, table } from '../dom.js';
import { t } from '../i18n.js';
import { details, fullName, text } from '../view.js';
import { studentSearch } from './students.js';

export async function healthScreen(context) {
  const id = context.args[0];
  if (!id) return studentSearch(context, (studentId) => `#/health/${studentId}`);
  const student = await api.get(`/registry/students/${encodeURIComponent(id)}`);
  let current = null;
  try {
    current = await api.get(`/health/students/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error.status !== 404) throw error;
  }
  const history = await api.get(`/health/students/${encodeURIComponent(id)}/history`);
  return h('div', {},
    h('h1', { id: 'student-name' }, `${t('healthRecord')}: ${fullName(student)}`),
    current ? details(current, 'health-current') : h('p', { id: 'health-current' }, t('empty')),
    section(t('healthHistory'), table(t('healthHistory'), [
      [t('validFrom'), (r) => text(r.validFrom)], [t('healthGroup'), (r) => text(r.healthGroup)], [t('peGroup'), (r) => text(r.peGroup)],
      [t('adaptedProgramNeeded'), (r) => text(r.adaptedProgramNeeded)], [t('longTermTreatmentNeeded'), (r) => text(r.longTermTreatmentNeeded)],
    ], history, 'health-history')));
}
