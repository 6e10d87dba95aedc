import { buildUrl } from '../../../lib/api';
import type { PeopleSearch } from './people.types';

/** The .xlsx download for the current filters; the browser sends the session cookie. */
export function peopleExportUrl(search: PeopleSearch): string {
  return buildUrl('/people/export.xlsx', { q: search.q, unitId: search.unitId, sort: search.sort ?? 'name' });
}
