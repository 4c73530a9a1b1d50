// Builds DOM nodes. Every text goes in as textContent (never innerHTML), so what people wrote is shown, not run.

/**
 * el('a', {href: '/x', class: 'link', onclick: fn}, 'text', child, ...): attributes starting with "on" become
 * listeners, null or false children are skipped, strings become text nodes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element with attributes and children. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.substring(2), value);
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A date and time in the page's language, or '' for none. */
export function when(iso, lang) {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toLocaleString(lang === 'pl' ? 'pl-PL' : 'en-GB', {dateStyle: 'short', timeStyle: 'medium'});
}

/** "3 min ago" style text for an instant. */
export function ago(iso, lang) {
  if (!iso) return '';
  const seconds = Math.round((Date.parse(iso) - Date.now()) / 1000);
  const format = new Intl.RelativeTimeFormat(lang === 'pl' ? 'pl' : 'en', {numeric: 'auto'});
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(seconds, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

/** A whole number in the page's language (12 345 / 12,345). */
export function number(value, lang) {
  return new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {maximumFractionDigits: 1}).format(value ?? 0);
}

/** A share 0..1 as a percentage. */
export function percent(share) {
  return `${Math.round((share ?? 0) * 100)}%`;
}
