// The alert page's sections that load data of their own: the chart, the posts to answer first and the
// notifications with their attempts.

import {api, jsonValue, sentimentOf} from '../api.js';
import {windowMinutes} from '../alerts.js';
import {mentionsChart} from '../chart.js';
import {el, number, replace, when} from '../dom.js';
import {highlighted} from '../highlight.js';
import {lang, t, tOr} from '../i18n.js';
import {safeUrl} from '../mention.js';

const MINUTE = 60000;
const CHART_SPAN = 3 * 60 * MINUTE;

/** Every notification of the alert and each delivery attempt with its outcome. */
export async function drawNotifications(notifications, id) {
  const l = lang();
  try {
    const list = await api.get(`/alerts/${encodeURIComponent(id)}/notifications`);
    replace(notifications, el('h2', {}, t('alert.notifications')),
      list.length === 0 ? el('p', {class: 'empty'}, t('alert.notifications.empty'))
        : el('ul', {class: 'notifications', id: 'notification-list'}, list.map(n =>
          el('li', {},
            el('p', {}, el('strong', {}, n.channel), ' · ',
              tOr(`kind.${String(n.kind).toLowerCase()}`, n.kind), ' · ',
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

/** Mentions per minute of the last hours with the expected band, the negative share and the alert window. */
export async function drawChart(chart, alert) {
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

/** The alert's top posts, their text from the stored mention (with its explanation) when there is one. */
export async function drawPosts(posts, alert) {
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
