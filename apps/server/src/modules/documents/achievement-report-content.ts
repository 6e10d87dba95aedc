import {
  DISCIPLINE_NAMES,
  formatYears,
  KIND_NAMES,
  RATING_NAMES,
  SCOPE_NAMES,
} from '@vinhdanh/domain/rules/names';
import { lawAwardName } from '@vinhdanh/domain/rules/state-awards';
import type { DisciplineForm, InitiativeScope, Rating } from '@vinhdanh/domain/rules/types';
import { formatLongDate, padDocumentNumber } from '@vinhdanh/domain/text/vietnamese-date';
import type { TimelineOutput } from '../timeline/index';
import type { ReportPeriod } from './achievement-report.schemas';

// The rows of a báo cáo thành tích, as text, taken from the subject's timeline for the period.
// Revoked awards are left out: a revoked title or commendation no longer counts (Law 2022, Điều 93).

type TimelineYear = TimelineOutput['years'][number];
type TimelineAward = TimelineYear['titles'][number];

export type YearLine = { year: string; rating: string; initiatives: string };
export type AwardLine = { year: string; name: string; decision: string; issuer: string };

const inPeriod = (period: ReportPeriod) => (y: { year: number }) =>
  y.year >= period.from && y.year <= period.to;

/** A predecessor's row names it, so a merged unit's report shows whose history it is. */
const source = (row: { sourceName: string | null }) =>
  row.sourceName ? ` (đơn vị tiền thân: ${row.sourceName})` : '';

const capitalize = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

function initiativeText(i: TimelineYear['initiatives'][number]): string {
  const kind = i.type === 'DE_TAI' ? 'Đề tài' : 'Sáng kiến';
  const parts = [`${kind} "${i.title}"`];
  if (i.decisionNumber) parts.push(`quyết định công nhận số ${padDocumentNumber(i.decisionNumber)}`);
  parts.push(`phạm vi ảnh hưởng cấp ${SCOPE_NAMES[i.scope as InitiativeScope] ?? i.scope}`);
  return parts.join(', ');
}

/** One line per year of the period, gaps included: the writer fills a missing rating by hand. */
export function yearLines(timeline: TimelineOutput, period: ReportPeriod): YearLine[] {
  const byYear = new Map(timeline.years.map((y) => [y.year, y]));
  const lines: YearLine[] = [];
  for (let year = period.from; year <= period.to; year += 1) {
    const y = byYear.get(year);
    lines.push({
      year: String(year),
      rating: (y?.ratings ?? [])
        .map((r) => `${RATING_NAMES[r.rating as Rating] ?? r.rating}${source(r)}`)
        .join('; '),
      initiatives: (y?.initiatives ?? []).map(initiativeText).join('; '),
    });
  }
  return lines;
}

function decisionText(a: TimelineAward): string {
  const number = a.decisionNumber ? `Số ${padDocumentNumber(a.decisionNumber)}` : '';
  const date = a.decisionDate ? formatLongDate(a.decisionDate) : '';
  return [number, date].filter(Boolean).join(' ');
}

/** Titles (danh hiệu thi đua) or forms (hình thức khen thưởng) of the period, oldest first. */
export function awardLines(
  timeline: TimelineOutput,
  period: ReportPeriod,
  which: 'titles' | 'forms',
  issuers: ReadonlyMap<string, string>,
): AwardLine[] {
  return timeline.years
    .filter(inPeriod(period))
    .flatMap((y) => y[which])
    .filter((a) => !a.isRevoked)
    .map((a) => ({
      year: a.periodStartYear ? formatYears(a.periodStartYear, a.year) : String(a.year),
      // The timeline already names a province's own award from the tenant's catalogue.
      name: `${lawAwardName(a.awardCode) ?? a.name}${a.kind === 'CONG_TRANG' ? '' : ` (${KIND_NAMES[a.kind as keyof typeof KIND_NAMES] ?? a.kind})`}${source(a)}`,
      decision: decisionText(a),
      issuer: (a.decisionId && issuers.get(a.decisionId)) ?? '',
    }));
}

/** The decision ids behind the period's awards, to look their issuers up. */
export function awardDecisionIds(timeline: TimelineOutput, period: ReportPeriod): string[] {
  const ids = timeline.years
    .filter(inPeriod(period))
    .flatMap((y) => [...y.titles, ...y.forms])
    .map((a) => a.decisionId)
    .filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

/** Discipline in force at some time during the period (each once, though it spans years). */
export function disciplineLines(timeline: TimelineOutput, period: ReportPeriod): string[] {
  const seen = new Map<string, string>();
  for (const d of timeline.years.filter(inPeriod(period)).flatMap((y) => y.disciplines)) {
    if (seen.has(d.id)) continue;
    const name = capitalize(DISCIPLINE_NAMES[d.form as DisciplineForm] ?? d.form);
    const decision = d.decisionNumber ? `, quyết định số ${padDocumentNumber(d.decisionNumber)}` : '';
    const until = d.toDate ? ` đến ${formatLongDate(d.toDate)}` : '';
    seen.set(d.id, `${name}${decision}, từ ${formatLongDate(d.fromDate)}${until}${source(d)}.`);
  }
  return [...seen.values()];
}

/** "3 năm liên tục CSTĐ cơ sở 2022–2024" for the runs that touch the period. */
export function chainLines(timeline: TimelineOutput, period: ReportPeriod): string[] {
  const names = new Map(timeline.predecessors.map((p) => [p.id, p.name]));
  return timeline.chains
    .filter((c) => c.toYear >= period.from && c.fromYear <= period.to)
    .map((c) => `${c.label}${source({ sourceName: names.get(c.subjectId) ?? null })}`);
}
