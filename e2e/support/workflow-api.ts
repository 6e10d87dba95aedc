import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './login';

// API helpers for the proposal workflow specs: set-up data the path needs (nominees' histories,
// council members) and quick sign-ins for the many actors of one dossier.

/** Signs in through the API (the browser context keeps the cookie), replacing any session. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  const res = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok(), `đăng nhập ${username}: ${res.status()}`).toBeTruthy();
}

export async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.ok(), `${url} trả về ${res.status()}`).toBeTruthy();
  return (await res.json()) as T;
}

/** A write as the signed-in user: echoes the session's CSRF token, as the web app does. */
export async function postJson<T>(page: Page, url: string, data: unknown): Promise<T> {
  const me = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
  const res = await page.request.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(res.ok(), `${url} trả về ${res.status()}: ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

/** An upload as the web app sends it: the raw file as the body, its name in the query, the CSRF header. */
export async function postFile<T>(page: Page, url: string, name: string, bytes: Buffer): Promise<T> {
  const me = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
  const target = `${url}${url.includes('?') ? '&' : '?'}name=${encodeURIComponent(name)}`;
  const res = await page.request.post(target, {
    data: bytes,
    headers: { 'x-csrf-token': me.csrfToken, 'content-type': 'application/octet-stream' },
  });
  expect(res.ok(), `${target} trả về ${res.status()}: ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

export async function unitIds(page: Page): Promise<Record<string, string>> {
  const { items } = await getJson<{ items: { id: string; code: string }[] }>(page, '/api/org-units');
  return Object.fromEntries(items.map((u) => [u.code, u.id]));
}

/**
 * A person of the unit eligible for Chiến sĩ thi đua cấp tỉnh in `year` when `eligible`: CSTĐ cơ sở
 * in the three years up to `year` and an applied initiative of provincial scope (law case T6).
 */
export async function createNominee(
  page: Page,
  unitId: string,
  fullName: string,
  year: number,
  eligible: boolean,
) {
  const person = await postJson<{ id: string }>(page, '/api/people', { fullName, gender: 'NAM', unitId });
  if (!eligible) return person.id;
  for (const y of [year - 2, year - 1, year]) {
    await postJson(page, '/api/ratings', { subjectId: person.id, year: y, rating: 'HTXSNV' });
    await postJson(page, '/api/awards', { subjectId: person.id, awardCode: 'CSTDCS', year: y });
  }
  await postJson(page, '/api/initiatives', {
    title: `Sáng kiến cấp tỉnh của ${fullName}`,
    type: 'SANG_KIEN',
    scope: 'BO_TINH',
    year,
    isApplied: true,
    authors: [{ personId: person.id, sharePct: 100 }],
  });
  return person.id;
}

export async function createCouncilMember(
  page: Page,
  username: string,
  fullName: string,
  unitId: string,
  rootId: string,
) {
  const user = await postJson<{ id: string }>(page, '/api/users', {
    username,
    fullName,
    password: DEMO_PASSWORD,
    roles: ['COUNCIL_MEMBER'],
    unitId,
    scopeUnitId: rootId,
  });
  return user.id;
}
