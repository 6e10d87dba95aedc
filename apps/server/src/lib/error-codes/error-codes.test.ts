import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../errors';

// lib/errors.ts spreads the parts into one catalogue; a code written in two parts would silently take
// the last part's message and status, and a part left out of errors.ts would never reach a client.

describe('error code parts', () => {
  it('hold each code exactly once, and errors.ts composes all of them', async () => {
    const files = readdirSync(import.meta.dirname).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const codes: string[] = [];
    for (const file of files) {
      const part = (await import(`./${file}`)) as Record<string, Record<string, unknown>>;
      for (const [name, value] of Object.entries(part)) {
        if (name.endsWith('_ERRORS')) codes.push(...Object.keys(value));
      }
    }
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    expect(codes.sort()).toEqual(Object.keys(ERROR_MESSAGES).sort());
  });
});
