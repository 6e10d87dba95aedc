import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApi } from '../app';
import { loadConfig } from '../config/config';
import { openApiDocument } from '../lib/openapi';

const root = path.resolve(import.meta.dirname, '../../../..');

/** Where the web's types, generated from the OpenAPI document, live (committed, never edited by hand). */
export const WEB_TYPES_FILE = path.join(root, 'apps/web/src/lib/api/schema.gen.ts');

/** The OpenAPI document exactly as GET /api/openapi.json serves it; no database needed. */
export function currentOpenApiDocument() {
  return openApiDocument(createApi(loadConfig({})));
}

const HEADER = `// Generated from the server's OpenAPI document by \`npm run api:types\` (openapi-typescript).
// Do not edit: change the route's zod schemas and regenerate; a unit test fails when this file is stale.
`;

/** The TypeScript the web compiles against: every path, operation and schema of the API. */
export async function generateWebTypes(): Promise<string> {
  // The document is plain JSON data; openapi-typescript reads it as an OpenAPI 3.1 object.
  const document = JSON.parse(JSON.stringify(currentOpenApiDocument()));
  const ast = await openapiTS(document, { alphabetize: false, exportType: true });
  return HEADER + astToString(ast);
}
