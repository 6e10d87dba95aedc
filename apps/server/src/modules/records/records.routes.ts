import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { registerAwardSearchRoutes } from './award-search.routes';
import { registerAwardRoutes } from './awards.routes';
import { registerConductRoutes } from './conduct.routes';
import { registerDecisionRoutes } from './decisions.routes';
import { registerInitiativeRoutes } from './initiatives.routes';
import { registerRatingRoutes } from './ratings.routes';
import { registerRecordFileRoutes } from './record-files.routes';
import type { SignedDecisionCheck } from './signed-decision';

/**
 * Every record route; the search routes go first so /awards/export.xlsx is not read as an id.
 * `isDecisionSigned` is signing's, passed in by the app (see signed-decision.ts).
 */
export function registerRecordRoutes(app: OpenAPIHono<AppEnv>, isDecisionSigned: SignedDecisionCheck) {
  registerAwardSearchRoutes(app);
  registerAwardRoutes(app, isDecisionSigned);
  registerRatingRoutes(app);
  registerInitiativeRoutes(app);
  registerConductRoutes(app);
  registerDecisionRoutes(app);
  registerRecordFileRoutes(app);
}
