import { CSRF_HEADER, type ProblemCode } from '@echoboard/contracts';

/** Codes the client adds for failures that never reached (or never came back from) our API. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';
export type ApiErrorCode = ProblemCode | ClientErrorCode;

export interface FieldError {
  path: string;
  message: string;
}

/** A failed API call: the server's problem+json, or a readable stand-in when there was none. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly current: unknown;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    title: string;
    detail: string;
    errors?: FieldError[];
    current?: unknown;
  }) {
    super(init.detail);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.current = init.current;
  }

  /**
   * Field errors keyed by the form field they are about: the server reports `body.title` or
   * `body.labels.2`; a form only knows `title` and `labels`.
   */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) {
      const parts = e.path.split('.').filter((p) => p !== '' && p !== 'body');
      const field = parts[0];
      if (field && !(field in out)) out[field] = e.message;
    }
    return out;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** The message to show a person for any failure, API or not. */
export function describeError(e: unknown): string {
  if (e instanceof ApiError) return e.detail;
  if (e instanceof Error && e.message) return e.message;
  return 'Something went wrong. Try again.';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function fromProblem(status: number, statusText: string, body: unknown): ApiError {
  if (isRecord(body) && typeof body.code === 'string' && typeof body.detail === 'string') {
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(
          (e): e is FieldError => isRecord(e) && typeof e.path === 'string' && typeof e.message === 'string',
        )
      : [];
    return new ApiError({
      status,
      code: body.code as ApiErrorCode,
      title: typeof body.title === 'string' ? body.title : statusText,
      detail: body.detail,
      errors,
      current: body.current,
    });
  }
  return unexpected(status, statusText);
}

function unexpected(status: number, statusText: string): ApiError {
  const label = statusText ? `${status} ${statusText}` : String(status);
  const detail =
    status >= 500
      ? `The server had a problem (${label}). Try again in a moment.`
      : `The server answered with an unexpected ${label}. Reload the page and try again.`;
  return new ApiError({ status, code: 'UNEXPECTED_RESPONSE', title: statusText || 'Error', detail });
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called whenever the server says the session is gone (401), so the app can ask to sign in. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/** Calls the API under /api. Resolves with the parsed JSON (undefined for 204); rejects with ApiError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal } = options;
  let url = `/api${path}`;
  if (query) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
    const qs = params.toString();
    if (qs) url += `?${qs}`;
  }
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  // Every state-changing call carries the CSRF header: a cross-site form cannot send it.
  if (method !== 'GET') headers[CSRF_HEADER] = '1';

  const response = await send(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (response.status === 204) return undefined as T;
  if (!response.ok) throw await problemOf(response);
  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    throw unexpected(response.status, response.statusText);
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw unexpected(response.status, response.statusText);
  }
}

/** The failure to show when a request never reached the server, or its answer broke off. */
export const networkError = () =>
  new ApiError({
    status: 0,
    code: 'NETWORK_ERROR',
    title: 'Network error',
    detail: 'Can’t reach the Echoboard server. Check your connection, then try again.',
  });

/** fetch, with a network failure (fetch throwing) turned into a readable ApiError. */
export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw networkError();
  }
}

/** The ApiError for a response that is not ok, from its problem+json body when it has one. */
export async function problemOf(response: Response): Promise<ApiError> {
  let parsed: unknown;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      parsed = await response.json();
    } catch {
      // Not JSON after all: fromProblem falls back to a message from the status.
    }
  }
  if (response.status === 401) for (const listener of unauthenticatedListeners) listener();
  return fromProblem(response.status, response.statusText, parsed);
}

/**
 * POSTs a JSON body with upload progress (fetch cannot report it), for big imports. `onProgress`
 * gets the share sent, 0 to 1; once everything is sent the server still has work to do.
 */
export function upload<T>(path: string, body: unknown, onProgress: (share: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiError({
          status: 0,
          code: 'NETWORK_ERROR',
          title: 'Network error',
          detail: 'Could not reach the Echoboard server. Check your connection and try again.',
        }),
      );
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        return reject(unexpected(xhr.status, xhr.statusText));
      }
      if (xhr.status === 401) for (const listener of unauthenticatedListeners) listener();
      if (xhr.status < 200 || xhr.status >= 300) return reject(fromProblem(xhr.status, xhr.statusText, parsed));
      resolve(parsed as T);
    };
    xhr.send(JSON.stringify(body));
  });
}
