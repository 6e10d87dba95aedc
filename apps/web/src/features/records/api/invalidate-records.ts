import type { QueryClient } from '@tanstack/react-query';

/** A record write changes the timelines, the person page, eligibility, the award search and the edit forms. */
export function invalidateRecords(queryClient: QueryClient) {
  return Promise.all(
    ['timeline', 'people', 'eligibility', 'awards', 'initiative'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  );
}
