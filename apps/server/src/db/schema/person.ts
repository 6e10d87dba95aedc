import { LEADER_LEVELS } from '@vinhdanh/domain/reports/leader-levels';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnit } from './org-unit';

export const SUBJECT_GROUPS = ['CBCCVC', 'CONG_NHAN', 'NONG_DAN', 'NGUOI_LAO_DONG', 'LLVT'] as const;

export const person = pgTable(
  'person',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    unitId: uuid('unit_id').notNull(),
    fullName: text('full_name').notNull(),
    /** Folded name ("nguyen van duc") for diacritic-insensitive search. */
    nameSearch: text('name_search').notNull(),
    /** Vietnamese-order sort key (given name first), compared with COLLATE "C". */
    nameSort: text('name_sort').notNull(),
    gender: text('gender', { enum: ['NAM', 'NU'] }).notNull(),
    // Sensitive personal data (citizen ID, birth date, ethnicity): masked unless revealed.
    birthDate: date('birth_date', { mode: 'string' }),
    ethnicity: text('ethnicity'),
    citizenId: text('citizen_id'),
    position: text('position'),
    isLeader: boolean('is_leader').notNull().default(false),
    isDirectWorker: boolean('is_direct_worker').notNull().default(false),
    subjectGroup: text('subject_group', { enum: SUBJECT_GROUPS }).notNull().default('CBCCVC'),
    recruitedOn: date('recruited_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [orgUnit.tenantId, orgUnit.id] }),
    index('person_unit_idx').on(t.tenantId, t.unitId),
    // The list's name order, byte-wise as the list sorts it (people.repository.ts), ending with the
    // id as its keys do: a page reads its 21 rows in order instead of sorting the whole scope (issue 19).
    index('person_name_sort_idx').on(t.tenantId, sql`${t.nameSort} COLLATE "C"`, t.id),
    // Search without diacritics (LIKE '%q%' on the folded name) through pg_trgm, migration 0039.
    // Not led by tenant_id (that needs btree_gin): a province is one tenant, so a tenant_id key in a
    // GIN index adds a posting list of every row, and the planner then never picks the index.
    index('person_name_trgm_idx').using('gin', t.nameSearch.op('gin_trgm_ops')),
    uniqueIndex('person_citizen_uq').on(t.tenantId, t.citizenId),
  ],
);

/** Where a person worked and when; the open row (to = null) is the current post. */
export const personEmployment = pgTable(
  'person_employment',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    position: text('position'),
    /** Leader level of this post for the statistical forms 0602/0603 (TT 2/2023/TT-BNV); null = none of the five. */
    leaderLevel: text('leader_level', { enum: LEADER_LEVELS }),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [person.tenantId, person.id] }),
    foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [orgUnit.tenantId, orgUnit.id] }),
    index('person_employment_person_idx').on(t.tenantId, t.personId),
  ],
);

/** A collective that can be rewarded: an org unit itself, or a named team inside one. */
export const collective = pgTable(
  'collective',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    unitId: uuid('unit_id').notNull(),
    kind: text('kind', { enum: ['ORG_UNIT', 'TEAM'] }).notNull(),
    name: text('name').notNull(),
    /** Counted on the "of which: enterprises" row of forms 0602/0603; an org unit of type DOANH_NGHIEP always is. */
    isEnterprise: boolean('is_enterprise').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [orgUnit.tenantId, orgUnit.id] }),
    // Award search finds a unit subtree's teams through it (issue 19).
    index('collective_unit_idx').on(t.tenantId, t.unitId),
  ],
);

/** A household, for the title Gia đình văn hóa; it belongs to a village or commune unit. */
export const household = pgTable(
  'household',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    unitId: uuid('unit_id').notNull(),
    headName: text('head_name').notNull(),
    address: text('address').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [orgUnit.tenantId, orgUnit.id] }),
    // Award search finds a unit subtree's households through it (issue 19).
    index('household_unit_idx').on(t.tenantId, t.unitId),
  ],
);
