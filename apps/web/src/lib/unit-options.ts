import { useQuery } from '@tanstack/react-query';
import { api } from './api';

type UnitRow = {
  id: string;
  parentId: string | null;
  path: string;
  name: string;
  status: 'ACTIVE' | 'DISSOLVED';
};
export type UnitOption = {
  id: string;
  label: string;
  name: string;
  status: UnitRow['status'];
  depth: number;
};

const collator = new Intl.Collator('vi');

/** Units in tree order (parents before children, siblings in Vietnamese order), for pickers. */
export function toUnitOptions(rows: UnitRow[]): UnitOption[] {
  const children = new Map<string | null, UnitRow[]>();
  const ids = new Set(rows.map((row) => row.id));
  for (const row of rows) {
    const parent = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const result: UnitOption[] = [];
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => collator.compare(a.name, b.name));
    for (const row of list) {
      result.push({ id: row.id, name: row.name, status: row.status, depth, label: row.name });
      walk(row.id, depth + 1);
    }
  };
  walk(null, 0);
  return result;
}

export function useUnitOptions() {
  return useQuery({
    queryKey: ['org-units', 'options'],
    queryFn: async () => toUnitOptions((await api<{ items: UnitRow[] }>('/org-units')).items),
    staleTime: 60_000,
  });
}
