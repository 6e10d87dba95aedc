import type { QueryClient } from '@tanstack/react-query';

/** A record write changes the timelines, the person page, eligibility and the award search. */
export function invalidateRecords(queryClient: QueryClient) {
  return Promise.all(
    ['timeline', 'people', 'eligibility', 'awards'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  );
}
