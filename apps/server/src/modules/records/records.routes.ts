import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { registerAwardSearchRoutes } from './award-search.routes';
import { registerAwardRoutes } from './awards.routes';
import { registerConductRoutes } from './conduct.routes';
import { registerDecisionRoutes } from './decisions.routes';
import { registerInitiativeRoutes } from './initiatives.routes';
import { registerRatingRoutes } from './ratings.routes';
import { registerRecordFileRoutes } from './record-files.routes';

/** Every record route; the search routes go first so /awards/export.xlsx is not read as an id. */
export function registerRecordRoutes(app: OpenAPIHono<AppEnv>) {
  registerAwardSearchRoutes(app);
  registerAwardRoutes(app);
  registerRatingRoutes(app);
  registerInitiativeRoutes(app);
  registerConductRoutes(app);
  registerDecisionRoutes(app);
  registerRecordFileRoutes(app);
}
