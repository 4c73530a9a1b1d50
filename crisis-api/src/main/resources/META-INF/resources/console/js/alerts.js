// What the board and the alert page share: the order of alerts, their reason in words, labels.

import {number, percent} from './dom.js';
import {lang, t} from './i18n.js';

const SEVERITY_RANK = {critical: 0, high: 1, medium: 2, low: 3};

/** Whether an alert still needs people: not resolved. */
export function isOpen(alert) {
  return alert.state !== 'RESOLVED';
}

/** Open alerts first, then by severity (critical first), then the most recently changed first. */
export function boardOrder(a, b) {
  return (isOpen(b) - isOpen(a))
    || ((SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9))
    || (Date.parse(b.updatedAt || b.openedAt) - Date.parse(a.updatedAt || a.openedAt));
}

/** The window's length in minutes (at least 1). */
export function windowMinutes(alert) {
  const minutes = Math.round((Date.parse(alert.windowEnd) - Date.parse(alert.windowStart)) / 60000);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 1;
}

/** The reason in words, in the page's language, made from the alert's numbers. */
export function reasonInWords(alert) {
  const l = lang();
  return t('reason', {
    current: number(alert.currentMentions, l),
    minutes: windowMinutes(alert),
    expected: number(alert.expectedMentions, l),
    negative: percent(alert.currentNegativeShare),
    usual: percent(alert.usualNegativeShare),
    reach: number(alert.reach, l),
    authors: number(alert.distinctAuthors, l),
  });
}

/** A brand's display name from a map of id to brand, or the id. */
export function brandName(brands, id) {
  return brands.get(id)?.name || id;
}
