import { buildUrl } from '../../../lib/api';
import type { ImportKind } from './imports.types';

/** The template download; the browser sends the session cookie. */
export function templateUrl(kind: ImportKind): string {
  return buildUrl(`/imports/templates/${kind}.xlsx`);
}
