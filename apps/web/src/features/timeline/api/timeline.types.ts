import type { Schema } from '../../../lib/api/client';

// Generated from the server's OpenAPI document (`npm run api:types`), never hand-written.
export type Timeline = Schema<'Timeline'>;
export type TimelineYear = Schema<'TimelineYear'>;
export type TimelineAward = Schema<'TimelineAward'>;
export type Chain = Schema<'TimelineChain'>;

type Rating = TimelineYear['ratings'][number];
type Discipline = TimelineYear['disciplines'][number];
type Hold = TimelineYear['holds'][number];

type ItemBase = { id: string; label: string; version: number };

/**
 * What a row offers to act on, with the values an edit starts from (an initiative's form loads
 * its authors itself); the actions themselves are composed in by the router.
 */
export type TimelineItemRef =
  | (ItemBase & { type: 'rating'; values: Pick<Rating, 'year' | 'rating' | 'sourceDoc'> })
  | (ItemBase & { type: 'initiative' })
  | (ItemBase & {
      type: 'discipline';
      values: Pick<Discipline, 'form' | 'fromDate' | 'toDate' | 'decisionNumber'>;
    })
  | (ItemBase & {
      type: 'award';
      isRevoked: boolean;
      /** Whose award it is: a person's initiatives are offered as its grounds. */
      subjectId: string | null;
      values: Pick<
        TimelineAward,
        | 'awardCode'
        | 'kind'
        | 'year'
        | 'periodStartYear'
        | 'achievement'
        | 'decisionNumber'
        | 'decisionDate'
        | 'initiativesUsed'
      >;
    })
  | (ItemBase & { type: 'hold'; isOpen: boolean; values: Pick<Hold, 'reason' | 'fromDate' | 'note'> });
