// Russian by default, English on request; the choice is kept per browser.
const dictionaries = {
  ru: {
    brand: 'Контингент', skip: 'Перейти к содержимому', sections: 'Разделы', language: 'English',
    signIn: 'Войти', signOut: 'Выйти', signInTitle: 'Вход в систему',
    signInText: 'Войдите через поставщика учётных записей вашей организации.',
    signInUnavailable: 'Вход не настроен или поставщик учётных записей недоступен.',
    signInFailed: 'Не удалось войти', loading: 'Загрузка…', empty: 'Нет данных',
    pages: 'Страницы', previous: 'Назад', next: 'Вперёд', open: 'Открыть', save: 'Сохранить',
    find: 'Найти', download: 'Скачать', run: 'Построить', done: 'Готово', saved: 'Сохранено',
    'role.federal-operator': 'Федеральный оператор', 'role.regional-admin': 'Администратор региона',
    'role.education-ministry': 'Министерство образования', 'role.health-ministry': 'Министерство здравоохранения',
    'role.school-operator': 'Оператор организации', 'role.citizen': 'Родитель',
    region: 'Регион', regions: 'Регионы', code: 'Код', name: 'Наименование', stage: 'Этап', status: 'Статус',
    onboard: 'Подключить регион', suspend: 'Приостановить', activate: 'Возобновить',
    stageControl: 'Этап внедрения', stageHistory: 'История этапов', stageUp: 'Перейти на этап', stageDown: 'Вернуться на этап',
    from: 'С', to: 'По', by: 'Кто', at: 'Когда',
    audit: 'Журнал доступа', subject: 'Субъект (id)', action: 'Действие', actor: 'Сотрудник', role: 'Роль',
    organization: 'Организация', fields: 'Данные',
    students: 'Обучающиеся', search: 'Поиск', query: 'Фамилия, имя', birthDate: 'Дата рождения', snils: 'СНИЛС',
    lastName: 'Фамилия', firstName: 'Имя', middleName: 'Отчество', sex: 'Пол', citizenship: 'Гражданство',
    student: 'Карточка обучающегося', representatives: 'Законные представители', relation: 'Кем приходится',
    trajectory: 'Образовательная траектория', level: 'Уровень', grade: 'Класс', startDate: 'Начало', endDate: 'Окончание',
    reason: 'Причина', orderNumber: 'Номер приказа', date: 'Дата', program: 'Программа',
    enroll: 'Зачислить', transfer: 'Перевести', end: 'Отчислить', toOrganization: 'В организацию',
    organizations: 'Организации', municipality: 'Муниципалитет', kind: 'Вид', inn: 'ИНН',
    reports: 'Отчёты', report: 'Отчёт', asOf: 'На дату', chart: 'Диаграмма',
    health: 'Здоровье', healthRecord: 'Сведения о здоровье', healthHistory: 'История', healthGroup: 'Группа здоровья',
    peGroup: 'Группа по физкультуре', validFrom: 'Действует с', adaptedProgramNeeded: 'Адаптированная программа',
    longTermTreatmentNeeded: 'Длительное лечение', yes: 'да', no: 'нет',
    import: 'Загрузка файла', importFile: 'Файл (NDJSON или CSV)', upload: 'Загрузить', progress: 'Ход загрузки',
    linesRead: 'Прочитано строк', accepted: 'Принято', rejected: 'Отклонено', unchanged: 'Без изменений',
    line: 'Строка', field: 'Поле', message: 'Сообщение', state: 'Состояние',
    children: 'Мои дети', child: 'Ребёнок', performance: 'Успеваемость', accessLog: 'Кто смотрел данные',
    subjectName: 'Предмет', year: 'Год', period: 'Период',
    id: 'Идентификатор', enrollments: 'Зачисления', organizationName: 'Организация', grades: 'Оценки',
    examResults: 'Результаты экзаменов', certificates: 'Аттестаты', achievements: 'Достижения',
  },
  en: {
    brand: 'Kontingent', skip: 'Skip to content', sections: 'Sections', language: 'Русский',
    signIn: 'Sign in', signOut: 'Sign out', signInTitle: 'Sign in',
    signInText: "Sign in through your organization's identity provider.",
    signInUnavailable: 'Sign-in is not configured or the identity provider is unavailable.',
    signInFailed: 'Sign-in failed', loading: 'Loading…', empty: 'Nothing to show',
    pages: 'Pages', previous: 'Previous', next: 'Next', open: 'Open', save: 'Save',
    find: 'Find', download: 'Download', run: 'Run', done: 'Done', saved: 'Saved',
    'role.federal-operator': 'Federal operator', 'role.regional-admin': 'Regional administrator',
    'role.education-ministry': 'Education ministry', 'role.health-ministry': 'Health ministry',
    'role.school-operator': 'School operator', 'role.citizen': 'Parent',
    region: 'Region', regions: 'Regions', code: 'Code', name: 'Name', stage: 'Stage', status: 'Status',
    onboard: 'Onboard a region', suspend: 'Suspend', activate: 'Activate',
    stageControl: 'Rollout stage', stageHistory: 'Stage history', stageUp: 'Move up to stage', stageDown: 'Move back to stage',
    from: 'From', to: 'To', by: 'By', at: 'At',
    audit: 'Access journal', subject: 'Subject (id)', action: 'Action', actor: 'Staff member', role: 'Role',
    organization: 'Organization', fields: 'Data',
    students: 'Students', search: 'Search', query: 'Last name, first name', birthDate: 'Birth date', snils: 'SNILS',
    lastName: 'Last name', firstName: 'First name', middleName: 'Middle name', sex: 'Sex', citizenship: 'Citizenship',
    student: 'Student record', representatives: 'Legal representatives', relation: 'Relation',
    trajectory: 'Education trajectory', level: 'Level', grade: 'Grade', startDate: 'Start', endDate: 'End',
    reason: 'Reason', orderNumber: 'Order number', date: 'Date', program: 'Program',
    enroll: 'Enroll', transfer: 'Transfer', end: 'End enrollment', toOrganization: 'To organization',
    organizations: 'Organizations', municipality: 'Municipality', kind: 'Kind', inn: 'INN',
    reports: 'Reports', report: 'Report', asOf: 'As of', chart: 'Chart',
    health: 'Health', healthRecord: 'Health record', healthHistory: 'History', healthGroup: 'Health group',
    peGroup: 'PE group', validFrom: 'Valid from', adaptedProgramNeeded: 'Adapted program',
    longTermTreatmentNeeded: 'Long-term treatment', yes: 'yes', no: 'no',
    import: 'File import', importFile: 'File (NDJSON or CSV)', upload: 'Upload', progress: 'Progress',
    linesRead: 'Lines read', accepted: 'Accepted', rejected: 'Rejected', unchanged: 'Unchanged',
    line: 'Line', field: 'Field', message: 'Message', state: 'State',
    children: 'My children', child: 'Child', performance: 'Performance', accessLog: 'Who accessed the data',
    subjectName: 'Subject', year: 'Year', period: 'Period',
    id: 'Id', enrollments: 'Enrollments', organizationName: 'Organization', grades: 'Grades',
    examResults: 'Exam results', certificates: 'Certificates', achievements: 'Achievements',
  },
};

const STORED = 'kontingent.language';

export function language() {
  const stored = localStorage.getItem(STORED);
  return stored === 'en' ? 'en' : 'ru';
}

export function toggleLanguage() {
  localStorage.setItem(STORED, language() === 'ru' ? 'en' : 'ru');
}

export function t(key) {
  return dictionaries[language()][key] ?? dictionaries.ru[key] ?? key;
}
