// One alert: the reason in words, the chart, the posts to answer first, the actions of the people on duty (only
// those the role may do), the timeline and every notification attempt. Redrawn when the stream reports a change.

import {api, jsonValue, sentimentOf} from '../api.js';
import {actor, may} from '../app.js';
import {brandName, isOpen, reasonInWords, windowMinutes} from '../alerts.js';
import {mentionsChart} from '../chart.js';
import {ago, el, number, replace, when} from '../dom.js';
import {highlighted} from '../highlight.js';
import {safeUrl} from '../mention.js';
import {lang, t, tOr} from '../i18n.js';
import {onAlertChange} from '../stream.js';

const MINUTE = 60000;
const CHART_SPAN = 3 * 60 * MINUTE;
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
      loadNotifications();
      if (first || alert.updatedAt !== previous?.updatedAt) {
        loadChart(alert);
        loadPosts(alert);
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
    return el('p', {class: 'tags'}, el('span', {class: 'label'}, t(label)), values.map(v => el('span', {class: 'tag'}, v)));
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
        loadNotifications();
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

  async function loadNotifications() {
    const l = lang();
    try {
      const list = await api.get(`/alerts/${encodeURIComponent(id)}/notifications`);
      replace(notifications, el('h2', {}, t('alert.notifications')),
        list.length === 0 ? el('p', {class: 'empty'}, t('alert.notifications.empty'))
          : el('ul', {class: 'notifications', id: 'notification-list'}, list.map(n =>
            el('li', {},
              el('p', {}, el('strong', {}, n.channel), ' · ', tOr(`kind.${String(n.kind).toLowerCase()}`, n.kind), ' · ',
                el('span', {class: 'target'}, n.target),
                ' · ', el('span', {class: `status ${n.status}`}, tOr(`notify.${n.status}`, n.status))),
              el('ol', {class: 'attempts'}, (n.attemptLog || []).map(a => el('li', {},
                t('alert.attempt', {n: a.attempt}), ' · ', when(a.attemptedAt, l), ' · ',
                tOr(`notify.${a.outcome}`, a.outcome), a.httpStatus ? ` · HTTP ${a.httpStatus}` : '',
                a.error && a.error !== `HTTP ${a.httpStatus}` ? ` · ${a.error}` : '')))))));
    } catch (failure) {
      replace(notifications, el('h2', {}, t('alert.notifications')), el('p', {class: 'error'}, failure.message));
    }
  }

  async function loadChart(alert) {
    const end = Math.max(Date.parse(alert.windowEnd) + 10 * MINUTE,
      Math.min(Date.now(), alert.resolvedAt ? Date.parse(alert.resolvedAt) + 30 * MINUTE : Date.now()));
    const start = Math.min(end - CHART_SPAN, Date.parse(alert.windowStart) - 60 * MINUTE);
    const from = new Date(Math.floor(start / MINUTE) * MINUTE).toISOString();
    const to = new Date(Math.ceil(end / MINUTE) * MINUTE).toISOString();
    try {
      const velocity = await api.get(`/brands/${encodeURIComponent(alert.brandId)}/stats/velocity`,
        {interval: 'minute', from, to});
      const buckets = velocity.buckets || [];
      const expected = alert.expectedMentions / windowMinutes(alert);
      replace(chart, el('h2', {}, t('alert.chart')),
        buckets.some(b => b.mentions > 0) ? mentionsChart({buckets, expected, usual: alert.usualNegativeShare,
          window: {start: alert.windowStart, end: alert.windowEnd}, title: t('alert.chart'), lang: lang()})
          : el('p', {class: 'empty'}, t('alert.chart.empty')),
        el('ul', {class: 'legend'},
          el('li', {class: 'mentions'}, t('alert.chart.mentions')),
          el('li', {class: 'band'}, t('alert.chart.band')),
          el('li', {class: 'negative'}, t('alert.chart.negative')),
          el('li', {class: 'usual'}, t('alert.chart.usual')),
          el('li', {class: 'window'}, t('alert.chart.window'))));
    } catch (failure) {
      replace(chart, el('h2', {}, t('alert.chart')), el('p', {class: 'error'}, failure.message));
    }
  }

  async function loadPosts(alert) {
    const top = jsonValue(alert.topMentions) || [];
    const stored = new Map();
    try {
      const page = await api.get('/mentions', {brandId: alert.brandId, limit: 500,
        from: new Date(Date.parse(alert.windowStart) - 30 * MINUTE).toISOString(),
        to: new Date(Date.parse(alert.windowEnd) + 30 * MINUTE).toISOString()});
      for (const m of page.items || []) stored.set(m.mentionId, m);
    } catch {
      // the posts still show, without their explanation
    }
    const words = jsonValue(alert.topWords) || [];
    const l = lang();
    replace(posts, el('h2', {}, t('alert.posts')),
      top.length === 0 ? el('p', {class: 'empty'}, t('alert.posts.empty'))
        : el('ol', {class: 'posts', id: 'post-list'}, top.map(post => {
          const mention = stored.get(post.mentionId);
          const sentiment = sentimentOf(mention);
          const authorLink = mention?.author?.id ? el('a', {'data-link': true, class: 'author',
            href: `/console/authors/${encodeURIComponent(mention.source)}/${encodeURIComponent(mention.author.id)}`},
          post.author || mention.author.name) : el('span', {class: 'author'}, post.author);
          return el('li', {class: 'post', dataset: {mentionId: post.mentionId}},
            el('p', {class: 'post-head'}, authorLink, ' · ',
              t('alert.followers', {n: number(post.followers ?? mention?.author?.followers, l)}),
              post.score != null ? ` · ${post.score.toFixed(2)}` : '',
              safeUrl(post.url) ? [' · ', el('a', {href: safeUrl(post.url), target: '_blank',
                rel: 'noopener noreferrer nofollow'}, t('alert.openPost'))] : null),
            el('p', {class: 'post-text'}, highlighted(mention?.text ?? post.text, sentiment?.explanation, words)));
        })));
  }

  api.get('/brands').then(list => {
    brands = new Map(list.map(b => [b.id, b]));
  }).catch(() => {}).finally(() => load(true));
  // notifications are sent after the alert changed, and the stream does not tell: look again now and then
  const poll = setInterval(() => notifications.isConnected && loadNotifications(), NOTIFICATIONS_EVERY);
  return () => {
    stop();
    clearTimeout(timer);
    clearInterval(poll);
  };
}
