// The console's shell: sign-in state, navigation between views by address (/console/alerts/<id> ...), the
// language switch and the live stream of alert changes.

import {api, ApiError, session} from './api.js';
import {el, replace} from './dom.js';
import {lang, onLangChange, setLang, t} from './i18n.js';
import {startStream, stopStream} from './stream.js';
import * as signin from './views/signin.js';
import * as board from './views/board.js';
import * as alertPage from './views/alert.js';
import * as mentions from './views/mentions.js';
import * as author from './views/author.js';
import * as brands from './views/brands.js';
import * as figures from './views/figures.js';
import * as keys from './views/keys.js';

const ROUTES = [
  {pattern: /^\/console\/?$/, view: board},
  {pattern: /^\/console\/alerts\/?$/, view: board},
  {pattern: /^\/console\/alerts\/([^/]+)$/, view: alertPage},
  {pattern: /^\/console\/mentions\/?$/, view: mentions},
  {pattern: /^\/console\/authors\/([^/]+)\/([^/]+)$/, view: author},
  {pattern: /^\/console\/brands\/?$/, view: brands},
  {pattern: /^\/console\/brands\/([^/]+)$/, view: brands},
  {pattern: /^\/console\/figures\/?$/, view: figures},
  {pattern: /^\/console\/keys\/?$/, view: keys, role: 'admin'},
];
const RANK = {viewer: 0, responder: 1, admin: 2};

const state = {role: null, name: null, cleanup: null, live: null};

/** Whether the signed-in key's role may do what `needed` may do. */
export function may(needed) {
  return state.role !== null && RANK[state.role] >= RANK[needed];
}

/** Goes to a console address without reloading the page. */
export function navigate(path) {
  if (path !== location.pathname + location.search) history.pushState({}, '', path);
  render();
}

/** The name the person gave at sign-in (or the key's name): who did what in the timeline. */
export function actor() {
  return session.name() || state.name || 'console';
}

function render() {
  if (state.cleanup) state.cleanup();
  state.cleanup = null;
  const main = document.getElementById('main');
  drawHeader();
  if (state.role === null) {
    state.cleanup = signin.render(main, {onSignedIn: signedIn});
    return;
  }
  const path = location.pathname.replace(/\/index\.html$/, '/');
  const route = ROUTES.find(r => r.pattern.test(path));
  if (!route || (route.role && !may(route.role))) {
    replace(main, el('p', {class: 'empty'}, t('error.notFound')));
    return;
  }
  const params = path.match(route.pattern).slice(1).map(decodeURIComponent);
  state.cleanup = route.view.render(main, {params, query: new URLSearchParams(location.search)}) || null;
}

function drawHeader() {
  document.title = t('app.title');
  document.getElementById('lang').value = lang();
  const signOut = document.getElementById('sign-out');
  signOut.textContent = t('signout');
  signOut.hidden = state.role === null;
  const who = document.getElementById('who');
  who.textContent = state.role === null ? '' : t('who', {name: actor(), role: t(`role.${state.role}`)});
  const nav = document.getElementById('nav');
  nav.hidden = state.role === null;
  drawLive();
  const links = [['/console/alerts', 'nav.alerts'], ['/console/mentions', 'nav.mentions'],
    ['/console/brands', 'nav.brands'], ['/console/figures', 'nav.figures']];
  if (may('admin')) links.push(['/console/keys', 'nav.keys']);
  replace(nav, links.map(([href, key]) => el('a', {href, 'data-link': true, id: `nav-${key.substring(4)}`,
    class: location.pathname.startsWith(href) ? 'active' : null}, t(key))));
}

function drawLive() {
  const badge = document.getElementById('live');
  badge.textContent = state.live === null ? '' : t(state.live ? 'live.on' : 'live.off');
  badge.className = state.live === null ? 'live' : state.live ? 'live on' : 'live off';
}

async function signedIn(who) {
  state.role = who.role;
  state.name = who.name;
  startStream(live => {
    state.live = live;
    drawLive();
  });
  render();
}

async function resume() {
  if (!session.key()) {
    render();
    return;
  }
  try {
    await signedIn(await api.get('/session'));
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) session.signOut();
    render();
  }
}

function wire() {
  document.documentElement.lang = lang();
  document.getElementById('lang').addEventListener('change', event => setLang(event.target.value));
  onLangChange(() => render());
  document.getElementById('sign-out').addEventListener('click', () => {
    session.signOut();
    stopStream();
    state.role = null;
    state.name = null;
    state.live = null;
    history.pushState({}, '', '/console/');
    render();
  });
  document.addEventListener('click', event => {
    const link = event.target.closest('a[data-link]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(link.getAttribute('href'));
  });
  window.addEventListener('popstate', () => render());
}

wire();
resume();
