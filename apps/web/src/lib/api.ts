import { ui } from '../i18n/ui';

export type ApiErrorDetail = { path: string; message: string };

/** A failed API call: a stable code, a Vietnamese message and per-field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | undefined | null>;
type RequestOptions = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; query?: Query };

// The server binds each session to a CSRF token; every write must echo it.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

/** The server's error answer (the Error schema of the OpenAPI document), when it sent one. */
export type ErrorBody = {
  error?: { code?: string; message?: string; details?: ApiErrorDetail[]; requestId?: string };
} | null;

export function apiErrorFrom(status: number, body: ErrorBody | undefined): ApiError {
  const code = body?.error?.code ?? (status >= 500 ? 'INTERNAL' : 'NOT_FOUND');
  return new ApiError(
    status,
    code,
    // The server's Vietnamese message is the one source; a generic one covers a silent failure.
    body?.error?.message || ui.errors.INTERNAL,
    body?.error?.details ?? [],
    body?.error?.requestId,
  );
}

export async function toApiError(response: Response): Promise<ApiError> {
  const body: ErrorBody = await response.json().catch(() => null);
  return apiErrorFrom(response.status, body);
}

/** The CSRF header a request with this method must carry (writes echo the session's token). */
export function csrfHeaders(method: string): Record<string, string> {
  return method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  // A Blob (a picked File) goes as the raw body with its own type: uploads need no base64 or JSON.
  const raw = options.body instanceof Blob ? options.body : undefined;
  if (raw) headers['content-type'] = raw.type || 'application/octet-stream';
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  Object.assign(headers, csrfHeaders(method));
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', ui.errors.NETWORK);
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
