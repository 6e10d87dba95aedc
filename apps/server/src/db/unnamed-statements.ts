import type pg from 'pg';

type Query = (...args: unknown[]) => unknown;

/** A plain query config that names its statement ({ name, text, values }); a Submittable stays as is. */
const isNamed = (config: unknown): config is { name: string } =>
  typeof config === 'object' &&
  config !== null &&
  typeof (config as { name?: unknown }).name === 'string' &&
  typeof (config as { submit?: unknown }).submit !== 'function';

/**
 * Every statement of the pool's connections sent unnamed (VINHDANH_NAMED_STATEMENTS=0): behind
 * PgBouncer's transaction pooling before 1.21, or with `max_prepared_statements = 0`, a statement
 * prepared on one server connection is asked for on another ("prepared statement … does not
 * exist"). The few hot reads that name theirs (queryRows' preparedAs, findPerson) then parse and
 * plan each time, as every other statement does.
 */
export function unnamedStatements(pool: pg.Pool): pg.Pool {
  pool.on('connect', (client) => {
    // The prototype's query, looked up at each call: a wrapper put there later still applies.
    const proto = Object.getPrototypeOf(client) as { query: Query };
    (client as unknown as { query: Query }).query = (config: unknown, ...rest: unknown[]) =>
      proto.query.call(client, isNamed(config) ? { ...config, name: undefined } : config, ...rest);
  });
  return pool;
}
