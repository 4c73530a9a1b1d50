// Talks to crisis-api on this origin. The API key lives in sessionStorage only (gone when the tab closes) and is
// sent as the X-Api-Key header: never in a URL, never logged.

const KEY = 'flarewatch.apiKey';
const NAME = 'flarewatch.name';

/** An answer other than 2xx, with the problem detail of crisis-api when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export const session = {
  key: () => sessionStorage.getItem(KEY),
  name: () => sessionStorage.getItem(NAME) || '',
  signIn(key, name) {
    sessionStorage.setItem(KEY, key);
    sessionStorage.setItem(NAME, name);
  },
  setName: name => sessionStorage.setItem(NAME, name),
  signOut() {
    sessionStorage.removeItem(KEY);
    sessionStorage.removeItem(NAME);
  },
};

function headers(extra = {}) {
  const all = {Accept: 'application/json', ...extra};
  const key = session.key();
  if (key) all['X-Api-Key'] = key;
  return all;
}

async function request(method, path, body) {
  const init = {method, headers: headers(body === undefined ? {} : {'Content-Type': 'application/json'}),
    cache: 'no-store', credentials: 'omit'};
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(path, init);
  const text = await response.text();
  const data = text ? safeJson(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return {detail: text};
  }
}

/** Builds "path?a=1&b=2" leaving out empty values. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') query.set(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const api = {
  get: (path, params) => request('GET', withQuery(path, params)),
  post: (path, body) => request('POST', path, body ?? {}),
  put: (path, body) => request('PUT', path, body),
  del: path => request('DELETE', path),
};

/** The sentiment of a mention as an object, whether the API sent an object or a JSON string. */
export function sentimentOf(mention) {
  const value = mention?.sentiment;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value);
    } catch {
      return null;
    }
  }
  return value || null;
}

/** A JSON value that may come as a JSON string (older answers), as the value itself. */
export function jsonValue(value) {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
