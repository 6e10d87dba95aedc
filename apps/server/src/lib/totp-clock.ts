/**
 * The time TOTP codes are checked at. In production it is the system clock; a test moves it on
 * by whole steps, because a code is refused at or before the last step accepted (no replay) and
 * tests must not wait 30 seconds.
 */
export type TotpClock = { now(): number; advance(ms: number): void };

export function createTotpClock(): TotpClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      offset += ms;
    },
  };
}

/**
 * The one clock of this process. Tests move it on; nothing else does, so in production it is the
 * system clock. Moving it forward is harmless to other apps in the same process: every account
 * keeps its own last step, and codes are made at the moved time.
 */
export const processTotpClock = createTotpClock();
