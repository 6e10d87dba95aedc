import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Timeline } from './timeline.types';

export function getPersonTimeline(id: string) {
  return api<Timeline>(`/people/${encodeURIComponent(id)}/timeline`);
}

/** Keyed under 'timeline' so every record write can refresh it. */
export function usePersonTimeline(id: string) {
  return useQuery({ queryKey: ['timeline', 'person', id], queryFn: () => getPersonTimeline(id) });
}
