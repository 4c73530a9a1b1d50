// One mention as the feed and the author page show it: who, where, when, the sentiment, the text with the deciding
// words marked, and on request the explanation of the score.

import {sentimentOf} from './api.js';
import {el, number, when} from './dom.js';
import {highlighted} from './highlight.js';
import {lang, t, tOr} from './i18n.js';

/** An <li> for a mention from the API. */
export function mentionItem(mention) {
  const l = lang();
  const sentiment = sentimentOf(mention) || {};
  const author = mention.author || {};
  const authorLink = author.id
    ? el('a', {'data-link': true, class: 'author',
      href: `/console/authors/${encodeURIComponent(mention.source)}/${encodeURIComponent(author.id)}`},
    author.name || author.id)
    : el('span', {class: 'author'}, author.name || '');
  const link = safeUrl(mention.url);
  return el('li', {class: 'mention', dataset: {mentionId: mention.mentionId}},
    el('p', {class: 'post-head'},
      sentiment.label ? el('span', {class: `badge sent-${sentiment.label}`},
        tOr(`sentiment.${sentiment.label}`, sentiment.label)) : null, ' ',
      authorLink, ' · ', t('alert.followers', {n: number(author.followers, l)}), ' · ',
      mention.source, ' · ', mention.language, ' · ', el('time', {datetime: mention.publishedAt},
        when(mention.publishedAt, l)),
      link ? [' · ', el('a', {href: link, target: '_blank', rel: 'noopener noreferrer nofollow'},
        t('alert.openPost'))] : null),
    el('p', {class: 'post-text'}, highlighted(mention.text, sentiment.explanation, [])),
    explanation(sentiment));
}

function explanation(sentiment) {
  const tokens = Array.isArray(sentiment.explanation) ? sentiment.explanation : [];
  const categories = Array.isArray(sentiment.categories) ? sentiment.categories : [];
  const emotions = Array.isArray(sentiment.emotions) ? sentiment.emotions : [];
  return el('details', {class: 'why'},
    el('summary', {}, t('mentions.why')),
    sentiment.score == null ? null : el('p', {}, t('mentions.score', {score: Number(sentiment.score).toFixed(2),
      confidence: Number(sentiment.confidence ?? 0).toFixed(2)})),
    tokens.length ? el('p', {class: 'tags'}, el('span', {class: 'label'}, t('mentions.words')),
      tokens.map(e => el('span', {class: `tag ${e.weight > 0 ? 'pos' : 'neg'}`},
        `${e.token} ${e.weight > 0 ? '+' : ''}${Number(e.weight).toFixed(2)}`)))
      : el('p', {class: 'empty'}, t('mentions.noExplanation')),
    categories.length ? el('p', {class: 'tags'}, el('span', {class: 'label'}, t('alert.categories')),
      categories.map(c => el('span', {class: 'tag'}, tOr(`category.${c}`, c)))) : null,
    emotions.length ? el('p', {class: 'tags'}, el('span', {class: 'label'}, t('mentions.emotions')),
      emotions.map(e => el('span', {class: 'tag'}, e))) : null);
}

/** The URL when it is http(s), so that a javascript: link in a post cannot run. */
export function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
