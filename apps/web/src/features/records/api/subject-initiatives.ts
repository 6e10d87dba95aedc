import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type TimelineInitiatives = { years: { initiatives: { id: string; title: string; year: number }[] }[] };

/**
 * A person's initiatives and topics, to pick those an award used as its ground. Read from the person's
 * timeline under the timeline's own key, so the page already holds them and a record write refreshes them.
 */
export function useSubjectInitiatives(personId: string | null) {
  return useQuery({
    queryKey: ['timeline', 'person', personId],
    queryFn: () => api<TimelineInitiatives>(`/people/${encodeURIComponent(personId ?? '')}/timeline`),
    enabled: personId !== null,
    select: (t) =>
      t.years.flatMap((y) => y.initiatives).map((i) => ({ value: i.id, label: `${i.title} (${i.year})` })),
  });
}
