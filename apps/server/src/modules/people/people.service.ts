import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import type { Db } from '../../db/client';
import { personEmployment } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { findUnit, unitRef } from '../org-units/index';
import { personNameColumns } from '../tenants/index';
import { presentPerson } from './people.presenter';
import {
  countPeople,
  findPerson,
  findPersonRecords,
  insertPerson,
  listPeople,
  updatePersonRow,
} from './people.repository';
import type { CreatePersonInput, ListPeopleQuery, UpdatePersonInput } from './people.schemas';
import { transferPeople } from './people-employment.repository';
import { cachedPage } from './people-page-cache';
import { personActions, personRef } from './person-access';

async function scopePrefix(db: Db, ctx: RequestContext, unitId: string | undefined): Promise<string> {
  if (!unitId) return ctx.actor.scopePath;
  const unit = await findUnit(db, ctx.actor.tenantId, unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, 'person:read', unit);
  return unit.path;
}

/**
 * A page of the list as the JSON the route sends, from the page cache when a current copy is there
 * (docs/decisions/021). A hit still goes through the same checks: the role's permission, and the
 * chosen unit's path (stored with the page) against the reader's scope. Readers of the same scope
 * that miss the same page at once share one read of it.
 */
export async function searchPeopleBody(
  db: Db,
  ctx: RequestContext,
  query: ListPeopleQuery,
  cacheSeconds: number,
): Promise<string> {
  authorize(ctx.actor, 'person:read');
  const { tenantId, scopePath } = ctx.actor;
  const folded = query.q ? foldVietnamese(query.q) : undefined;
  const key = [
    scopePath,
    query.unitId ?? null,
    folded ?? null,
    query.sort,
    query.page,
    query.pageSize,
    query.cursor ?? null,
  ];
  const page = await cachedPage(db, tenantId, key, cacheSeconds, async () => {
    const prefix = await scopePrefix(db, ctx, query.unitId);
    return { body: JSON.stringify(await readPeoplePage(db, ctx, query, prefix, folded)), prefix };
  });
  // A page read for another reader of the same scope (from the cache, or a read under way).
  if (query.unitId) authorize(ctx.actor, 'person:read', { tenantId, path: page.prefix });
  return page.body;
}

/** A page read from the database every time (what the cache keeps; the screens bench times it). */
export async function searchPeople(db: Db, ctx: RequestContext, query: ListPeopleQuery) {
  authorize(ctx.actor, 'person:read');
  const prefix = await scopePrefix(db, ctx, query.unitId);
  return readPeoplePage(db, ctx, query, prefix, query.q ? foldVietnamese(query.q) : undefined);
}

async function readPeoplePage(
  db: Db,
  ctx: RequestContext,
  query: ListPeopleQuery,
  prefix: string,
  folded: string | undefined,
) {
  const { rows, total, totalCapped, nextCursor } = await listPeople(db, ctx.actor.tenantId, prefix, {
    foldedQuery: folded,
    sort: query.sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    cursor: query.cursor,
  });
  return {
    items: rows.map((r) => presentPerson(r, false)),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
    nextCursor,
  };
}

/** How many people the actor's scope (or the chosen unit's subtree) holds: the exact figure. */
export async function countPeopleInScope(db: Db, ctx: RequestContext, unitId: string | undefined) {
  authorize(ctx.actor, 'person:read');
  const prefix = await scopePrefix(db, ctx, unitId);
  return { total: await countPeople(db, ctx.actor.tenantId, prefix) };
}

/** Every row matching the search, for export (capped to keep memory bounded). */
export async function exportPeople(
  db: Db,
  ctx: RequestContext,
  query: Omit<ListPeopleQuery, 'page' | 'pageSize' | 'cursor'>,
) {
  authorize(ctx.actor, 'person:export');
  const prefix = await scopePrefix(db, ctx, query.unitId);
  const folded = query.q ? foldVietnamese(query.q) : undefined;
  const { rows } = await listPeople(db, ctx.actor.tenantId, prefix, {
    foldedQuery: folded,
    sort: query.sort,
    limit: 50_000,
    count: false,
  });
  return rows.map((r) => presentPerson(r, false));
}

/** A person's page. Revealing sensitive fields needs its own permission and is audited. */
export async function getPerson(db: Db, ctx: RequestContext, id: string, reveal: boolean) {
  const row = await requireAccess(db, ctx, 'person:read', personRef(id));
  if (reveal) {
    authorize(ctx.actor, 'person:readSensitive', { tenantId: row.person.tenantId, path: row.unitPath });
    await appendAudit(db, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'person.readSensitive',
      entityType: 'person',
      entityId: id,
      requestId: ctx.requestId,
    });
  }
  const records = await findPersonRecords(db, ctx.actor.tenantId, id);
  return { person: presentPerson(row, reveal), ...records, allowedActions: personActions(ctx.actor, row) };
}

export async function createPerson(db: Db, ctx: RequestContext, input: CreatePersonInput) {
  const unit = await requireAccess(db, ctx, 'person:create', unitRef(input.unitId));
  if (unit.status !== 'ACTIVE') throw new AppError('UNIT_NOT_ACTIVE');
  return db.transaction(async (tx) => {
    const id = newId();
    const values = { ...input, ...personNameColumns(input.fullName), tenantId: ctx.actor.tenantId, id };
    await insertPerson(tx, values).catch(rethrowUnique('DUPLICATE_CITIZEN_ID'));
    await tx.insert(personEmployment).values({
      tenantId: ctx.actor.tenantId,
      id: newId(),
      personId: id,
      unitId: unit.id,
      position: input.position ?? null,
      fromDate: input.recruitedOn ?? todayVn(),
    });
    const created = (await findPerson(tx, ctx.actor.tenantId, id))!;
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'person.create',
      entityType: 'person',
      entityId: id,
      after: presentPerson(created, false),
      requestId: ctx.requestId,
    });
    return presentPerson(created, false);
  });
}

export async function updatePerson(db: Db, ctx: RequestContext, id: string, input: UpdatePersonInput) {
  const before = await requireAccess(db, ctx, 'person:update', personRef(id));
  return db.transaction(async (tx) => {
    const { version, transferDate, unitId, fullName, ...rest } = input;
    const fields = { ...rest, ...(fullName ? personNameColumns(fullName) : {}) };
    if (unitId && unitId !== before.person.unitId) {
      const target = await findUnit(tx, ctx.actor.tenantId, unitId);
      if (!target) throw new AppError('ORG_UNIT_NOT_FOUND');
      authorize(ctx.actor, 'person:update', target);
      if (target.status !== 'ACTIVE') throw new AppError('UNIT_NOT_ACTIVE');
      await transferPeople(tx, ctx.actor.tenantId, [id], unitId, transferDate ?? todayVn());
    }
    const ok = await updatePersonRow(tx, ctx.actor.tenantId, id, version, fields).catch(
      rethrowUnique('DUPLICATE_CITIZEN_ID'),
    );
    if (!ok) throw new AppError('VERSION_CONFLICT');
    const after = (await findPerson(tx, ctx.actor.tenantId, id))!;
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      before: presentPerson(before, false),
      after: presentPerson(after, false),
      requestId: ctx.requestId,
    });
    return presentPerson(after, false);
  });
}
