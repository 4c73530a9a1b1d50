// Draws the alert chart as inline SVG (no script library): mentions per minute against the expected band, and the
// negative share against its usual level, with the alert's window shaded.

import {svg} from './dom.js';

const W = 720;
const H = 260;
const PAD = {left: 44, right: 44, top: 12, bottom: 28};
const SHARE_MINUTES = 5;
const SHARE_MIN_MENTIONS = 5;

/**
 * @param buckets  [{start, mentions, negative}] oldest first, one per minute
 * @param expected the expected mentions per minute (null when unknown)
 * @param usual    the usual negative share 0..1 (null when unknown)
 * @param window   {start, end} of the alert (ISO), or null
 * @param title    the chart's accessible title
 * @param lang     'pl' or 'en' for the time labels
 */
export function mentionsChart({buckets, expected, usual, window, title, lang}) {
  const times = buckets.map(b => Date.parse(b.start));
  const t0 = times[0];
  const t1 = times[times.length - 1] + 60000;
  const band = expected == null ? null : [Math.max(0, expected - 2 * Math.sqrt(expected)),
    expected + 2 * Math.sqrt(expected)];
  const top = niceMax(Math.max(1, ...buckets.map(b => b.mentions), band ? band[1] : 0));
  const x = time => PAD.left + ((time - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = count => H - PAD.bottom - (count / top) * (H - PAD.top - PAD.bottom);
  const yShare = share => H - PAD.bottom - share * (H - PAD.top - PAD.bottom);

  const parts = [svg('title', {}, title)];
  if (window) {
    const from = Math.max(t0, Date.parse(window.start));
    const to = Math.min(t1, Date.parse(window.end));
    if (to > from) parts.push(svg('rect', {class: 'window', x: x(from), y: PAD.top, width: x(to) - x(from),
      height: H - PAD.top - PAD.bottom}));
  }
  if (band) {
    parts.push(svg('rect', {class: 'band', x: PAD.left, y: y(band[1]), width: W - PAD.left - PAD.right,
      height: Math.max(1, y(band[0]) - y(band[1]))}));
  }
  parts.push(...axes(top, t0, t1, x, y, yShare, lang));
  parts.push(svg('path', {class: 'mentions', d: steps(buckets, times, b => b.mentions, x, y)}));
  const negative = buckets.map((b, i) => [i, trailingShare(buckets, i)]);
  parts.push(svg('path', {class: 'negative', d: line(negative, i => x(times[i] + 30000), yShare)}));
  if (usual != null) {
    parts.push(svg('line', {class: 'usual', x1: PAD.left, x2: W - PAD.right, y1: yShare(usual), y2: yShare(usual)}));
  }
  return svg('svg', {class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', preserveAspectRatio: 'none'}, parts);
}

function axes(top, t0, t1, x, y, yShare, lang) {
  const parts = [];
  for (let i = 0; i <= 4; i++) {
    const value = (top * i) / 4;
    parts.push(svg('line', {class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: y(value), y2: y(value)}));
    parts.push(svg('text', {class: 'tick', x: PAD.left - 6, y: y(value) + 4, 'text-anchor': 'end'},
      Number.isInteger(value) ? value : value.toFixed(1)));
    parts.push(svg('text', {class: 'tick share', x: W - PAD.right + 6, y: yShare(i / 4) + 4}, `${i * 25}%`));
  }
  const span = t1 - t0;
  const step = span > 12 * 3600000 ? 3 * 3600000 : span > 4 * 3600000 ? 3600000 : span > 90 * 60000 ? 1800000 : 600000;
  const format = new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {hour: '2-digit', minute: '2-digit'});
  for (let time = Math.ceil(t0 / step) * step; time <= t1; time += step) {
    parts.push(svg('text', {class: 'tick', x: x(time), y: 260 - 8, 'text-anchor': 'middle'}, format.format(time)));
  }
  return parts;
}

/**
 * The negative share of the SHARE_MINUTES up to minute i, or null under SHARE_MIN_MENTIONS: one negative post in a
 * quiet minute is not "100% negative".
 */
function trailingShare(buckets, i) {
  let mentions = 0;
  let negative = 0;
  for (let j = Math.max(0, i - SHARE_MINUTES + 1); j <= i; j++) {
    mentions += buckets[j].mentions;
    negative += buckets[j].negative;
  }
  return mentions >= SHARE_MIN_MENTIONS ? negative / mentions : null;
}

function steps(buckets, times, value, x, y) {
  let d = '';
  buckets.forEach((b, i) => {
    d += `${i === 0 ? 'M' : 'L'}${x(times[i]).toFixed(1)},${y(value(b)).toFixed(1)}`;
    d += `L${x(times[i] + 60000).toFixed(1)},${y(value(b)).toFixed(1)}`;
  });
  return d;
}

function line(points, x, y) {
  let d = '';
  let pen = 'M';
  for (const [i, value] of points) {
    if (value === null) {
      pen = 'M';
      continue;
    }
    d += `${pen}${x(i).toFixed(1)},${y(value).toFixed(1)}`;
    pen = 'L';
  }
  return d;
}

function niceMax(value) {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    if (factor * magnitude >= value) return factor * magnitude;
  }
  return 10 * magnitude;
}
