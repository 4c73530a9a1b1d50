// Sign-in with an API key: the key is checked with GET /session, which also tells the key's role and name.

import {api, ApiError, session} from '../api.js';
import {el, replace} from '../dom.js';
import {t} from '../i18n.js';

export function render(main, {onSignedIn}) {
  const key = el('input', {id: 'signin-key', type: 'password', autocomplete: 'off', required: true,
    spellcheck: 'false'});
  const name = el('input', {id: 'signin-name', type: 'text', autocomplete: 'name', maxlength: 100});
  const error = el('p', {id: 'signin-error', class: 'error', role: 'alert'});
  const form = el('form', {id: 'signin', class: 'card narrow', onsubmit: submit},
    el('h1', {}, t('signin.title')),
    el('p', {class: 'lead'}, t('signin.lead')),
    el('label', {}, t('signin.key'), key),
    el('label', {}, t('signin.name'), name),
    error,
    el('button', {class: 'button primary', type: 'submit', id: 'signin-submit'}, t('signin.submit')));
  const local = el('p', {class: 'local', hidden: true},
    el('button', {class: 'button', type: 'button', id: 'signin-local', onclick: readWithoutKey}, t('signin.local')));
  replace(main, form);
  form.append(local);
  key.focus();
  // on the local stack, reads from this machine need no key: offer to look without one
  api.get('/session').then(who => {
    if (who.role && !session.key()) local.hidden = false;
  }).catch(() => {});

  function readWithoutKey() {
    session.signOut();
    if (name.value.trim()) session.setName(name.value.trim());
    api.get('/session').then(onSignedIn).catch(failure => (error.textContent = failure.message));
  }

  async function submit(event) {
    event.preventDefault();
    error.textContent = '';
    session.signIn(key.value.trim(), name.value.trim());
    try {
      const who = await api.get('/session');
      if (!name.value.trim() && who.name) session.setName(who.name);
      onSignedIn(who);
    } catch (failure) {
      session.signOut();
      error.textContent = failure instanceof ApiError
        ? (failure.status === 401 || failure.status === 403 ? t('signin.badKey') : failure.message)
        : t('error.network');
    }
  }
}
