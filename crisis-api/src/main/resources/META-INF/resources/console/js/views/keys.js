// API keys (admin): every key with its role and when it was used, a form for a new one (shown once) and revoking.

import {api} from '../api.js';
import {el, replace, when} from '../dom.js';
import {lang, t} from '../i18n.js';

const ROLES = ['viewer', 'responder', 'admin', 'source'];

export function render(main) {
  const name = el('input', {id: 'key-name', type: 'text', maxlength: 100, required: true});
  const role = el('select', {id: 'key-role'}, ROLES.map(r => el('option', {value: r}, t(`role.${r}`))));
  const created = el('div', {id: 'key-created'});
  const error = el('p', {class: 'error', role: 'alert'});
  const table = el('div', {class: 'table-wrap'});
  replace(main, el('section', {id: 'keys'},
    el('h1', {}, t('keys.title')),
    el('form', {class: 'card filters', onsubmit: create},
      el('label', {}, t('keys.name'), name), el('label', {}, t('keys.role'), role),
      el('button', {type: 'submit', class: 'button primary', id: 'key-create'}, t('keys.create'))),
    created, error, table));

  async function create(event) {
    event.preventDefault();
    error.textContent = '';
    try {
      const key = await api.post('/keys', {name: name.value.trim(), role: role.value});
      name.value = '';
      replace(created, el('div', {class: 'banner warn'}, el('p', {}, t('keys.newKey')),
        el('code', {id: 'key-value'}, key.key)));
      load();
    } catch (failure) {
      error.textContent = t('error.generic', {detail: failure.message});
    }
  }

  async function revoke(key) {
    if (!confirm(t('keys.revokeConfirm', {name: key.name}))) return;
    try {
      await api.del(`/keys/${encodeURIComponent(key.id)}`);
      load();
    } catch (failure) {
      error.textContent = t('error.generic', {detail: failure.message});
    }
  }

  async function load() {
    const l = lang();
    try {
      const keys = await api.get('/keys');
      replace(table, el('table', {id: 'key-table'},
        el('thead', {}, el('tr', {}, ['keys.name', 'keys.role', 'keys.created', 'keys.lastUsed', 'keys.revoked', '']
          .map(key => el('th', {}, key ? t(key) : '')))),
        el('tbody', {}, keys.map(key => el('tr', {class: key.revokedAt ? 'revoked' : null},
          el('td', {}, key.name, key.bootstrap ? el('small', {}, ` (${t('keys.bootstrap')})`) : null),
          el('td', {}, t(`role.${key.role}`)),
          el('td', {}, when(key.createdAt, l)),
          el('td', {}, when(key.lastUsedAt, l)),
          el('td', {}, when(key.revokedAt, l)),
          el('td', {}, key.revokedAt ? null : el('button', {type: 'button', class: 'button danger',
            onclick: () => revoke(key)}, t('keys.revoke'))))))));
    } catch (failure) {
      error.textContent = t('error.generic', {detail: failure.message});
    }
  }

  load();
}
