// Follows GET /alerts/stream with fetch(), because EventSource cannot send the X-Api-Key header; parses the
// server-sent event frames and hands each JSON change to the listeners. Reconnects after a drop.

import {session} from './api.js';

const listeners = new Set();
let controller = null;
let retry = 1000;

/** Calls fn(change) for every alert change until the returned function is called. */
export function onAlertChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Starts following the stream (again); a running one is stopped first. */
export function startStream(onState) {
  stopStream();
  controller = new AbortController();
  follow(controller, onState);
}

/** Stops following the stream. */
export function stopStream() {
  if (controller) controller.abort();
  controller = null;
}

async function follow(own, onState) {
  while (!own.signal.aborted) {
    try {
      const response = await fetch('/alerts/stream', {headers: streamHeaders(), signal: own.signal,
        cache: 'no-store', credentials: 'omit'});
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      onState?.(true);
      retry = 1000;
      await readFrames(response.body, own.signal);
    } catch (error) {
      if (own.signal.aborted) return;
    }
    onState?.(false);
    await new Promise(resolve => setTimeout(resolve, retry));
    retry = Math.min(retry * 2, 15000);
  }
}

function streamHeaders() {
  const all = {Accept: 'text/event-stream'};
  if (session.key()) all['X-Api-Key'] = session.key();
  return all;
}

async function readFrames(body, signal) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  while (!signal.aborted) {
    const {value, done} = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      dispatch(buffer.substring(0, end));
      buffer = buffer.substring(end + 2);
    }
  }
}

/** One frame: its data: lines joined by newlines (a frame may also hold id:, event: or comment lines). */
function dispatch(frame) {
  const data = frame.split('\n').filter(line => line.startsWith('data:'))
    .map(line => line.substring(5).replace(/^ /, '')).join('\n');
  if (!data) return;
  let change;
  try {
    change = JSON.parse(data);
  } catch {
    return;
  }
  for (const fn of listeners) fn(change);
}
