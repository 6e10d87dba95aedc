import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Timeline } from './timeline.types';

export function getUnitTimeline(id: string) {
  return api<Timeline>(`/org-units/${encodeURIComponent(id)}/timeline`);
}

export function useUnitTimeline(id: string) {
  return useQuery({ queryKey: ['timeline', 'unit', id], queryFn: () => getUnitTimeline(id) });
}
