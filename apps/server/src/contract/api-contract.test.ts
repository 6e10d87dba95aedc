import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApi } from '../app';
import { loadConfig } from '../config/config';
import { SESSION_COOKIE } from '../modules/auth/auth.routes';
import { currentOpenApiDocument, generateWebTypes, WEB_TYPES_FILE } from './api-contract';

const root = path.resolve(import.meta.dirname, '../../../..');
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

type Operation = {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
};

function operations() {
  const document = currentOpenApiDocument();
  return Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Partial<Record<(typeof METHODS)[number], Operation>>)[method];
      return operation ? [{ name: `${method.toUpperCase()} ${route}`, method, operation }] : [];
    }),
  );
}

describe('the API contract between server and web', () => {
  it('the committed web types are those generated from the current OpenAPI document', async () => {
    const committed = await readFile(WEB_TYPES_FILE, 'utf8');
    // When this fails: `npm run api:types`, then commit apps/web/src/lib/api/schema.gen.ts.
    expect(committed === (await generateWebTypes()), 'schema.gen.ts is stale: run `npm run api:types`').toBe(
      true,
    );
  });

  it('GET /openapi.json serves that document, the same on a second call (it is built once)', async () => {
    const api = createApi(loadConfig({}));
    const first = await (await api.request('/openapi.json')).json();
    expect(first).toEqual(JSON.parse(JSON.stringify(currentOpenApiDocument())));
    expect(await (await api.request('/openapi.json')).json()).toEqual(first);
  });

  it('passes `redocly lint` with the recommended rules with no error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vd-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(currentOpenApiDocument()));
      const redocly = path.join(root, 'node_modules/.bin/redocly');
      const args = ['lint', '--extends=recommended', '--format=json', '--max-problems=1000', file];
      // No telemetry or update check: the tests run without the internet.
      const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
      const stdout = await promisify(execFile)(redocly, args, { env, maxBuffer: 64 * 1024 * 1024 }).then(
        (result) => result.stdout,
        (error: { stdout?: string }) => error.stdout ?? '',
      );
      const report = JSON.parse(stdout) as {
        totals: { errors: number };
        problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
      };
      const errors = report.problems
        .filter((p) => p.severity === 'error')
        .map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
      expect(errors).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names, summarises and secures every operation and documents its error answers', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(100);
    const ids = new Set<string>();
    for (const { name, method, operation } of all) {
      expect(operation.operationId, name).toMatch(/^[a-z][A-Za-z0-9]+$/);
      ids.add(operation.operationId ?? '');
      expect(operation.summary?.trim(), name).toBeTruthy();
      expect(operation.responses['4XX'], name).toEqual({ $ref: '#/components/responses/Rejected' });
      const security = operation.security;
      expect(security, name).toBeDefined();
      if (security?.length) {
        // A guarded route answers 401 without a session, and every write needs the CSRF header.
        expect(operation.responses['401'], name).toBeDefined();
        expect(Object.keys(security[0] ?? {}).sort(), name).toEqual(
          method === 'get' ? ['session'] : ['csrf', 'session'],
        );
      }
    }
    expect(ids.size).toBe(all.length);
  });

  it('declares the session cookie, the CSRF header and the error shape with every code', () => {
    const { components } = currentOpenApiDocument();
    expect(components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
    });
    expect(components.securitySchemes.csrf).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'x-csrf-token',
    });
    const error = JSON.stringify(components.schemas?.Error);
    for (const code of [
      'INVALID_INPUT',
      'UNAUTHENTICATED',
      'CSRF_INVALID',
      'FORBIDDEN',
      'PROPOSAL_NOT_FOUND',
    ]) {
      expect(error).toContain(`"${code}"`);
    }
  });
});
