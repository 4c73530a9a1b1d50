// An author's page: followers, whether a complaint of theirs is still open ("do not send promotions now"), and
// their recent mentions per brand.

import {api} from '../api.js';
import {el, number, replace} from '../dom.js';
import {lang, t} from '../i18n.js';
import {mentionItem} from '../mention.js';

export function render(main, {params: [source, authorId]}) {
  replace(main, el('p', {}, t('loading')));
  api.get(`/authors/${encodeURIComponent(source)}/${encodeURIComponent(authorId)}`, {limit: 10}).then(author => {
    const l = lang();
    const brands = author.brands || [];
    replace(main, el('section', {id: 'author'},
      el('h1', {}, author.name || authorId),
      el('p', {class: 'meta'}, `${source} · ${authorId}`, ' · ',
        t('author.followers', {n: number(author.followers, l)})),
      el('p', {id: 'author-complaint', class: author.unresolvedComplaint ? 'banner warn' : 'banner ok'},
        t(author.unresolvedComplaint ? 'author.complaint' : 'author.noComplaint')),
      brands.length === 0 ? el('p', {class: 'empty'}, t('author.none')) : brands.map(b => el('section', {class: 'card'},
        el('h2', {}, t('author.brand', {brand: b.brandId, mentions: b.mentions, negative: b.negative,
          positive: b.positive})),
        b.unresolvedComplaint ? el('p', {class: 'banner warn'}, t('author.complaint')) : null,
        el('ul', {class: 'posts'}, (b.recent || []).map(mentionItem))))));
  }).catch(failure => replace(main, el('p', {class: 'error'}, t('error.generic', {detail: failure.message}))));
}
