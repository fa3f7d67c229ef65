// Which sections each role gets. This only arranges the screens: each screen shows what the API
// answers for the caller's token, and a section the API refuses shows the refusal.
import { regionsScreen } from './screens/regions.js';
import { stageScreen, auditScreen } from './screens/region-admin.js';
import { studentsScreen } from './screens/students.js';
import { organizationsScreen } from './screens/organizations.js';
import { reportsScreen, federalReportsScreen } from './screens/reports.js';
import { healthScreen } from './screens/health.js';
import { importScreen } from './screens/import.js';
import { childrenScreen } from './screens/children.js';

const BY_ROLE = {
  'federal-operator': [
    { path: 'regions', title: 'regions', render: regionsScreen },
    { path: 'federal-reports', title: 'reports', render: federalReportsScreen },
  ],
  'regional-admin': [
    { path: 'stage', title: 'stageControl', render: stageScreen },
    { path: 'audit', title: 'audit', render: auditScreen },
  ],
  'education-ministry': [
    { path: 'students', title: 'students', render: studentsScreen },
    { path: 'organizations', title: 'organizations', render: organizationsScreen },
    { path: 'reports', title: 'reports', render: reportsScreen },
  ],
  'health-ministry': [
    { path: 'health', title: 'health', render: healthScreen },
    { path: 'reports', title: 'reports', render: reportsScreen },
  ],
  'school-operator': [
    { path: 'students', title: 'students', render: studentsScreen },
    { path: 'import', title: 'import', render: importScreen },
  ],
  citizen: [
    { path: 'children', title: 'children', render: childrenScreen },
  ],
};

export function sectionsFor(who) {
  const seen = new Set();
  return who.groups.flatMap((group) => BY_ROLE[group] || []).filter((s) => !seen.has(s.path) && seen.add(s.path));
}
