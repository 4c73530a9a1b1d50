// Who is told about a brand's alerts: Slack, email, signed webhooks and escalation (GET/PUT
// /brands/{id}/notifications). Admins edit, others read.

import {api} from '../api.js';
import {el, replace} from '../dom.js';
import {t} from '../i18n.js';

/** Draws the settings of a brand into `container`. */
export async function notificationSettings(container, brandId, admin) {
  const lines = (id, rows) => el('textarea', {id, rows, spellcheck: 'false', disabled: !admin});
  const inputs = {
    slackWebhookUrls: lines('n-slack', 2),
    emailRecipients: lines('n-email', 2),
    webhookUrls: lines('n-webhooks', 2),
    webhookSecret: el('input', {id: 'n-secret', type: 'password', autocomplete: 'off', disabled: !admin}),
    escalationRecipients: lines('n-escalation', 2),
    escalationMinutes: el('input', {id: 'n-delay', type: 'number', min: 1, max: 1440, disabled: !admin}),
  };
  const secretNote = el('small', {});
  const status = el('p', {class: 'status', role: 'status'});
  const errors = el('ul', {class: 'error'});
  replace(container, el('form', {class: 'card', id: 'notification-form', onsubmit: save},
    el('h2', {}, t('brands.notifications')),
    el('div', {class: 'grid2'},
      el('label', {}, t('brands.slack'), inputs.slackWebhookUrls),
      el('label', {}, t('brands.email'), inputs.emailRecipients),
      el('label', {}, t('brands.webhooks'), inputs.webhookUrls),
      el('label', {}, t('brands.webhookSecret'), inputs.webhookSecret, secretNote),
      el('label', {}, t('brands.escalation'), inputs.escalationRecipients),
      el('label', {}, t('brands.escalationDelay'), inputs.escalationMinutes)),
    errors, status,
    admin ? el('button', {type: 'submit', class: 'button primary', id: 'notifications-save'}, t('brands.save'))
      : null));

  try {
    const view = await api.get(`/brands/${encodeURIComponent(brandId)}/notifications`);
    for (const name of ['slackWebhookUrls', 'emailRecipients', 'webhookUrls', 'escalationRecipients']) {
      inputs[name].value = (view[name] || []).join('\n');
    }
    const minutes = minutesOf(view.escalationDelay);
    inputs.escalationMinutes.value = minutes ?? '';
    secretNote.textContent = view.webhookSecretSet ? t('brands.secretSet') : '';
  } catch (failure) {
    replace(errors, el('li', {}, failure.message));
  }

  async function save(event) {
    event.preventDefault();
    replace(errors);
    status.textContent = '';
    const split = input => input.value.split('\n').map(s => s.trim()).filter(Boolean);
    const minutes = inputs.escalationMinutes.value.trim();
    const body = {slackWebhookUrls: split(inputs.slackWebhookUrls), emailRecipients: split(inputs.emailRecipients),
      webhookUrls: split(inputs.webhookUrls), webhookSecret: inputs.webhookSecret.value || null,
      escalationRecipients: split(inputs.escalationRecipients), escalationDelay: minutes ? `PT${minutes}M` : null};
    try {
      await api.put(`/brands/${encodeURIComponent(brandId)}/notifications`, body);
      inputs.webhookSecret.value = '';
      status.textContent = t('brands.saved');
    } catch (failure) {
      const problems = failure.problem?.errors || [];
      replace(errors, problems.length ? problems.map(p => el('li', {}, `${p.field}: ${p.message}`))
        : el('li', {}, failure.message));
    }
  }
}

/** Whole minutes of an ISO-8601 duration such as PT15M or PT1H30M; null when there is none. */
function minutesOf(duration) {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(duration || '');
  if (!match) return null;
  return Number(match[1] || 0) * 60 + Number(match[2] || 0) + Math.round(Number(match[3] || 0) / 60);
}
