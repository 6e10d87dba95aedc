import createClient from 'openapi-fetch';
import { ui } from '../../i18n/ui';
import { ApiError, apiErrorFrom, csrfHeaders } from '../api';
import type { components, paths } from './schema.gen';

/** A schema of the API, by its name in the OpenAPI document (generated, never hand-written). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The query parameters of a GET path, as the server declares them. */
export type QueryOf<Path extends keyof paths> = paths[Path] extends {
  get: { parameters: { query?: infer Q } };
}
  ? NonNullable<Q>
  : never;

/**
 * The typed client: each call's path, parameters, body and answer are checked against the types
 * generated from the server's OpenAPI document (`npm run api:types`), so nothing is cast.
 */
export const client = createClient<paths>({ baseUrl: '/api', credentials: 'same-origin' });

client.use({
  onRequest({ request }) {
    for (const [name, value] of Object.entries(csrfHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
});

/** The answer of a typed call, or the same ApiError that api() throws. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: Schema<'Error'>; response: Response }>,
): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'NETWORK', ui.errors.NETWORK);
  }
  const { data, error, response } = result;
  if (!response.ok || data === undefined) throw apiErrorFrom(response.status, error);
  return data;
}
