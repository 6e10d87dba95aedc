import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { t, ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import type { TimelineAward, TimelineItemRef, TimelineYear } from '../api/timeline.types';

const tl = ui.timeline;
const r = ui.records;
/**
 * The actions composed in by the router for one row, told whether the reader may change it (the
 * timeline's allowedActions for the row's subject, sent by the server).
 */
export type ItemActions = (item: TimelineItemRef, mayWrite: boolean) => ReactNode;
/** One row's actions, given whose record the row is (a predecessor's, or null for the subject's own). */
export type RowActions = (item: TimelineItemRef, sourceSubjectId: string | null) => ReactNode;

// Short labels must never be cut to "HTT…" by a narrow column.
const NO_SHRINK = { flexShrink: 0 };

const RATING_COLOR: Record<string, string> = { HTXSNV: 'green', HTTNV: 'blue', HTNV: 'gray', KHTNV: 'red' };

/** A predecessor's record carries its unit's name, so merged histories stay readable. */
function Source({ name }: { name: string | null }) {
  if (!name) return null;
  return (
    <Badge size="xs" variant="outline" color="gray" tt="none" data-testid="timeline-source">
      {t(tl.predecessor, { name })}
    </Badge>
  );
}

export function RatingItems({ year, actions }: { year: TimelineYear; actions?: RowActions }) {
  return year.ratings.map((item) => (
    <Group key={item.id} gap={4} wrap="nowrap">
      <Tooltip label={item.sourceDoc ?? ui.people.ratings[item.rating]}>
        <Badge
          color={RATING_COLOR[item.rating] ?? 'gray'}
          variant="light"
          tt="none"
          data-testid="timeline-rating"
        >
          {item.rating}
        </Badge>
      </Tooltip>
      <Source name={item.sourceName} />
      {actions?.(
        {
          type: 'rating',
          id: item.id,
          label: `${tl.rating} ${item.year}`,
          version: item.version,
          values: { year: item.year, rating: item.rating, sourceDoc: item.sourceDoc },
        },
        item.subjectId,
      )}
    </Group>
  ));
}

type AwardItemsProps = {
  awards: TimelineAward[];
  /** Titles of the subject's initiatives by id, to name those an award used. */
  initiativeTitles: ReadonlyMap<string, string>;
  actions?: RowActions;
};

export function AwardItems({ awards, initiativeTitles, actions }: AwardItemsProps) {
  return awards.map((a) => {
    const used = a.initiativesUsed.map((id) => initiativeTitles.get(id) ?? id);
    // The server names it from the catalogue in force, the province's own awards included.
    const name = a.name;
    const details = [
      a.periodStartYear !== null && a.periodStartYear !== a.year
        ? t(tl.period, { from: a.periodStartYear, to: a.year })
        : null,
      a.kind !== 'CONG_TRANG' ? (r.kinds[a.kind] ?? a.kind) : null,
      a.decisionNumber ? t(tl.decision, { number: a.decisionNumber }) : null,
      a.decisionDate ? formatDate(a.decisionDate) : null,
    ].filter(Boolean);
    return (
      <Group key={a.id} gap={4} wrap="nowrap" data-testid="timeline-award" data-revoked={a.isRevoked}>
        <Tooltip label={details.join(' · ') || name} withinPortal>
          <Text
            size="sm"
            td={a.isRevoked ? 'line-through' : undefined}
            c={a.isRevoked ? 'dimmed' : undefined}
          >
            {name}
          </Text>
        </Tooltip>
        {a.isRevoked && (
          <Badge size="xs" color="red" variant="light" tt="none" data-testid="timeline-revoked">
            {tl.revoked}
          </Badge>
        )}
        <Source name={a.sourceName} />
        {used.length > 0 && (
          <Tooltip label={t(tl.initiativesUsed, { titles: used.join('; ') })} withinPortal multiline w={320}>
            <Badge
              size="xs"
              variant="outline"
              color="grape"
              tt="none"
              style={NO_SHRINK}
              data-testid="timeline-award-initiatives"
            >
              {t(tl.initiativesUsed, { titles: used.length })}
            </Badge>
          </Tooltip>
        )}
        {actions?.(
          {
            type: 'award',
            id: a.id,
            label: `${name} ${a.year}`,
            version: a.version,
            isRevoked: a.isRevoked,
            subjectId: a.subjectId,
            values: {
              awardCode: a.awardCode,
              kind: a.kind,
              year: a.year,
              periodStartYear: a.periodStartYear,
              achievement: a.achievement,
              decisionNumber: a.decisionNumber,
              decisionDate: a.decisionDate,
              initiativesUsed: a.initiativesUsed,
            },
          },
          a.subjectId,
        )}
      </Group>
    );
  });
}

export function InitiativeItems({ year, actions }: { year: TimelineYear; actions?: RowActions }) {
  return year.initiatives.map((i) => (
    <Group key={i.id} gap={4} data-testid="timeline-initiative">
      <Text size="sm" lineClamp={2}>
        {i.title}
      </Text>
      <Badge size="xs" variant="light" color="blue" tt="none" style={NO_SHRINK}>
        {r.scopes[i.scope] ?? i.scope}
        {i.sharePct !== null && ` · ${t(tl.share, { pct: i.sharePct })}`}
      </Badge>
      {!i.isApplied && (
        <Badge size="xs" variant="light" color="gray" tt="none" style={NO_SHRINK}>
          {tl.notApplied}
        </Badge>
      )}
      {!i.isAccepted && (
        <Badge
          size="xs"
          variant="light"
          color="orange"
          tt="none"
          style={NO_SHRINK}
          data-testid="timeline-initiative-not-accepted"
        >
          {tl.notAccepted}
        </Badge>
      )}
      {/* An initiative is listed under its author (or unit): the subject's own row. */}
      {actions?.({ type: 'initiative', id: i.id, label: i.title, version: i.version }, null)}
    </Group>
  ));
}

export function ConductItems({ year, actions }: { year: TimelineYear; actions?: RowActions }) {
  return (
    <>
      {year.disciplines.map((d) => (
        <Group key={d.id} gap={4} wrap="nowrap" data-testid="timeline-discipline">
          <Badge color="red" variant="light" tt="none" style={NO_SHRINK}>
            {r.disciplineForms[d.form] ?? d.form}
          </Badge>
          <Text size="xs" c="dimmed">
            {formatDate(d.fromDate)}–{d.toDate ? formatDate(d.toDate) : tl.open}
          </Text>
          <Source name={d.sourceName} />
          {actions?.(
            {
              type: 'discipline',
              id: d.id,
              label: r.disciplineForms[d.form] ?? d.form,
              version: d.version,
              values: {
                form: d.form,
                fromDate: d.fromDate,
                toDate: d.toDate,
                decisionNumber: d.decisionNumber,
              },
            },
            d.subjectId,
          )}
        </Group>
      ))}
      {year.holds.map((h) => (
        <Group key={h.id} gap={4} wrap="nowrap" data-testid="timeline-hold">
          <Tooltip
            label={h.closedReason ? t(tl.closedReason, { reason: h.closedReason }) : (h.note ?? tl.open)}
          >
            <Badge color={h.toDate ? 'gray' : 'orange'} variant="light" tt="none" style={NO_SHRINK}>
              {r.holdReasons[h.reason] ?? h.reason}
            </Badge>
          </Tooltip>
          <Text size="xs" c="dimmed">
            {formatDate(h.fromDate)}–{h.toDate ? formatDate(h.toDate) : tl.open}
          </Text>
          <Source name={h.sourceName} />
          {actions?.(
            {
              type: 'hold',
              id: h.id,
              label: r.holdReasons[h.reason] ?? h.reason,
              version: h.version,
              isOpen: h.toDate === null,
              values: { reason: h.reason, fromDate: h.fromDate, note: h.note },
            },
            h.subjectId,
          )}
        </Group>
      ))}
    </>
  );
}
