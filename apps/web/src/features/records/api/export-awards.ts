import { buildUrl } from '../../../lib/api';
import type { AwardSearch } from './records.types';
import { awardSearchQuery } from './search-awards';

/** The .xlsx download for the current filters; the browser sends the session cookie. */
export function awardsExportUrl(search: AwardSearch): string {
  return buildUrl('/awards/export.xlsx', awardSearchQuery(search));
}
