import { describe, expect, inject, it } from 'vitest';
import type {} from '../apps/server/src/test/global-setup';
import { benchScan } from './eligibility-scan.bench';
import { benchImport, createDatabase } from './import.bench';

// `npm run bench` is not part of the test run, so schema changes could break it unnoticed (the
// scan's streaming baseline once queried a column initiatives no longer have). This runs the
// PostgreSQL workloads at a small scale and checks what they did, never how fast.

describe('benchmark workloads on PostgreSQL, small scale', () => {
  it('seeds, streams and scans every synthetic subject', async () => {
    const scan = await benchScan(await createDatabase(inject('postgresUrl')), 300);
    expect(scan.scanned).toBeGreaterThanOrEqual(300);
    expect(scan.ratings).toBeGreaterThan(0);
    expect(scan.initiatives).toBeGreaterThan(0);
    // The baseline streams the people and every record the engine reads for them.
    expect(scan.streamedRows).toBeGreaterThan(scan.ratings + scan.awards);
    expect(scan.verdicts).toBeGreaterThan(0);
  });

  it('imports the CSV and .xlsx award files and copies the same rows back', async () => {
    const result = await benchImport(inject('postgresUrl'), 2_000, 500, 300);
    expect(result.csv.rows).toBe(2_000);
    expect(result.copy.rows).toBe(2_000);
    expect(result.xlsx.rows).toBe(500);
  });
});
