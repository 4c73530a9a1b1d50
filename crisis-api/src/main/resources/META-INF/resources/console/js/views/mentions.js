// The mentions feed: filters (brand, sentiment, complaint category, source, language, time, text), newest first,
// cursor paging with "More", and the explanation of each score.

import {api} from '../api.js';
import {el, replace} from '../dom.js';
import {t} from '../i18n.js';
import {mentionItem} from '../mention.js';

const SENTIMENTS = ['negative', 'neutral', 'positive'];
const CATEGORIES = ['no_answer', 'long_wait', 'rude_staff', 'delivery', 'returns_refunds', 'product_defect',
  'price_billing', 'outage'];
const FIELDS = ['brandId', 'sentiment', 'category', 'source', 'language', 'from', 'to', 'q'];
const PAGE = 30;

export function render(main, {query}) {
  const inputs = {
    brandId: el('select', {id: 'm-brand'}, el('option', {value: ''}, t('board.allBrands'))),
    sentiment: choice('m-sentiment', SENTIMENTS, s => t(`sentiment.${s}`)),
    category: choice('m-category', CATEGORIES, c => t(`category.${c}`)),
    source: el('input', {id: 'm-source', type: 'text', maxlength: 50}),
    language: choice('m-language', ['pl', 'en'], l => l.toUpperCase()),
    from: el('input', {id: 'm-from', type: 'datetime-local'}),
    to: el('input', {id: 'm-to', type: 'datetime-local'}),
    q: el('input', {id: 'm-q', type: 'search', maxlength: 200}),
  };
  for (const name of FIELDS) {
    const value = query.get(name);
    if (value) inputs[name].value = name === 'from' || name === 'to' ? toLocal(value) : value;
  }
  const list = el('ul', {id: 'mention-list', class: 'posts'});
  const more = el('button', {id: 'mentions-more', type: 'button', class: 'button', hidden: true,
    onclick: () => load(false)}, t('mentions.more'));
  const error = el('p', {class: 'error', role: 'alert'});
  const labels = {brandId: 'board.brand', sentiment: 'mentions.sentiment', category: 'mentions.category',
    source: 'mentions.source', language: 'mentions.language', from: 'mentions.from', to: 'mentions.to',
    q: 'mentions.text'};
  const form = el('form', {id: 'mention-filters', class: 'card filters', onsubmit: event => {
    event.preventDefault();
    load(true);
  }}, FIELDS.map(name => el('label', {}, t(labels[name]), inputs[name])),
  el('button', {type: 'submit', class: 'button primary', id: 'mentions-search'}, t('mentions.search')));
  replace(main, el('section', {id: 'mentions'}, el('h1', {}, t('mentions.title')), form, error, list, more));

  let next = null;

  function params() {
    const values = {};
    for (const name of FIELDS) {
      const raw = inputs[name].value.trim();
      if (raw) values[name] = name === 'from' || name === 'to' ? new Date(raw).toISOString() : raw;
    }
    return values;
  }

  async function load(first) {
    const values = params();
    if (first) {
      next = null;
      history.replaceState({}, '', `/console/mentions${Object.keys(values).length
        ? `?${new URLSearchParams(values)}` : ''}`);
    }
    try {
      const page = await api.get('/mentions', {...values, limit: PAGE, cursor: first ? null : next});
      error.textContent = '';
      const items = (page.items || []).map(mentionItem);
      if (first) replace(list, items.length ? items : el('li', {class: 'empty'}, t('mentions.empty')));
      else list.append(...items);
      next = page.next;
      more.hidden = !next;
    } catch (failure) {
      error.textContent = t('error.generic', {detail: failure.message});
    }
  }

  api.get('/brands').then(brands => {
    inputs.brandId.append(...brands.map(b => el('option', {value: b.id}, b.name)));
    inputs.brandId.value = query.get('brandId') || '';
  }).catch(() => {}).finally(() => load(true));
}

function choice(id, values, label) {
  return el('select', {id}, el('option', {value: ''}, t('any')), values.map(v => el('option', {value: v}, label(v))));
}

/** An ISO instant as the value of a datetime-local input (local time, minutes). */
function toLocal(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().substring(0, 16);
}
