// Brands: the list, and the editor (admin) whose query is tried live on sample texts with POST /brands/preview as
// it is typed; sensitivity, mute hours and who is told (notification settings).

import {api} from '../api.js';
import {may, navigate} from '../app.js';
import {el, replace} from '../dom.js';
import {t} from '../i18n.js';
import {notificationSettings} from './notification-settings.js';

const SENSITIVITIES = ['fewer', 'balanced', 'more'];

export function render(main, {params: [id]}) {
  if (id === undefined) {
    list(main);
    return null;
  }
  return editor(main, id === 'new' ? null : id);
}

async function list(main) {
  replace(main, el('p', {}, t('loading')));
  try {
    const brands = await api.get('/brands');
    replace(main, el('section', {id: 'brands'},
      el('div', {class: 'titlebar'}, el('h1', {}, t('brands.title')),
        may('admin') ? el('a', {href: '/console/brands/new', 'data-link': true, class: 'button primary',
          id: 'brand-new'}, t('brands.new')) : null),
      brands.length === 0 ? el('p', {class: 'empty'}, t('brands.empty')) : el('div', {class: 'table-wrap'},
        el('table', {id: 'brand-table'},
          el('thead', {}, el('tr', {}, ['brands.name', 'brands.query', 'brands.languages', 'brands.sensitivity',
            'brands.muteHours'].map(key => el('th', {}, t(key).replace(/ \(.*\)$/, ''))))),
          el('tbody', {}, brands.map(b => el('tr', {dataset: {brandId: b.id}},
            el('td', {}, el('a', {href: `/console/brands/${encodeURIComponent(b.id)}`, 'data-link': true}, b.name)),
            el('td', {}, el('code', {}, b.query)),
            el('td', {}, (b.languages || []).join(', ')),
            el('td', {}, t(`brands.sensitivity.${b.sensitivity || 'balanced'}`)),
            el('td', {}, b.muteHours || ''))))))));
  } catch (failure) {
    replace(main, el('p', {class: 'error'}, t('error.generic', {detail: failure.message})));
  }
}

function editor(main, id) {
  const admin = may('admin');
  const fields = {
    id: el('input', {id: 'brand-id', type: 'text', maxlength: 64, disabled: !admin || id !== null}),
    name: el('input', {id: 'brand-name', type: 'text', maxlength: 200, disabled: !admin}),
    query: el('textarea', {id: 'brand-query', rows: 3, maxlength: 2000, spellcheck: 'false', disabled: !admin}),
    languages: el('input', {id: 'brand-languages', type: 'text', disabled: !admin}),
    sensitivity: el('select', {id: 'brand-sensitivity', disabled: !admin},
      SENSITIVITIES.map(s => el('option', {value: s}, t(`brands.sensitivity.${s}`)))),
    muteHours: el('input', {id: 'brand-mute', type: 'text', maxlength: 11, placeholder: '23:00-07:00',
      disabled: !admin}),
  };
  fields.sensitivity.value = 'balanced';
  const samples = el('textarea', {id: 'preview-texts', rows: 5});
  const preview = el('div', {id: 'preview-result', class: 'preview', 'aria-live': 'polite'});
  const status = el('p', {class: 'status', role: 'status', id: 'brand-status'});
  const errors = el('ul', {class: 'error', id: 'brand-errors'});
  const settings = el('div', {id: 'brand-notifications'});
  const label = (key, input, help) => el('label', {}, t(key), input, help ? el('small', {}, help) : null);
  replace(main, el('section', {id: 'brand-editor'},
    el('a', {href: '/console/brands', 'data-link': true, class: 'back'}, `← ${t('brands.title')}`),
    el('div', {class: 'columns'},
      el('form', {class: 'card', id: 'brand-form', onsubmit: save},
        el('h1', {}, id === null ? t('brands.new') : id),
        admin ? null : el('p', {class: 'empty'}, t('brands.readOnly')),
        label('brands.name', fields.name), label('brands.id', fields.id),
        label('brands.query', fields.query, t('brands.queryHelp')),
        label('brands.languages', fields.languages), label('brands.sensitivity', fields.sensitivity),
        label('brands.muteHours', fields.muteHours), errors, status,
        admin ? el('div', {class: 'row'},
          el('button', {type: 'submit', class: 'button primary', id: 'brand-save'}, t('brands.save')),
          id === null ? null : el('button', {type: 'button', class: 'button danger', id: 'brand-delete',
            onclick: remove}, t('brands.delete'))) : null),
      el('section', {class: 'card', id: 'brand-preview'}, el('h2', {}, t('brands.preview')),
        label('brands.previewTexts', samples), preview)),
    settings));

  let timer = null;
  let asked = 0;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(tryQuery, 350);
  };
  fields.query.addEventListener('input', schedule);
  samples.addEventListener('input', schedule);

  async function tryQuery() {
    const query = fields.query.value.trim();
    if (!query) {
      replace(preview);
      return;
    }
    const texts = samples.value.split('\n').map(s => s.trim()).filter(Boolean);
    const mine = ++asked;
    try {
      const result = await api.post('/brands/preview', texts.length ? {query, texts} : {query, lastMentions: 100});
      if (mine !== asked) return;
      replace(preview, el('p', {class: 'preview-count'}, t('brands.previewResult', {matched: result.matched,
        total: result.total})),
      el('ul', {class: 'plain', id: 'preview-list'}, (result.results || []).map(sample =>
        el('li', {class: sample.matches ? 'match' : 'nomatch'},
          el('span', {class: 'verdict'}, t(sample.matches ? 'brands.matches' : 'brands.noMatch')), ' ',
          el('span', {}, sample.text),
          (sample.matchedWords || []).length ? el('span', {class: 'tags'},
            sample.matchedWords.map(w => el('span', {class: 'tag'}, w))) : null))));
    } catch (failure) {
      if (mine === asked) replace(preview, el('p', {class: 'error'}, failure.message));
    }
  }

  async function save(event) {
    event.preventDefault();
    replace(errors);
    status.textContent = '';
    const body = {name: fields.name.value.trim(), query: fields.query.value.trim(),
      languages: fields.languages.value.split(/[,\s]+/).map(s => s.trim()).filter(Boolean),
      sensitivity: fields.sensitivity.value, muteHours: fields.muteHours.value.trim() || null};
    try {
      if (id === null) {
        if (fields.id.value.trim()) body.id = fields.id.value.trim();
        const created = await api.post('/brands', body);
        navigate(`/console/brands/${encodeURIComponent(created.id)}`);
      } else {
        await api.put(`/brands/${encodeURIComponent(id)}`, body);
        status.textContent = t('brands.saved');
      }
    } catch (failure) {
      const problems = failure.problem?.errors || [];
      replace(errors, problems.length ? problems.map(p => el('li', {}, `${p.field}: ${p.message}`))
        : el('li', {}, failure.message));
    }
  }

  async function remove() {
    if (!confirm(t('brands.deleteConfirm', {name: fields.name.value}))) return;
    try {
      await api.del(`/brands/${encodeURIComponent(id)}`);
      navigate('/console/brands');
    } catch (failure) {
      replace(errors, el('li', {}, failure.message));
    }
  }

  if (id !== null) {
    api.get(`/brands/${encodeURIComponent(id)}`).then(brand => {
      fields.id.value = brand.id;
      fields.name.value = brand.name;
      fields.query.value = brand.query;
      fields.languages.value = (brand.languages || []).join(', ');
      fields.sensitivity.value = brand.sensitivity || 'balanced';
      fields.muteHours.value = brand.muteHours || '';
      tryQuery();
    }).catch(failure => replace(errors, el('li', {}, failure.message)));
    notificationSettings(settings, id, admin);
  }
  return () => clearTimeout(timer);
}
