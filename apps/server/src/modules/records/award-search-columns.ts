// Award search's two stored columns (award.scope_unit_id, award.sort_name; migrations 0054, 0055)
// computed set-based, for the bulk `INSERT INTO award … SELECT` statements (the staged import, the
// benches' seeds). The rules are award_search_subject()'s: a PERSON's unit and person.name_sort; a
// HOUSEHOLD's unit and that unit's name; any other subject the collective's unit, else the subject id
// itself (an org unit as a collective), and that unit's name. Since 0055 the trigger takes an inserted
// row that carries scope_unit_id as given, so one join per statement replaces its two lookups per row.

export type AwardSubjectType = 'PERSON' | 'HOUSEHOLD' | 'COLLECTIVE';

export type AwardSearchColumns = {
  /** LEFT JOINs to append after the statement's FROM items. */
  joins: string;
  /** The expression for scope_unit_id. */
  scopeUnitId: string;
  /** The expression for sort_name. */
  sortName: string;
};

/**
 * SQL text for the award search columns of rows whose subjects are all of `subjectType`; `tenant` and
 * `subjectId` are SQL expressions of the SELECT (e.g. `$1`, `x.person_id`). Every join is filtered
 * by the tenant, so on Citus it stays co-located (docs/scale-out.md). A missing subject leaves both
 * null, as the trigger would (the award stays out of search until the subject exists).
 */
export function awardSearchColumns(
  subjectType: AwardSubjectType,
  tenant: string,
  subjectId: string,
): AwardSearchColumns {
  const unit = (id: string) => `LEFT JOIN org_unit aw_u ON aw_u.tenant_id = ${tenant} AND aw_u.id = ${id}`;
  if (subjectType === 'PERSON') {
    // person.name_sort is NOT NULL, so the unit's name is never needed.
    return {
      joins: `LEFT JOIN person aw_p ON aw_p.tenant_id = ${tenant} AND aw_p.id = ${subjectId}`,
      scopeUnitId: 'aw_p.unit_id',
      sortName: 'aw_p.name_sort',
    };
  }
  if (subjectType === 'HOUSEHOLD') {
    return {
      joins: `LEFT JOIN household aw_h ON aw_h.tenant_id = ${tenant} AND aw_h.id = ${subjectId}
        ${unit('aw_h.unit_id')}`,
      scopeUnitId: 'aw_h.unit_id',
      sortName: 'aw_u.name',
    };
  }
  return {
    joins: `LEFT JOIN collective aw_c ON aw_c.tenant_id = ${tenant} AND aw_c.id = ${subjectId}
      ${unit(`coalesce(aw_c.unit_id, ${subjectId})`)}`,
    scopeUnitId: `coalesce(aw_c.unit_id, ${subjectId})`,
    sortName: 'aw_u.name',
  };
}
