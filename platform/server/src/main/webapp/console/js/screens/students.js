// Student search and the student card (the role's view, as the API gives it), with the
// enrollment operations for the roles that may perform them.
import { api } from '../api.js';
import { field, form, h, pager, section, table } from '../dom.js';
import { t } from '../i18n.js';
import { details, fullName, text, today } from '../view.js';

export async function studentsScreen(context) {
  return context.args[0] ? studentCard(context, context.args[0]) : studentSearch(context);
}

export function studentSearch({ who }, target = (id) => `#/students/${id}`) {
  const results = h('div', { id: 'student-results' });
  let filters = {};
  const load = async (page) => {
    const found = await api.get('/registry/students', { query: { ...filters, page, size: 20 } });
    results.replaceChildren(table(t('students'), [
      [t('name'), (s) => h('a', { href: target(s.id), class: 'student-link' }, fullName(s))],
      [t('birthDate'), (s) => text(s.birthDate)], [t('snils'), (s) => text(s.snils)],
    ], found.items, 'students-table'), pager(found, load));
  };
  const searchForm = form('student-search', [
    field('q', t('query')), field('birthDate', t('birthDate'), { type: 'date' }), field('snils', t('snils')),
  ], t('find'), async (values) => { filters = values; await load(0); });
  // A school operator sees its own students at once; a ministry searches a whole region first.
  if (who.groups.includes('school-operator')) {
    load(0).catch((error) => results.replaceChildren(h('p', { class: 'error', role: 'alert' }, error.title || error.message)));
  }
  return h('div', {}, h('h1', {}, t('students')), searchForm, results);
}

async function studentCard({ who }, id) {
  const student = await api.get(`/registry/students/${encodeURIComponent(id)}`);
  const trajectory = await api.get(`/registry/students/${encodeURIComponent(id)}/trajectory`);
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const active = trajectory.enrollments.find((e) => !e.endDate && e.program === 'BASIC');
  return h('div', {},
    h('h1', { id: 'student-name' }, `${t('student')}: ${fullName(student)}`),
    details(student, 'student-details', ['representatives']),
    student.representatives ? section(t('representatives'), h('ol', {}, student.representatives.map((r) => h('li', {}, details(r))))) : null,
    section(t('trajectory'), table(t('trajectory'), [
      [t('organization'), (e) => e.organizationName], [t('level'), (e) => e.level], [t('grade'), (e) => text(e.grade)],
      [t('startDate'), (e) => e.startDate], [t('endDate'), (e) => text(e.endDate)], [t('reason'), (e) => text(e.endReason)],
      [t('orderNumber'), (e) => e.orderNumber],
    ], trajectory.enrollments, 'trajectory-table'),
    trajectory.otherRegions?.length ? h('p', {}, `${t('regions')}: ${trajectory.otherRegions.map((r) => text(r)).join('; ')}`) : null),
    enrollmentForms(id, active, who, reload));
}

function enrollmentForms(id, active, who, reload) {
  const school = who.groups.includes('school-operator') ? who.org : '';
  const forms = [];
  if (!active) {
    forms.push(section(t('enroll'), form('enroll-form', [
      field('organizationId', t('organization'), { value: school, required: true }),
      field('level', t('level'), { options: [['PRIMARY_GENERAL', 'PRIMARY_GENERAL'], ['BASIC_GENERAL', 'BASIC_GENERAL'], ['SECONDARY_GENERAL', 'SECONDARY_GENERAL'], ['PRESCHOOL', 'PRESCHOOL']] }),
      field('grade', t('grade'), { type: 'number' }),
      field('startDate', t('startDate'), { type: 'date', value: today() }),
      field('orderNumber', t('orderNumber'), { required: true }),
    ], t('enroll'), async (v) => {
      await api.post(`/registry/students/${id}/enrollments`, {
        organizationId: v.organizationId, program: 'BASIC', level: v.level, grade: v.grade ? Number(v.grade) : null,
        startDate: v.startDate, orderNumber: v.orderNumber,
      });
      reload();
    })));
  } else {
    forms.push(section(t('transfer'), form('transfer-form', [
      field('toOrganizationId', t('toOrganization'), { required: true }),
      field('date', t('date'), { type: 'date', value: today() }),
      field('grade', t('grade'), { type: 'number', value: active.grade ?? '' }),
      field('orderNumber', t('orderNumber'), { required: true }),
    ], t('transfer'), async (v) => {
      await api.post(`/registry/students/${id}/transfers`, { toOrganizationId: v.toOrganizationId, date: v.date, grade: v.grade ? Number(v.grade) : null, orderNumber: v.orderNumber });
      reload();
    })));
    forms.push(section(t('end'), form('end-form', [
      field('endDate', t('endDate'), { type: 'date', value: today() }),
      field('reason', t('reason'), { options: ['COMPLETED', 'TRANSFERRED', 'MOVED_TO_ANOTHER_REGION', 'MOVED_ABROAD', 'FAMILY_EDUCATION', 'EXPELLED', 'DEATH', 'OTHER'].map((r) => [r, r]) }),
    ], t('end'), async (v) => {
      await api.post(`/registry/students/${id}/enrollments/${active.id}/end`, { endDate: v.endDate, reason: v.reason });
      reload();
    })));
  }
  return h('div', { class: 'operations' }, forms);
}
