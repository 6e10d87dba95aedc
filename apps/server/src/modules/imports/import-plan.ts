import { type Actor, isInScope } from '@vinhdanh/domain/auth/policy';
import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import type { Db, Tx } from '../../db/client';
import { newId } from '../../lib/ids';
import { todayVn } from '../../platform/clock';
import { personNameColumns } from '../tenants/index';
import { type AwardCodeCheck, loadAwardCodeCheck } from './award-codes';
import { KIND_DEFS } from './import-columns';
import type { FieldValue, ImportKind, Problem } from './import-kind';
import { emptyWrites, type Writes } from './import-writes';
import {
  loadAwardKeys,
  loadDecisions,
  loadInitiatives,
  loadPeople,
  loadRatings,
  loadUnits,
  type UnitRow,
} from './imports.repository';
import type { UncertainMatch } from './imports.schemas';
import { InitiativeGroups } from './initiative-groups';
import type { ParsedLine } from './parse-sheet';
import { compactName, type KnownPerson, matchKey, PeopleIndex, type PersonQuery } from './person-match';

/** What the officer chose for an uncertain match: an existing person, or a new one. */
export type Confirmations = Map<string, string | 'NEW'>;

const MAX_PROBLEMS = 5_000;
const header = (kind: ImportKind, key: string) =>
  KIND_DEFS[kind].columns.find((c) => c.key === key)?.header ?? key;
/**
 * A decision is its issuer's number in the year of signing: each issuer keeps its own register and
 * numbering restarts every year, so 15/QĐ-UBND of one commune is not another's. The issuer is matched
 * as written (the register's own key, db/schema/records.ts `decision_external_number_year_uq`).
 */
const decisionKeyOf = (number: string, signedOn: string, issuer: string) =>
  `${number}|${signedOn.slice(0, 4)}|${issuer}`;
const str = (v: FieldValue | undefined) => (v === null || v === undefined ? null : String(v));

type Resolved = { line: ParsedLine; unit: UnitRow; personId: string | null };

/**
 * Turns parsed rows into inserts, batch by batch, against what the database
 * already holds: natural keys decide what is new, so a second run plans nothing.
 */
export class ImportPlanner {
  readonly problems: Problem[] = [];
  readonly matches = new Map<string, UncertainMatch>();
  errorRows = 0;
  rows = 0;
  unchanged = 0;
  problemCount = 0;
  private unitsByCode = new Map<string, UnitRow>();
  private unitsByName = new Map<string, UnitRow[]>();
  /** Good units by the text of the cell, so millions of rows fold each spelling once. */
  private readonly unitsByRaw = new Map<string, UnitRow>();
  private readonly people = new PeopleIndex();
  private readonly loaded = { citizens: new Set<string>(), names: new Set<string>() };
  private readonly subjectsLoaded = new Set<string>();
  private readonly ratings = new Map<string, string>();
  private readonly awardKeys = new Set<string>();
  private readonly decisions = new Map<string, { id: string; signedOn: string; issuer: string }>();
  private readonly decisionsLoaded = new Set<string>();
  private readonly groups: InitiativeGroups;
  /** Awards only: the tenant's catalogue in force by year, loaded by `init`. */
  private awardCode: AwardCodeCheck | null = null;

  constructor(
    private readonly db: Db | Tx,
    private readonly actor: Actor,
    readonly kind: ImportKind,
    private readonly confirmations: Confirmations = new Map(),
  ) {
    this.groups = new InitiativeGroups(actor.tenantId, (row, column, problem, suggestion) =>
      this.report(row, header('initiatives', column), problem, suggestion),
    );
  }

  async init(): Promise<this> {
    for (const unit of await loadUnits(this.db, this.actor.tenantId)) {
      this.unitsByCode.set(unit.code.toUpperCase(), unit);
      const key = foldVietnamese(unit.name);
      this.unitsByName.set(key, [...(this.unitsByName.get(key) ?? []), unit]);
    }
    if (this.kind === 'awards') this.awardCode = await loadAwardCodeCheck(this.db, this.actor.tenantId);
    return this;
  }

  get pending(): number {
    return [...this.matches.values()].reduce((n, m) => n + m.rows.length, 0);
  }

  /** A decision number already used in that year with another date (file or database). */
  reportDecisionDate(row: number, number: string, issuer: string, signedOn: string) {
    const [y, m, d] = signedOn.split('-');
    this.report(
      row,
      header('awards', 'decisionDate'),
      `Quyết định ${number} của ${issuer} đã có với ngày ${d}/${m}/${y}.`,
      'Kiểm tra lại số hoặc ngày quyết định.',
    );
  }

  /** A year already rated differently for the person (file or database). */
  reportRating(row: number, year: number, existing: string) {
    this.report(
      row,
      header('ratings', 'rating'),
      `Năm ${year} đã có xếp loại ${existing}.`,
      'Sửa lại tệp, hoặc sửa xếp loại trong hồ sơ cá nhân.',
    );
  }

  private report(row: number, column: string | null, problem: string, suggestion: string | null) {
    this.problemCount += 1;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ row, column, problem, suggestion });
  }

  /** Plans one batch; returns the rows to insert for it. */
  async planBatch(lines: ParsedLine[]): Promise<Writes> {
    const writes = emptyWrites();
    const resolved: Resolved[] = [];
    const withUnits: { line: ParsedLine; unit: UnitRow }[] = [];
    for (const line of lines) {
      const unit = this.checkLine(line);
      if (unit) withUnits.push({ line, unit });
    }
    await this.loadPeopleFor(withUnits);
    for (const { line, unit } of withUnits) {
      const personId = this.resolvePerson(line, unit, writes);
      if (personId !== undefined) resolved.push({ line, unit, personId });
    }
    await this.loadRecordsFor(resolved);
    for (const item of resolved) {
      const before = this.problemCount;
      this.planRecord(item, writes);
      if (this.problemCount > before) this.errorRows += 1;
    }
    return writes;
  }

  /**
   * Checks one row without the database: its cells, its unit (loaded once by `init`) and the
   * rules between its own fields. Counts the row, reports its problems; the unit when it is good.
   * Both the batched planner and the staged CLI import (import-staged.ts) start here.
   */
  checkLine(line: ParsedLine): UnitRow | null {
    this.rows += 1;
    const before = this.problemCount;
    for (const p of line.problems) this.report(p.row, p.column, p.problem, p.suggestion);
    let unit = line.problems.length ? null : this.resolveUnit(line);
    const v = line.values;
    if (
      unit &&
      this.kind === 'awards' &&
      v.periodStartYear !== null &&
      Number(v.periodStartYear) > Number(v.year)
    ) {
      this.report(line.row, header('awards', 'periodStartYear'), '"Từ năm" lớn hơn "Năm".', null);
      unit = null;
    }
    // Award codes are an open list: the parser keeps any code-shaped cell, the catalogue decides here.
    const wrongCode = unit && this.awardCode ? this.awardCode(String(v.awardCode), Number(v.year)) : null;
    if (wrongCode) {
      this.report(line.row, header('awards', 'awardCode'), wrongCode.problem, wrongCode.suggestion);
      unit = null;
    }
    if (this.problemCount > before) this.errorRows += 1;
    return unit;
  }

  unitById(id: string): UnitRow | undefined {
    for (const unit of this.unitsByCode.values()) if (unit.id === id) return unit;
    return undefined;
  }

  /**
   * Matches already-checked rows to people with the same rules as `planBatch`, reporting
   * conflicts, unknown people and uncertain matches on their rows. For the staged import,
   * which matches the clear cases in SQL and hands only the rest to this method.
   */
  async resolvePeople(items: { line: ParsedLine; unit: UnitRow }[]): Promise<(string | null | undefined)[]> {
    await this.loadPeopleFor(items);
    const writes = emptyWrites();
    return items.map(({ line, unit }) => this.resolvePerson(line, unit, writes));
  }

  /** Rows that can only be planned once every row was seen (initiatives group several rows). */
  async finish(): Promise<Writes> {
    const writes = emptyWrites();
    if (this.kind !== 'initiatives') return writes;
    const existing = await loadInitiatives(this.db, this.actor.tenantId, this.groups.titles());
    const result = this.groups.plan(writes, existing);
    this.unchanged += result.unchanged;
    this.errorRows += result.errorRows;
    return writes;
  }

  private resolveUnit(line: ParsedLine): UnitRow | null {
    const raw = String(line.values.unitCode ?? '');
    const known = this.unitsByRaw.get(raw);
    if (known) return known;
    const byName = this.unitsByName.get(foldVietnamese(raw)) ?? [];
    const unit = this.unitsByCode.get(raw.toUpperCase()) ?? (byName.length === 1 ? byName[0] : undefined);
    const column = header(this.kind, 'unitCode');
    if (!unit) {
      this.report(
        line.row,
        column,
        byName.length > 1 ? `Có nhiều đơn vị tên "${raw}".` : `Không có đơn vị mã "${raw}".`,
        'Dùng mã trong trang "Danh mục đơn vị" của tệp mẫu.',
      );
      return null;
    }
    if (!isInScope(this.actor, { tenantId: this.actor.tenantId, unitPath: unit.path })) {
      this.report(
        line.row,
        column,
        `Đơn vị "${unit.name}" nằm ngoài phạm vi quản lý của bạn.`,
        'Bỏ dòng này hoặc nhờ cấp trên nhập.',
      );
      return null;
    }
    if (this.unitsByRaw.size < 10_000) this.unitsByRaw.set(raw, unit);
    return unit;
  }

  /**
   * Loads what this batch can match: people by citizen ID first, then, only for
   * rows whose citizen ID is absent or unknown, people by compact name.
   */
  private async loadPeopleFor(items: { line: ParsedLine; unit: UnitRow }[]) {
    const citizenIds = new Set<string>();
    for (const { line } of items) {
      const cccd = str(line.values.citizenId);
      if (cccd && !this.loaded.citizens.has(cccd)) citizenIds.add(cccd);
    }
    if (citizenIds.size) {
      const found = await loadPeople(this.db, this.actor.tenantId, {
        citizenIds: [...citizenIds],
        compactNames: [],
      });
      for (const p of found) this.people.add(p);
      for (const id of citizenIds) this.loaded.citizens.add(id);
    }
    const names = new Set<string>();
    for (const { line } of items) {
      const cccd = str(line.values.citizenId);
      if (cccd && this.people.hasCitizen(cccd)) continue;
      const compact = compactName(String(line.values.fullName ?? ''));
      if (!this.loaded.names.has(compact)) names.add(compact);
    }
    if (names.size) {
      const found = await loadPeople(this.db, this.actor.tenantId, {
        citizenIds: [],
        compactNames: [...names],
      });
      for (const p of found) this.people.add(p);
      for (const n of names) this.loaded.names.add(n);
    }
  }

  /** The person's id, null for a pending confirmation, undefined when the row failed. */
  private resolvePerson(line: ParsedLine, unit: UnitRow, writes: Writes): string | null | undefined {
    const v = line.values;
    const query: PersonQuery = {
      fullName: String(v.fullName),
      birthDate: str(v.birthDate),
      citizenId: str(v.citizenId),
      unitId: unit.id,
    };
    const visible = (p: KnownPerson) =>
      isInScope(this.actor, { tenantId: this.actor.tenantId, unitPath: p.unitPath });
    const result = this.people.match(query, visible);
    const isPeople = this.kind === 'people';
    if (result.kind === 'exact') {
      if (isPeople) this.unchanged += 1;
      return result.person.id;
    }
    if (result.kind === 'conflict') {
      this.report(line.row, header(this.kind, 'citizenId'), result.problem, result.suggestion);
      this.errorRows += 1;
      return undefined;
    }
    if (result.kind === 'uncertain') {
      const key = matchKey(query);
      const choice = this.confirmations.get(key);
      if (choice && choice !== 'NEW' && result.candidates.some((c) => c.person.id === choice)) {
        if (isPeople) this.unchanged += 1;
        return choice;
      }
      if (!(choice === 'NEW' && isPeople)) {
        this.addMatch(key, line, unit, result.candidates);
        return null;
      }
    }
    if (!isPeople) {
      this.report(
        line.row,
        header(this.kind, 'fullName'),
        `Không tìm thấy "${query.fullName}" tại ${unit.name}.`,
        'Nhập cá nhân này trước bằng mẫu "Cá nhân", hoặc kiểm tra họ tên, CCCD, ngày sinh.',
      );
      this.errorRows += 1;
      return undefined;
    }
    return this.createPerson(line, unit, query, writes);
  }

  private addMatch(
    key: string,
    line: ParsedLine,
    unit: UnitRow,
    candidates: { person: KnownPerson; reason: string }[],
  ) {
    const existing = this.matches.get(key);
    if (existing) {
      existing.rows.push(line.row);
      return;
    }
    this.matches.set(key, {
      key,
      rows: [line.row],
      fullName: String(line.values.fullName),
      birthYear: str(line.values.birthDate)?.slice(0, 4) ?? null,
      unitName: unit.name,
      allowCreate: this.kind === 'people',
      candidates: candidates.map(({ person, reason }) => ({
        personId: person.id,
        fullName: person.fullName,
        birthYear: person.birthDate?.slice(0, 4) ?? null,
        unitName: person.unitName,
        reason,
      })),
    });
  }

  private createPerson(
    line: ParsedLine,
    unit: UnitRow,
    query: PersonQuery,
    writes: Writes,
  ): string | undefined {
    if (unit.status !== 'ACTIVE') {
      this.report(
        line.row,
        header(this.kind, 'unitCode'),
        `Đơn vị "${unit.name}" đã giải thể hoặc sáp nhập.`,
        'Ghi đơn vị kế thừa.',
      );
      this.errorRows += 1;
      return undefined;
    }
    const v = line.values;
    const id = newId();
    const names = personNameColumns(query.fullName);
    const tenantId = this.actor.tenantId;
    writes.person.push([
      tenantId,
      id,
      unit.id,
      names.fullName,
      names.nameSearch,
      names.nameSort,
      v.gender,
      query.birthDate,
      str(v.ethnicity),
      query.citizenId,
      str(v.position),
      v.subjectGroup,
      str(v.recruitedOn),
    ]);
    writes.person_employment.push([
      tenantId,
      newId(),
      id,
      unit.id,
      str(v.position),
      str(v.recruitedOn) ?? todayVn(),
    ]);
    this.people.add({ ...query, id, fullName: names.fullName, unitName: unit.name, unitPath: unit.path });
    return id;
  }

  private async loadRecordsFor(items: Resolved[]) {
    if (this.kind !== 'ratings' && this.kind !== 'awards') return;
    const subjects = [...new Set(items.map((i) => i.personId).filter((id): id is string => !!id))].filter(
      (id) => !this.subjectsLoaded.has(id),
    );
    if (this.kind === 'ratings') {
      for (const r of await loadRatings(this.db, this.actor.tenantId, subjects))
        this.ratings.set(`${r.subjectId}|${r.year}`, r.rating);
    } else {
      for (const a of await loadAwardKeys(this.db, this.actor.tenantId, subjects))
        this.awardKeys.add(`${a.subjectId}|${a.awardCode}|${a.year}|${a.decisionNumber ?? ''}`);
      const numbers = [...new Set(items.map((i) => String(i.line.values.decisionNumber)))].filter(
        (n) => !this.decisionsLoaded.has(n),
      );
      for (const d of await loadDecisions(this.db, this.actor.tenantId, numbers)) {
        // Linking writes into the decision's list of awards (its register, its verification page):
        // only a decision of a unit in the importer's scope, or of an issuer outside the tenant, as
        // for an award entered by hand (records/award-rules.ts). Another unit's decision with the
        // same number is not this file's: a decision of an outside register is made for it.
        const inReach =
          !d.hasIssuerUnit ||
          (d.issuerPath !== null &&
            isInScope(this.actor, { tenantId: this.actor.tenantId, unitPath: d.issuerPath }));
        if (inReach) this.decisions.set(decisionKeyOf(d.number, d.signedOn, d.issuer), d);
      }
      for (const n of numbers) this.decisionsLoaded.add(n);
    }
    for (const id of subjects) this.subjectsLoaded.add(id);
  }

  private planRecord({ line, unit, personId }: Resolved, writes: Writes) {
    if (this.kind === 'people') return;
    if (this.kind === 'initiatives') {
      this.groups.add(line, unit, personId);
      return;
    }
    if (personId === null) return;
    const v = line.values;
    const tenantId = this.actor.tenantId;
    if (this.kind === 'ratings') {
      const key = `${personId}|${v.year}`;
      const existing = this.ratings.get(key);
      if (existing === v.rating) this.unchanged += 1;
      else if (existing) this.reportRating(line.row, Number(v.year), existing);
      else {
        this.ratings.set(key, String(v.rating));
        writes.annual_rating.push([
          tenantId,
          newId(),
          'PERSON',
          personId,
          v.year,
          v.rating,
          str(v.sourceDoc),
        ]);
      }
      return;
    }
    this.planAward(line, personId, writes);
  }

  private planAward(line: ParsedLine, personId: string, writes: Writes) {
    const v = line.values;
    const tenantId = this.actor.tenantId;
    const number = String(v.decisionNumber);
    const decisionKey = decisionKeyOf(number, String(v.decisionDate), String(v.issuer));
    let known = this.decisions.get(decisionKey);
    if (known && known.signedOn !== v.decisionDate) {
      this.reportDecisionDate(line.row, number, String(v.issuer), known.signedOn);
      return;
    }
    if (!known) {
      known = { id: newId(), signedOn: String(v.decisionDate), issuer: String(v.issuer) };
      this.decisions.set(decisionKey, known);
      writes.decision.push([tenantId, known.id, number, known.signedOn, known.issuer, str(v.signer)]);
    }
    const key = `${personId}|${v.awardCode}|${v.year}|${number}`;
    if (this.awardKeys.has(key)) {
      this.unchanged += 1;
      return;
    }
    this.awardKeys.add(key);
    writes.award.push([
      tenantId,
      newId(),
      'PERSON',
      personId,
      v.awardCode,
      v.kind,
      v.year,
      v.periodStartYear,
      known.id,
      number,
      known.signedOn,
      v.amountVnd,
      str(v.achievement),
    ]);
  }
}
