// Shows a mention's text with the words that decided its sentiment marked. The text goes in as text nodes only.

import {el} from './dom.js';

/**
 * The text as a <span> with <mark>s: at the explanation's offsets when they point at its tokens, else at each
 * case-insensitive occurrence of the tokens or of `words`.
 */
export function highlighted(text, explanation, words = []) {
  const value = String(text ?? '');
  const ranges = fromOffsets(value, explanation) ?? fromWords(value,
    [...(explanation || []).map(e => e.token), ...words]);
  const parts = [];
  let at = 0;
  for (const [start, end, weight] of merge(ranges)) {
    if (start > at) parts.push(value.substring(at, start));
    parts.push(el('mark', {class: weight > 0 ? 'pos' : weight < 0 ? 'neg' : null}, value.substring(start, end)));
    at = end;
  }
  parts.push(value.substring(at));
  return el('span', {class: 'mention-text'}, parts);
}

function fromOffsets(text, explanation) {
  if (!Array.isArray(explanation) || explanation.length === 0) return null;
  const ranges = [];
  for (const e of explanation) {
    const ok = Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length
      && e.start < e.end && text.substring(e.start, e.end).toLowerCase() === String(e.token).toLowerCase();
    if (!ok) return null;
    ranges.push([e.start, e.end, e.weight ?? 0]);
  }
  return ranges;
}

function fromWords(text, words) {
  const lower = text.toLowerCase();
  const ranges = [];
  for (const word of new Set(words.filter(w => w && String(w).trim()).map(w => String(w).toLowerCase()))) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      ranges.push([at, at + word.length, -1]);
    }
  }
  return ranges;
}

function merge(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) {
      last[1] = Math.max(last[1], range[1]);
    } else {
      merged.push([...range]);
    }
  }
  return merged;
}
