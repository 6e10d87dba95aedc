import { foldVietnamese, normalizePersonName } from '@vinhdanh/domain/text/fold';

export type KnownPerson = {
  id: string;
  fullName: string;
  birthDate: string | null;
  citizenId: string | null;
  unitId: string;
  unitName: string;
  unitPath: string;
};

export type PersonQuery = {
  fullName: string;
  birthDate: string | null;
  citizenId: string | null;
  unitId: string;
};

export type MatchResult =
  | { kind: 'exact'; person: KnownPerson }
  | { kind: 'uncertain'; candidates: { person: KnownPerson; reason: string }[] }
  | { kind: 'conflict'; problem: string; suggestion: string }
  | { kind: 'none' };

/** Folded and without spaces: "Nguyễn Văn  Đức", "Nguyen Van Duc" and "NguyễnVăn Đức" meet here. */
export const compactName = (name: string) => foldVietnamese(name).replace(/ /g, '');

/** People known to the import, found by citizen ID or by compact name. */
export class PeopleIndex {
  private readonly byCitizen = new Map<string, KnownPerson>();
  private readonly byName = new Map<string, KnownPerson[]>();
  private readonly ids = new Set<string>();

  add(person: KnownPerson): void {
    if (this.ids.has(person.id)) return;
    this.ids.add(person.id);
    if (person.citizenId) this.byCitizen.set(person.citizenId, person);
    const key = compactName(person.fullName);
    const list = this.byName.get(key);
    if (list) list.push(person);
    else this.byName.set(key, [person]);
  }

  hasCitizen(citizenId: string): boolean {
    return this.byCitizen.has(citizenId);
  }

  /**
   * Citizen ID decides when present. Otherwise a person is the same only with the
   * same name as written, unit and birth date (both missing counts as the same);
   * a name that differs only in diacritics or spacing, or a birth date missing on
   * one side or different, is a candidate for a human to confirm.
   */
  match(query: PersonQuery, isVisible: (p: KnownPerson) => boolean): MatchResult {
    const name = normalizePersonName(query.fullName);
    const key = compactName(name);
    if (query.citizenId) {
      const owner = this.byCitizen.get(query.citizenId);
      if (owner) {
        if (!isVisible(owner))
          return {
            kind: 'conflict',
            problem: 'Số CCCD thuộc một cá nhân ngoài phạm vi quản lý của bạn.',
            suggestion: 'Kiểm tra lại số CCCD.',
          };
        if (compactName(owner.fullName) !== key)
          return {
            kind: 'conflict',
            problem: `Số CCCD đã thuộc về "${owner.fullName}".`,
            suggestion: 'Kiểm tra lại họ tên hoặc số CCCD.',
          };
        return { kind: 'exact', person: owner };
      }
    }
    const sameName = (this.byName.get(key) ?? []).filter(
      (p) => isVisible(p) && !(p.citizenId && query.citizenId && p.citizenId !== query.citizenId),
    );
    const exact = sameName.filter(
      (p) => p.unitId === query.unitId && p.birthDate === query.birthDate && p.fullName === name,
    );
    if (exact.length === 1) return { kind: 'exact', person: exact[0]! };
    const candidates = sameName
      .filter(
        (p) => p.unitId === query.unitId || (query.birthDate !== null && p.birthDate === query.birthDate),
      )
      .map((p) => ({ person: p, reason: reasonOf(p, name, query) }));
    return candidates.length ? { kind: 'uncertain', candidates } : { kind: 'none' };
  }
}

function reasonOf(p: KnownPerson, name: string, query: PersonQuery): string {
  const reasons: string[] = [];
  if (p.fullName !== name)
    reasons.push(`tên trong hệ thống viết là "${p.fullName}" (khác dấu hoặc khoảng trắng)`);
  if (p.unitId !== query.unitId) reasons.push(`đang thuộc đơn vị khác (${p.unitName})`);
  if (!p.birthDate || !query.birthDate) reasons.push('thiếu ngày sinh để đối chiếu');
  else if (p.birthDate !== query.birthDate) reasons.push(`ngày sinh khác (năm ${p.birthDate.slice(0, 4)})`);
  if (reasons.length === 0) reasons.push('có nhiều người trùng họ tên, ngày sinh và đơn vị');
  return `Cùng họ tên nhưng ${reasons.join('; ')}.`;
}

/** The key an uncertain match is confirmed by: the person as the file describes them. */
export function matchKey(query: PersonQuery): string {
  return matchKeyOfNormalized({ ...query, fullName: normalizePersonName(query.fullName) });
}

/** `matchKey` for a name already passed through `normalizePersonName`. */
export function matchKeyOfNormalized(query: PersonQuery): string {
  return `${query.fullName}|${query.birthDate ?? ''}|${query.citizenId ?? ''}|${query.unitId}`;
}
