import { useQuery } from '@tanstack/react-query';
import { client, type Schema, unwrap } from './api/client';

export type CatalogueAward = Schema<'CatalogueAward'>;

/**
 * The catalogue in force (the law's, the state's and the province's own awards), one query shared
 * by every page that names or offers awards; saving a tenant award invalidates it.
 */
export function useAwardCatalogue(year?: number): CatalogueAward[] {
  const { data } = useQuery({
    // A year's catalogue (a movement's, say) sits under the same key prefix, so a save refreshes it too.
    queryKey: year === undefined ? ['award-catalogue'] : ['award-catalogue', year],
    queryFn: () =>
      unwrap(client.GET('/award-catalogue', year === undefined ? {} : { params: { query: { year } } })),
    staleTime: 5 * 60_000,
  });
  return data?.items ?? [];
}

/**
 * Award names from the catalogue: a second list in the UI named only some of the law's codes,
 * and a province's own title showed as its bare code. A code the catalogue does not hold (or
 * before it has loaded) is shown as the code.
 */
export function useAwardName(year?: number): (code: string) => string {
  const names = new Map(useAwardCatalogue(year).map((a) => [a.code, a.name]));
  return (code) => names.get(code) ?? code;
}
