// Response figures per brand: time to acknowledge and to resolve (median, p90) and alerts per week over a range,
// against the targets the team sets here (kept in this browser: the API has no place for them).

import {api} from '../api.js';
import {el, number, replace} from '../dom.js';
import {lang, t} from '../i18n.js';

const TARGETS = 'flarewatch.targets';
const DAY = 86400000;

export function render(main) {
  const targets = {ack: 15, resolve: 120, ...JSON.parse(localStorage.getItem(TARGETS) || '{}')};
  const range = el('select', {id: 'figures-range', onchange: load},
    [7, 30, 90].map(n => el('option', {value: n, selected: n === 30}, t('figures.days', {n}))));
  const ack = el('input', {id: 'target-ack', type: 'number', min: 1, value: targets.ack, onchange: keep});
  const resolve = el('input', {id: 'target-resolve', type: 'number', min: 1, value: targets.resolve, onchange: keep});
  const table = el('div', {class: 'table-wrap', id: 'figures'}, t('loading'));
  replace(main, el('section', {},
    el('h1', {}, t('figures.title')),
    el('div', {class: 'card filters'},
      el('label', {}, t('figures.range'), range),
      el('label', {}, t('figures.ackTarget'), ack),
      el('label', {}, t('figures.resolveTarget'), resolve),
      el('small', {}, t('figures.targetsNote'))),
    table));

  function keep() {
    targets.ack = Number(ack.value) || 15;
    targets.resolve = Number(resolve.value) || 120;
    localStorage.setItem(TARGETS, JSON.stringify(targets));
    load();
  }

  async function load() {
    const to = new Date();
    const from = new Date(to.getTime() - Number(range.value) * DAY);
    try {
      const brands = await api.get('/brands');
      const rows = await Promise.all(brands.map(b => api.get(`/brands/${encodeURIComponent(b.id)}/stats/response`,
        {from: from.toISOString(), to: to.toISOString()}).then(stats => ({brand: b, stats}))));
      replace(table, el('table', {},
        el('thead', {}, el('tr', {}, ['figures.brand', 'figures.alerts', 'figures.perWeek', 'figures.ack',
          'figures.resolve'].map(key => el('th', {}, t(key))))),
        el('tbody', {}, rows.map(({brand, stats}) => el('tr', {dataset: {brandId: brand.id}},
          el('td', {}, brand.name),
          el('td', {}, String(stats.alerts)),
          el('td', {}, number(stats.alertsPerWeek, lang())),
          el('td', {}, durations(stats.timeToAcknowledge, targets.ack)),
          el('td', {}, durations(stats.timeToResolve, targets.resolve)))))));
    } catch (failure) {
      replace(table, el('p', {class: 'error'}, t('error.generic', {detail: failure.message})));
    }
  }

  load();
}

function durations(value, targetMinutes) {
  if (!value || value.medianSeconds == null) return t('figures.none');
  const onTarget = value.p90Seconds <= targetMinutes * 60;
  return [`${minutes(value.medianSeconds)} / ${minutes(value.p90Seconds)} `,
    el('span', {class: `badge ${onTarget ? 'met' : 'missed'}`}, t(onTarget ? 'figures.met' : 'figures.missed'))];
}

function minutes(seconds) {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
