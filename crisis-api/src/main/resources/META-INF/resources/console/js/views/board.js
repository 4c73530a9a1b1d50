// The alert board: open alerts first by severity, filtered by brand and state, redrawn on every change that
// arrives on /alerts/stream (no reload).

import {api} from '../api.js';
import {boardOrder, brandName, isOpen, reasonInWords} from '../alerts.js';
import {ago, el, replace} from '../dom.js';
import {lang, t} from '../i18n.js';
import {onAlertChange} from '../stream.js';

const STATES = ['open', 'all', 'OPENED', 'UPDATED', 'RESOLVED'];

export function render(main, {query}) {
  const filters = {brand: query.get('brand') || '',
    state: STATES.includes(query.get('state')) ? query.get('state') : 'open'};
  let brands = new Map();
  const brandSelect = el('select', {id: 'filter-brand', onchange: () => changeFilter('brand', brandSelect.value)});
  const stateSelect = el('select', {id: 'filter-state', onchange: () => changeFilter('state', stateSelect.value)},
    STATES.map(s => el('option', {value: s, selected: s === filters.state},
      s === 'open' || s === 'all' ? t(`board.state.${s}`) : t(`state.${s}`))));
  const list = el('ul', {id: 'alert-list', class: 'alert-list'}, el('li', {class: 'empty'}, t('loading')));
  const error = el('p', {class: 'error', role: 'alert'});
  replace(main, el('section', {id: 'board'},
    el('div', {class: 'titlebar'}, el('h1', {}, t('board.title')),
      el('div', {class: 'filters'},
        el('label', {}, t('board.brand'), brandSelect),
        el('label', {}, t('board.state'), stateSelect))),
    error, list));

  let timer = null;
  let fresh = new Set();
  const stop = onAlertChange(change => {
    if (filters.brand && change.brandId !== filters.brand) return;
    fresh.add(change.alertId);
    clearTimeout(timer);
    timer = setTimeout(load, 250);
  });

  function changeFilter(name, value) {
    filters[name] = value;
    const params = new URLSearchParams();
    if (filters.brand) params.set('brand', filters.brand);
    if (filters.state !== 'open') params.set('state', filters.state);
    history.replaceState({}, '', `/console/alerts${params.size ? `?${params}` : ''}`);
    load();
  }

  async function loadBrands() {
    try {
      brands = new Map((await api.get('/brands')).map(b => [b.id, b]));
    } catch {
      brands = new Map();
    }
    replace(brandSelect, el('option', {value: ''}, t('board.allBrands')),
      [...brands.values()].map(b => el('option', {value: b.id, selected: b.id === filters.brand}, b.name)));
  }

  async function load() {
    try {
      const wanted = filters.state === 'open' || filters.state === 'all' ? '' : filters.state.toLowerCase();
      const alerts = await api.get('/alerts', {brandId: filters.brand, state: wanted, limit: 500});
      const shown = alerts.filter(a => filters.state !== 'open' || isOpen(a)).sort(boardOrder);
      error.textContent = '';
      replace(list, shown.length ? shown.map(card) : el('li', {class: 'empty'}, t('board.empty')));
      fresh = new Set();
    } catch (failure) {
      error.textContent = t('error.generic', {detail: failure.message});
    }
  }

  function card(alert) {
    const l = lang();
    const who = alert.acknowledgedBy ? t('board.ackBy', {who: alert.acknowledgedBy}) : t('board.notAck');
    return el('li', {class: `alert-card sev-${alert.severity} ${isOpen(alert) ? 'open' : 'closed'}`
        + (fresh.has(alert.alertId) ? ' fresh' : ''), dataset: {alertId: alert.alertId}},
      el('a', {href: `/console/alerts/${encodeURIComponent(alert.alertId)}`, 'data-link': true, class: 'card-link'},
        el('div', {class: 'card-head'},
          el('span', {class: `badge sev-${alert.severity}`}, t(`severity.${alert.severity}`)),
          el('strong', {class: 'brand'}, brandName(brands, alert.brandId)),
          el('span', {class: 'state'}, t(`state.${alert.state}`))),
        el('p', {class: 'reason'}, reasonInWords(alert)),
        el('p', {class: 'meta'},
          el('span', {}, t('board.opened', {ago: ago(alert.openedAt, l)})),
          el('span', {class: alert.acknowledgedBy ? 'ack' : 'noack'}, who),
          alert.assignee ? el('span', {}, t('board.assigned', {who: alert.assignee})) : null)));
  }

  loadBrands().then(load);
  const tick = setInterval(() => list.isConnected && load(), 60000);
  return () => {
    stop();
    clearTimeout(timer);
    clearInterval(tick);
  };
}

