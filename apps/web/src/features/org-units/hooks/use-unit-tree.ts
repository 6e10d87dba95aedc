import { useMemo } from 'react';
import type { OrgUnit } from '../api/org-units.types';

export type UnitNode = { unit: OrgUnit; children: UnitNode[] };

const collator = new Intl.Collator('vi');

/** Builds the tree from the flat list; units whose parent is out of scope become roots. */
export function buildUnitTree(units: OrgUnit[], showDissolved: boolean): UnitNode[] {
  const visible = units.filter((unit) => showDissolved || unit.status === 'ACTIVE');
  const ids = new Set(visible.map((unit) => unit.id));
  const byParent = new Map<string | null, OrgUnit[]>();
  for (const unit of visible) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const build = (parent: string | null): UnitNode[] =>
    [...(byParent.get(parent) ?? [])]
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((unit) => ({ unit, children: build(unit.id) }));
  return build(null);
}

export function useUnitTree(units: OrgUnit[] | undefined, showDissolved: boolean) {
  return useMemo(() => buildUnitTree(units ?? [], showDissolved), [units, showDissolved]);
}
