import { isCitizen } from '@vinhdanh/domain/auth/roles';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../../lib/context';
import { SESSION_COOKIE } from '../auth/auth.routes';
import { resolveSession } from '../auth/auth.service';

/**
 * The citizen account signed in on this browser, for the portal's own pages (outside /api, where
 * no session is resolved). Only a citizen of the portal's tenant counts; anyone else files as an
 * anonymous member of the public, as before.
 */
export async function signedInCitizen(
  c: Context<AppEnv>,
  tenantId: string,
): Promise<{ userId: string; fullName: string } | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return undefined;
  const resolved = await resolveSession(c.get('deps'), token);
  if (!resolved || !isCitizen(resolved.actor.roles) || resolved.actor.tenantId !== tenantId) return undefined;
  return { userId: resolved.actor.userId, fullName: resolved.row.fullName };
}
