import { newId } from '../../lib/ids';
import type { FieldValue } from './import-kind';
import type { Writes } from './import-writes';
import type { UnitRow } from './imports.repository';
import type { ParsedLine } from './parse-sheet';

type Report = (row: number, columnKey: string, problem: string, suggestion: string | null) => void;

type Group = {
  title: string;
  values: Record<string, FieldValue>;
  unitId: string;
  rows: number[];
  authors: Map<string, number>;
  isPending: boolean;
  hasError: boolean;
};

const titleKey = (title: string, year: FieldValue | undefined) => `${title.toLocaleLowerCase('vi')}|${year}`;
const SAME_FOR_ALL_AUTHORS = ['type', 'scope', 'recognizedBy', 'decisionNumber', 'decisionDate'];

/**
 * An initiative spans one row per author: rows with the same title and year are
 * one initiative, and its natural key is title + year + the set of authors.
 */
export class InitiativeGroups {
  private readonly groups = new Map<string, Group>();

  constructor(
    private readonly tenantId: string,
    private readonly report: Report,
  ) {}

  add(line: ParsedLine, unit: UnitRow, personId: string | null) {
    const v = line.values;
    const key = titleKey(String(v.title), v.year);
    let group = this.groups.get(key);
    if (!group) {
      group = {
        title: String(v.title),
        values: v,
        unitId: unit.id,
        rows: [],
        authors: new Map(),
        isPending: false,
        hasError: false,
      };
      this.groups.set(key, group);
    }
    group.rows.push(line.row);
    for (const column of SAME_FOR_ALL_AUTHORS) {
      if (v[column] !== group.values[column]) {
        this.report(
          line.row,
          column,
          'Khác với dòng đầu của cùng sáng kiến.',
          'Các dòng cùng tên và năm phải ghi giống nhau.',
        );
        group.hasError = true;
      }
    }
    if (personId === null) {
      group.isPending = true;
      return;
    }
    if (group.authors.has(personId)) {
      this.report(line.row, 'fullName', 'Tác giả bị ghi hai lần cho cùng sáng kiến.', 'Xóa dòng trùng.');
      group.hasError = true;
    }
    group.authors.set(personId, Number(v.sharePct));
  }

  titles(): string[] {
    return [...new Set([...this.groups.values()].map((g) => g.title))];
  }

  plan(
    writes: Writes,
    existing: { id: string; title: string; year: number; authorId: string | null }[],
  ): { unchanged: number; errorRows: number } {
    const known = new Map<string, Map<string, Set<string>>>();
    for (const row of existing) {
      const key = titleKey(row.title, row.year);
      const byId = known.get(key) ?? new Map<string, Set<string>>();
      const authors = byId.get(row.id) ?? new Set<string>();
      if (row.authorId) authors.add(row.authorId);
      byId.set(row.id, authors);
      known.set(key, byId);
    }
    let unchanged = 0;
    let errorRows = 0;
    for (const [key, group] of this.groups) {
      if (group.hasError) {
        errorRows += 1;
        continue;
      }
      if (group.isPending) continue;
      const total = [...group.authors.values()].reduce((a, b) => a + b, 0);
      if (total > 100) {
        this.report(
          group.rows[0]!,
          'sharePct',
          `Tổng tỷ lệ đóng góp của các tác giả là ${total}%, vượt 100%.`,
          null,
        );
        errorRows += group.rows.length;
        continue;
      }
      const authorIds = [...group.authors.keys()].sort().join(',');
      const same = [...(known.get(key)?.values() ?? [])].some((a) => [...a].sort().join(',') === authorIds);
      if (same) {
        unchanged += group.rows.length;
        continue;
      }
      const v = group.values;
      const id = newId();
      writes.initiative.push([
        this.tenantId,
        id,
        group.title,
        v.type,
        v.scope,
        v.year,
        group.unitId,
        v.recognizedBy,
        v.decisionNumber,
        v.decisionDate,
      ]);
      for (const [personId, share] of group.authors)
        writes.initiative_author.push([this.tenantId, id, personId, share]);
    }
    return { unchanged, errorRows };
  }
}
