import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { eligibilityOutput, suggestionsOutput, suggestionsQuery, yearQuery } from './eligibility.schemas';
import { getSubjectEligibility } from './eligibility.service';
import { getUnitSuggestions } from './suggestions.service';

const subject = defineRoute(
  { permission: 'eligibility:read' },
  {
    method: 'get',
    path: '/subjects/{id}/eligibility',
    summary: 'Xét điều kiện khen thưởng của cá nhân hoặc tập thể',
    tags: ['eligibility'],
    request: { params: idParam, query: yearQuery },
    responses: { 200: jsonResponse(eligibilityOutput, 'Điều kiện khen thưởng của cá nhân hoặc tập thể') },
  },
);
const suggestions = defineRoute(
  { permission: 'eligibility:read' },
  {
    method: 'get',
    path: '/org-units/{id}/suggestions',
    summary: 'Gợi ý đề nghị khen thưởng trong đơn vị',
    tags: ['eligibility'],
    request: { params: idParam, query: suggestionsQuery },
    responses: { 200: jsonResponse(suggestionsOutput, 'Gợi ý đề nghị khen thưởng trong đơn vị') },
  },
);

export function registerEligibilityRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(subject, async (c) =>
    c.json(
      await getSubjectEligibility(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('query').year,
      ),
      200,
    ),
  );
  app.openapi(suggestions, async (c) =>
    c.json(
      await getUnitSuggestions(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('query'),
      ),
      200,
    ),
  );
}
