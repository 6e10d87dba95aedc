import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { cachedRuleSets, forgetRuleSets } from './rule-set-cache';

// The tenant's rule sets are kept 5 s (decision 019). When the entry is missing or expired, the
// requests that ask at once share one load (issue 19: every request of the burst used to send the
// two statements itself); a load that a forget overtook is neither shared nor kept.

const database = () => ({}) as unknown as Db;

function slowLoad() {
  const started: Array<(value: string) => void> = [];
  const load = () => new Promise<string>((resolve) => started.push(resolve));
  return { load, started };
}

describe('rule set cache', () => {
  it('gives the requests that miss at once one load, then serves the kept entry', async () => {
    const db = database();
    const { load, started } = slowLoad();
    const asked = Array.from({ length: 10 }, () => cachedRuleSets(db, 'tenant-a', load));
    expect(started).toHaveLength(1);
    started[0]!('rule sets v1');
    expect(await Promise.all(asked)).toEqual(Array(10).fill('rule sets v1'));
    expect(await cachedRuleSets(db, 'tenant-a', load)).toBe('rule sets v1');
    expect(started).toHaveLength(1);
    // Another tenant has its own load.
    const other = cachedRuleSets(db, 'tenant-b', load);
    expect(started).toHaveLength(2);
    started[1]!('rule sets of b');
    expect(await other).toBe('rule sets of b');
  });

  it('does not hand out a load that a saved change overtook', async () => {
    const db = database();
    const { load, started } = slowLoad();
    const before = cachedRuleSets(db, 'tenant-a', load);
    forgetRuleSets();
    const after = cachedRuleSets(db, 'tenant-a', load);
    expect(started).toHaveLength(2);
    started[0]!('old parameters');
    started[1]!('new parameters');
    expect(await before).toBe('old parameters');
    expect(await after).toBe('new parameters');
    // Only the load that began after the change was kept.
    expect(await cachedRuleSets(db, 'tenant-a', load)).toBe('new parameters');
    expect(started).toHaveLength(2);
  });
});
