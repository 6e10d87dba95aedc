type Source = { subjectId: string | null; sourceName: string | null };

export type Chain = {
  subjectId: string;
  awardCode: string;
  fromYear: number;
  toYear: number;
  length: number;
  label: string;
};

export type TimelineAward = Source & {
  id: string;
  awardCode: string;
  name: string;
  kind: string;
  year: number;
  periodStartYear: number | null;
  achievement: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  amountVnd: number | null;
  isRevoked: boolean;
  revokedOn: string | null;
  revocationGround: string | null;
  /** Ids of the person's initiatives this award used as its ground (CV 5007/BNV-TĐKT III.5.c). */
  initiativesUsed: string[];
  version: number;
};

export type TimelineYear = {
  year: number;
  ratings: (Source & {
    id: string;
    rating: string;
    sourceDoc: string | null;
    year: number;
    version: number;
  })[];
  titles: TimelineAward[];
  forms: TimelineAward[];
  initiatives: {
    id: string;
    title: string;
    type: string;
    scope: string;
    year: number;
    isApplied: boolean;
    isAccepted: boolean;
    decisionNumber: string | null;
    sharePct: number | null;
    version: number;
  }[];
  disciplines: (Source & {
    id: string;
    form: string;
    fromDate: string;
    toDate: string | null;
    decisionNumber: string | null;
    version: number;
  })[];
  holds: (Source & {
    id: string;
    reason: string;
    fromDate: string;
    toDate: string | null;
    note: string | null;
    closedReason: string | null;
    version: number;
  })[];
  chains: Chain[];
};

export type Timeline = {
  subject: { id: string; type: 'PERSON' | 'COLLECTIVE'; name: string };
  predecessors: { id: string; name: string }[];
  fromYear: number | null;
  toYear: number | null;
  chains: Chain[];
  years: TimelineYear[];
};

type ItemBase = { id: string; label: string; version: number };

/**
 * What a row offers to act on, with the values an edit starts from (an initiative's form loads
 * its authors itself); the actions themselves are composed in by the router.
 */
export type TimelineItemRef =
  | (ItemBase & { type: 'rating'; values: { year: number; rating: string; sourceDoc: string | null } })
  | (ItemBase & { type: 'initiative' })
  | (ItemBase & {
      type: 'discipline';
      values: { form: string; fromDate: string; toDate: string | null; decisionNumber: string | null };
    })
  | (ItemBase & {
      type: 'award';
      isRevoked: boolean;
      /** Whose award it is: a person's initiatives are offered as its grounds. */
      subjectId: string | null;
      values: {
        awardCode: string;
        kind: string;
        year: number;
        periodStartYear: number | null;
        achievement: string | null;
        decisionNumber: string | null;
        decisionDate: string | null;
        initiativesUsed: string[];
      };
    })
  | (ItemBase & {
      type: 'hold';
      isOpen: boolean;
      values: { reason: string; fromDate: string; note: string | null };
    });
