// One alert: the reason in words, the chart, the posts to answer first, the actions of the people on duty (only
// those the role may do), the timeline and every notification attempt. Redrawn when the stream reports a change.

import {api, jsonValue} from '../api.js';
import {actor, may} from '../app.js';
import {brandName, isOpen, reasonInWords} from '../alerts.js';
import {ago, el, replace, when} from '../dom.js';
import {lang, t, tOr} from '../i18n.js';
import {onAlertChange} from '../stream.js';
import {drawChart, drawNotifications, drawPosts} from './alert-sections.js';

const NOTIFICATIONS_EVERY = 10000;

export function render(main, {params: [id]}) {
  const head = el('section', {id: 'alert-head', class: 'card'}, t('loading'));
  const actions = may('responder') ? actionsSection() : null;
  const chart = el('section', {id: 'alert-chart', class: 'card'});
  const posts = el('section', {id: 'alert-posts', class: 'card'});
  const timeline = el('section', {id: 'alert-timeline', class: 'card'});
  const notifications = el('section', {id: 'alert-notifications', class: 'card'});
  const error = el('p', {class: 'error', role: 'alert', id: 'alert-error'});
  replace(main, el('article', {id: 'alert', class: 'alert-page', dataset: {alertId: id}},
    el('a', {href: '/console/alerts', 'data-link': true, class: 'back'}, t('alert.back')),
    error, head, actions?.section, el('div', {class: 'columns'}, chart, posts), timeline, notifications));

  let brands = new Map();
  let current = null;
  let timer = null;
  const stop = onAlertChange(change => {
    if (change.alertId !== id) return;
    clearTimeout(timer);
    timer = setTimeout(() => load(false), 200);
  });

  async function load(first) {
    try {
      const alert = await api.get(`/alerts/${encodeURIComponent(id)}`);
      const previous = current;
      current = alert;
      error.textContent = '';
      drawHead(alert);
      actions?.update(alert);
      drawTimeline(alert);
      drawNotifications(notifications, id);
      if (first || alert.updatedAt !== previous?.updatedAt) {
        drawChart(chart, alert);
        drawPosts(posts, alert);
      }
    } catch (failure) {
      error.textContent = failure.status === 404 ? t('error.notFound') : t('error.generic', {detail: failure.message});
    }
  }

  function drawHead(alert) {
    const l = lang();
    replace(head,
      el('div', {class: 'card-head'},
        el('span', {class: `badge sev-${alert.severity}`}, t(`severity.${alert.severity}`)),
        el('h1', {class: 'brand'}, brandName(brands, alert.brandId)),
        el('span', {class: 'state', id: 'alert-state'}, t(`state.${alert.state}`))),
      el('h2', {}, t('alert.why')),
      el('p', {class: 'reason', id: 'alert-reason'}, reasonInWords(alert)),
      el('p', {class: 'meta'}, t('alert.window', {from: when(alert.windowStart, l), to: when(alert.windowEnd, l)})),
      alert.acknowledgedBy ? el('p', {class: 'meta ack', id: 'alert-ack'},
        t('alert.ackBy', {who: alert.acknowledgedBy, ago: ago(alert.acknowledgedAt, l)})) : null,
      alert.assignee ? el('p', {class: 'meta'}, t('alert.assignedTo', {who: alert.assignee})) : null,
      alert.resolvedAt ? el('p', {class: 'meta'},
        t('alert.resolvedBy', {who: alert.resolvedBy || 'detector', ago: ago(alert.resolvedAt, l)})) : null,
      tags('alert.categories', (jsonValue(alert.topCategories) || []).map(c => tOr(`category.${c}`, c))),
      tags('alert.words', jsonValue(alert.topWords)));
  }

  function tags(label, values) {
    if (!Array.isArray(values) || values.length === 0) return null;
    return el('p', {class: 'tags'}, el('span', {class: 'label'}, t(label)),
      values.map(v => el('span', {class: 'tag'}, v)));
  }

  function actionsSection() {
    const status = el('p', {class: 'status', role: 'status', id: 'action-status'});
    const assignee = el('input', {id: 'assign-input', type: 'text', maxlength: 100});
    const note = el('input', {id: 'note-input', type: 'text', maxlength: 2000});
    const buttons = {
      acknowledge: button('action-acknowledge', 'alert.acknowledge', 'primary', () => act('acknowledge', {})),
      assign: button('action-assign', 'alert.assign', '', () => assignee.value.trim()
        && act('assign', {assignee: assignee.value.trim()}, () => (assignee.value = ''))),
      note: button('action-note', 'alert.note', '', () => note.value.trim()
        && act('notes', {text: note.value.trim()}, () => (note.value = ''))),
      resolve: button('action-resolve', 'alert.resolve', 'danger', () => act('resolve', {})),
      reopen: button('action-reopen', 'alert.reopen', '', () => act('reopen', {})),
    };
    const assignRow = el('div', {class: 'pair'}, el('label', {}, t('alert.assignee'), assignee), buttons.assign);
    const section = el('section', {id: 'alert-actions', class: 'card actions'},
      el('div', {class: 'row'}, el('h2', {}, t('alert.actions')), buttons.acknowledge, buttons.resolve,
        buttons.reopen, status),
      el('div', {class: 'row'}, assignRow,
        el('div', {class: 'pair'}, el('label', {}, t('alert.noteText'), note), buttons.note)));

    async function act(path, body, done) {
      status.textContent = '';
      try {
        const alert = await api.post(`/alerts/${encodeURIComponent(id)}/${path}`, {by: actor(), ...body});
        done?.();
        status.textContent = t('alert.done');
        current = alert;
        drawHead(alert);
        update(alert);
        drawTimeline(alert);
        drawNotifications(notifications, id);
      } catch (failure) {
        status.textContent = t('error.generic', {detail: failure.message});
      }
    }

    function update(alert) {
      const open = isOpen(alert);
      buttons.acknowledge.hidden = !open || Boolean(alert.acknowledgedBy);
      buttons.resolve.hidden = !open;
      buttons.reopen.hidden = open;
      assignRow.hidden = !open;
    }

    return {section, update};
  }

  function button(elementId, label, kind, onclick) {
    return el('button', {id: elementId, type: 'button', class: `button ${kind}`, onclick}, t(label));
  }

  function drawTimeline(alert) {
    const l = lang();
    replace(timeline, el('h2', {}, t('alert.timeline')),
      el('ol', {class: 'timeline', id: 'timeline'}, (alert.timeline || []).map(entry =>
        el('li', {class: `entry kind-${entry.kind}`, dataset: {kind: entry.kind}},
          el('time', {datetime: entry.at}, when(entry.at, l)),
          el('span', {class: 'kind'}, tOr(`kind.${entry.kind}`, entry.kind)),
          el('span', {class: 'by'}, entry.by),
          entry.text ? el('span', {class: 'text'}, entry.kind === 'notified' ? tOr(`kind.${entry.text}`, entry.text)
            : entry.text) : null))));
  }

  api.get('/brands').then(list => {
    brands = new Map(list.map(b => [b.id, b]));
  }).catch(() => {}).finally(() => load(true));
  // notifications are sent after the alert changed, and the stream does not tell: look again now and then
  const poll = setInterval(() => notifications.isConnected && drawNotifications(notifications, id),
    NOTIFICATIONS_EVERY);
  return () => {
    stop();
    clearTimeout(timer);
    clearInterval(poll);
  };
}
