import type { Schema } from '../../../lib/api/client';

// Generated from the server's OpenAPI document (`npm run api:types`), never hand-written.
export type ClusterSummary = Schema<'ClusterSummary'>;
export type ClusterDetail = Schema<'ClusterDetail'>;
export type Criterion = Schema<'ClusterCriterion'>;
export type ScoreSheet = Schema<'ScoreSheet'>;
export type ScoreChange = Schema<'ScoreChange'>;
export type CreateClusterInput = Schema<'CreateClusterInput'>;
/**
 * The vote for the leading unit (suy tôn): who has voted, never how; tallies only once closed. The
 * document's component carries the null of its one use (a cluster's vote, null before one is opened).
 */
export type ClusterVote = NonNullable<Schema<'ClusterVote'>>;
