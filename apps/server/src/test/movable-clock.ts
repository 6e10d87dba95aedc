import type { Clock } from '../platform/clock';

/**
 * A clock the e-mail tests move past the outbox's backoff. It starts a little ahead of the
 * database's now(), which stamped the messages as due.
 */
export function movableClock(): Clock & { advance(ms: number): void } {
  let t = Date.now() + 1_000;
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
  };
}
