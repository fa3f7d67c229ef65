// The console shell: sign-in, the caller's sections, and a hash router (#/section/...).
import { beginSignIn, claimsOf, completeSignIn, currentToken, signOut } from './oidc.js';
import { h } from './dom.js';
import { language, t, toggleLanguage } from './i18n.js';
import { sectionsFor } from './sections.js';

const main = document.getElementById('main');
let config = { signIn: 'none' };

async function loadConfig() {
  try {
    const response = await fetch('config.json', { cache: 'no-store' });
    return await response.json();
  } catch (error) {
    return { signIn: 'unavailable' };
  }
}

/** What the token says about its holder, for choosing sections; the API still decides every call. */
function caller() {
  const token = currentToken();
  if (!token) return null;
  const claims = claimsOf(token);
  const groups = Array.isArray(claims.groups) ? claims.groups : [];
  return { name: claims.preferred_username || claims.sub, groups, region: claims.region, org: claims.org };
}

function renderChrome(who) {
  document.documentElement.lang = language();
  document.title = t('brand');
  document.getElementById('brand').textContent = t('brand');
  document.getElementById('skip-link').textContent = t('skip');
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('sections'));
  nav.replaceChildren(...(who ? sectionsFor(who).map((s) => h('a', { href: `#/${s.path}`, id: `nav-${s.path}` }, t(s.title))) : []));
  const session = document.getElementById('session');
  const languageButton = h('button', { type: 'button', id: 'language', onclick: () => { toggleLanguage(); route(); } }, t('language'));
  session.replaceChildren(
    h('a', { href: 'api-docs.html', id: 'api-docs' }, 'API'),
    ...(who ? [h('span', { id: 'who' }, `${who.name} · ${who.groups.map((g) => t(`role.${g}`)).join(', ')}${who.region ? ` · ${who.region}` : ''}`),
      h('button', { type: 'button', id: 'sign-out', onclick: () => signOut(config) }, t('signOut'))] : []),
    languageButton);
}

function renderSignIn(message) {
  const available = config.signIn === 'oidc';
  main.replaceChildren(h('section', { class: 'sign-in' },
    h('h1', {}, t('signInTitle')),
    h('p', {}, available ? t('signInText') : t('signInUnavailable')),
    message ? h('p', { class: 'error', role: 'alert' }, message) : null,
    available ? h('button', { type: 'button', id: 'sign-in', onclick: () => beginSignIn(config, language()) }, t('signIn')) : null));
}

async function route() {
  const who = caller();
  renderChrome(who);
  if (!who) {
    renderSignIn();
    return;
  }
  const sections = sectionsFor(who);
  const [path, ...args] = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const section = sections.find((s) => s.path === path) || sections[0];
  document.querySelectorAll('#nav a').forEach((a) => a.removeAttribute('aria-current'));
  document.getElementById(`nav-${section.path}`)?.setAttribute('aria-current', 'page');
  main.replaceChildren(h('p', { class: 'loading' }, t('loading')));
  try {
    const content = await section.render({ who, args });
    main.replaceChildren(content);
  } catch (error) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'screen-error' }, [error.title || error.message, error.detail].filter(Boolean).join(' — ')));
  }
  main.focus();
}

async function start() {
  config = await loadConfig();
  try {
    const returnTo = config.signIn === 'oidc' ? await completeSignIn(config) : null;
    if (returnTo !== null && returnTo !== undefined) location.hash = returnTo || '';
  } catch (error) {
    renderChrome(null);
    renderSignIn(`${t('signInFailed')}: ${error.message}`);
    return;
  }
  window.addEventListener('hashchange', route);
  await route();
}

start();
