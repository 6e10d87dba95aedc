import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import type { Db } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { findUnit } from '../org-units/index';
import { presentAwardHit } from './award-search.presenter';
import { type AwardFilter, searchAwardRows } from './award-search.repository';
import type { SearchAwardsQuery } from './award-search.schemas';

/** Exports stop here, so one request cannot hold a whole province in memory. */
export const EXPORT_LIMIT = 50_000;

async function scopePrefix(db: Db, ctx: RequestContext, unitId: string | undefined) {
  if (!unitId) return ctx.actor.scopePath;
  const unit = await findUnit(db, ctx.actor.tenantId, unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, 'record:read', unit);
  return unit.path;
}

function filterOf(query: Omit<SearchAwardsQuery, 'page' | 'pageSize' | 'cursor'>): AwardFilter {
  return {
    foldedName: query.q ? foldVietnamese(query.q) : undefined,
    subjectId: query.subjectId,
    awardCode: query.awardCode,
    kind: query.kind,
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
    decisionNumber: query.decisionNumber,
  };
}

/**
 * A page of awards with its capped count. The units under the prefix are kept `scopeSeconds`
 * (VINHDANH_PAGE_CACHE_SECONDS, docs/decisions/021); 0 reads them each time.
 */
export async function searchAwards(db: Db, ctx: RequestContext, query: SearchAwardsQuery, scopeSeconds = 0) {
  authorize(ctx.actor, 'record:read');
  const prefix = await scopePrefix(db, ctx, query.unitId);
  const { rows, total, totalCapped, nextCursor } = await searchAwardRows(
    db,
    ctx.actor.tenantId,
    prefix,
    filterOf(query),
    {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
      cursor: query.cursor,
      count: 'capped',
      scopeSeconds,
    },
  );
  return {
    items: rows.map(presentAwardHit),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
    nextCursor,
  };
}

export async function exportAwards(
  db: Db,
  ctx: RequestContext,
  query: Omit<SearchAwardsQuery, 'page' | 'pageSize' | 'cursor'>,
  scopeSeconds = 0,
) {
  authorize(ctx.actor, 'record:read');
  const prefix = await scopePrefix(db, ctx, query.unitId);
  const { rows } = await searchAwardRows(db, ctx.actor.tenantId, prefix, filterOf(query), {
    limit: EXPORT_LIMIT,
    scopeSeconds,
  });
  return rows.map(presentAwardHit);
}
