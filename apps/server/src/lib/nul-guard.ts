import type { Context, Next } from 'hono';
import { AppError } from './errors';

// PostgreSQL cannot store U+0000 in text, so a NUL anywhere in the input reached the database and
// came back as a 500 (11 of 12 hostile bodies, login included). No Vietnamese text needs it:
// refuse it at the edge, before any route, with the usual 400.

const NUL_MESSAGE = 'Dữ liệu gửi lên chứa ký tự NUL (mã 0), không được chấp nhận.';

/** The path of the first string (or key) holding a NUL, or null. */
export function findNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\0') ? path || '(gốc)' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findNul(v, path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      if (k.includes('\0')) return at;
      const found = findNul(v, at);
      if (found) return found;
    }
  }
  return null;
}

const refuse = (path: string) => new AppError('INVALID_INPUT', [{ path, message: NUL_MESSAGE }]);

export async function nulGuard(c: Context, next: Next) {
  // Path and query: a percent-encoded NUL (a raw one cannot travel in a URL).
  const url = c.req.url;
  if (/%00/.test(url)) throw refuse(url.includes('?') && /%00/.test(url.split('?')[1]!) ? 'query' : 'path');
  if ((c.req.header('content-type') ?? '').includes('application/json')) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = undefined; // malformed JSON: the route's own parsing answers it
    }
    const found = findNul(body);
    if (found) throw refuse(found);
  }
  await next();
}
