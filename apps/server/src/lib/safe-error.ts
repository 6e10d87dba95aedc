// What the server log may say about an unexpected error. A failed query's message carries its
// parameter values (drizzle writes "params: …" into it, and PostgreSQL quotes the offending
// value in messages like 'invalid input syntax for type uuid: "…"'); those values are personal
// data (names, citizen IDs), so the log keeps the SQL text, the error code and the stack frames,
// and never a value.

type PgLike = {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  message?: string;
};

/** Quoted parts of a database message (values, sometimes names) become "…". */
const redact = (message: string) => message.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");

/** The stack frames only: the first lines of a stack repeat the message. */
function frames(error: Error): string {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redact(String(error));
  const query = (error as { query?: unknown }).query;
  const cause = (error as { cause?: unknown }).cause;
  if (typeof query === 'string') {
    const pg = (cause ?? {}) as PgLike;
    const facts = [
      pg.code && `code ${pg.code}`,
      pg.constraint && `constraint ${pg.constraint}`,
      pg.table && `table ${pg.table}`,
      pg.column && `column ${pg.column}`,
      pg.routine && `routine ${pg.routine}`,
    ].filter(Boolean);
    const reason = pg.message ? redact(pg.message) : 'unknown';
    return `Failed query: ${query}\ncause: ${reason}${facts.length ? ` (${facts.join(', ')})` : ''}\n${frames(error)}`;
  }
  // A database error without drizzle's wrapper still quotes values in its message.
  if ((error as PgLike).code && (error as PgLike).routine) {
    return `${error.name}: ${redact(error.message)} (code ${(error as PgLike).code})\n${frames(error)}`;
  }
  return error.stack ?? `${error.name}: ${error.message}`;
}
