import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { councilSessionRef, sessionMinutes } from '../councils/index';
import { userName } from '../proposals/index';
import { renderCouncilMinutesDocx } from './council-minutes-docx';
import { loadDocumentSettings } from './document-settings.repository';
import { findDocumentUnit } from './document-units.repository';

/**
 * The Biên bản họp Hội đồng (.docx) of a closed session, in the scope of the unit whose council
 * sat. The tallies come from the minutes data (counters only: ballots are secret, so the document
 * cannot say who voted what).
 */
export async function generateCouncilMinutesDocx(db: Db, ctx: RequestContext, sessionId: string) {
  const session = await requireAccess(db, ctx, 'document:generate', councilSessionRef(sessionId));
  const tenantId = ctx.actor.tenantId;
  // Refuses an open session with COUNCIL_NOT_CLOSED: there is no result to record yet.
  const minutes = await sessionMinutes(db, ctx, sessionId);
  // One query at a time: `db` may be a transaction (pg 9 refuses concurrent queries on one client).
  const unit = await findDocumentUnit(db, tenantId, session.unitId);
  const secretary = await userName(db, tenantId, session.createdBy);
  const settings = await loadDocumentSettings(db, tenantId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  const file = await renderCouncilMinutesDocx({
    minutes,
    unitName: unit.name,
    placeName: settings.placeName,
    secretary: secretary ?? '',
  });
  return { file, name: `bien-ban-hop-hoi-dong-${minutes.session.meetingOn}.docx` };
}
