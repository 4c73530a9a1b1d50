// The console's words in Polish and English. The language is the browser's unless the person picked one.

import {en, pl} from './messages.js';

const CHOICE = 'flarewatch.lang';
const dictionaries = {pl, en};
const listeners = new Set();

/** The page's language: 'pl' or 'en'. */
export function lang() {
  const chosen = localStorage.getItem(CHOICE);
  if (chosen === 'pl' || chosen === 'en') return chosen;
  return (navigator.language || 'en').toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

/** Switches the language and tells the listeners (which draw the page again). */
export function setLang(value) {
  localStorage.setItem(CHOICE, value === 'pl' ? 'pl' : 'en');
  document.documentElement.lang = lang();
  for (const fn of listeners) fn(lang());
}

/** Calls fn(lang) when the language changes. */
export function onLangChange(fn) {
  listeners.add(fn);
}

/** The text of a key with {placeholders} filled in; the English text, then the key, when one is missing. */
export function t(key, params = {}) {
  const text = dictionaries[lang()][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (params[name] ?? match));
}

/** The text of a key, or `fallback` when neither language has it (for values the API may add later). */
export function tOr(key, fallback) {
  return dictionaries[lang()][key] ?? en[key] ?? fallback;
}
