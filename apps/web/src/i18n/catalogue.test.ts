import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from './ui';
import { uiClusters } from './ui-clusters';
import { uiMovements } from './ui-movements';

// The catalogue grew to 1,343 lines in one file before it was split per feature; this keeps each
// part small, and keeps the two halves of `emulation` from silently overwriting each other's keys.

const DIR = import.meta.dirname;
const MAX_LINES = 300;

describe('UI catalogue', () => {
  it(`has no file longer than ${MAX_LINES} lines`, () => {
    const long = readdirSync(DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => ({ f, lines: readFileSync(join(DIR, f), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('composes emulation from two parts that share no key', () => {
    const shared = Object.keys(uiMovements).filter((k) => k in uiClusters);
    expect(shared).toEqual([]);
    expect(Object.keys(ui.emulation)).toHaveLength(
      Object.keys(uiMovements).length + Object.keys(uiClusters).length,
    );
  });
});
