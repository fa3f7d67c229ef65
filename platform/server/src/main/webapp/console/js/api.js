// The HTTP API with the signed-in user's token; a problem+json answer becomes an ApiError.
import { currentToken } from './oidc.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.title || `HTTP ${status}`);
    this.status = status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.errors = problem.errors || [];
  }
}

async function call(method, path, { query, body, headers = {}, raw = false } = {}) {
  const url = new URL(`/api${path}`, location.origin);
  Object.entries(query || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  });
  const init = { method, headers: { Accept: 'application/json', ...headers } };
  const token = currentToken();
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    if (body instanceof Blob || typeof body === 'string') {
      init.body = body;
    } else {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = 'application/json';
    }
  }
  const response = await fetch(url, init);
  if (!response.ok) {
    let problem = {};
    try { problem = await response.json(); } catch (ignored) { problem = { title: response.statusText }; }
    throw new ApiError(response.status, problem);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const api = {
  get: (path, options) => call('GET', path, options),
  post: (path, body, options = {}) => call('POST', path, { ...options, body }),
  put: (path, body, options = {}) => call('PUT', path, { ...options, body }),
  raw: (method, path, options) => call(method, path, { ...options, raw: true }),
};

/** Saves an export (CSV/XLSX) the API produced, under the name the server suggests. */
export async function download(path, query, fallbackName) {
  const response = await api.raw('GET', path, { query, headers: { Accept: '*/*' } });
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || fallbackName;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
