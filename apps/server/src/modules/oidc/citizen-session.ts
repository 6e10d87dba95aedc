import { isCitizen } from '@vinhdanh/domain/auth/roles';
import type { Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { AppEnv } from '../../lib/context';
import { logout, resolveSession, SESSION_COOKIE } from '../auth/index';

export type SignedInCitizen = {
  userId: string;
  fullName: string;
  tokenHash: string;
  /** Put in the portal's logout form: the portal has no script to send it as a header. */
  csrfToken: string;
};

/**
 * The citizen account signed in on this browser, for the portal's own pages (outside /api, where
 * no session is resolved). Only a citizen of the portal's tenant counts; anyone else files as an
 * anonymous member of the public, as before.
 */
export async function signedInCitizen(
  c: Context<AppEnv>,
  tenantId: string,
): Promise<SignedInCitizen | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return undefined;
  const resolved = await resolveSession(c.get('deps'), token);
  if (!resolved || !isCitizen(resolved.actor.roles) || resolved.actor.tenantId !== tenantId) return undefined;
  return {
    userId: resolved.actor.userId,
    fullName: resolved.row.fullName,
    tokenHash: resolved.session.tokenHash,
    csrfToken: resolved.session.csrfToken,
  };
}

/** Ends the citizen's session on the server and drops its cookie (the portal's "Đăng xuất"). */
export async function signOutCitizen(c: Context<AppEnv>, tenantId: string, citizen: SignedInCitizen) {
  await logout(c.get('deps'), tenantId, citizen.tokenHash);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Where a signed-in citizen lands: their filings on the portal. */
export const MY_FILINGS_PATH = '/cong-khai/ho-so-cua-toi';
