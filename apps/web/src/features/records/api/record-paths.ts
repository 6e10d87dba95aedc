/** The record types the timeline offers to change, and where each lives in the API. */
export type RecordType = 'rating' | 'award' | 'initiative' | 'discipline' | 'hold';

export const RECORD_PATHS: Record<RecordType, string> = {
  rating: '/ratings',
  award: '/awards',
  initiative: '/initiatives',
  discipline: '/disciplines',
  hold: '/holds',
};

export const recordPath = (type: RecordType, id: string) => `${RECORD_PATHS[type]}/${encodeURIComponent(id)}`;
