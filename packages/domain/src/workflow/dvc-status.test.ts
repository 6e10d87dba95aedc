import { describe, expect, it } from 'vitest';
import { DVC_STATUS_OF_STATE, DVC_STATUSES, dvcDossierCode, dvcStatusOf } from './dvc-status';
import { PROPOSAL_STATES } from './states';

describe('portal status of a proposal', () => {
  it('maps every state, and only to the portal codes 1–10', () => {
    for (const s of PROPOSAL_STATES) {
      const code = DVC_STATUS_OF_STATE[s];
      if (code !== null) expect(Object.keys(DVC_STATUSES)).toContain(code);
    }
    expect(Object.keys(DVC_STATUSES)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('keeps drafts off the portal, and follows a filed dossier from new to processed', () => {
    expect(dvcStatusOf('DRAFT', 0)).toBeNull();
    expect(dvcStatusOf('UNIT_REVIEW', 0)).toBeNull();
    expect(
      ['SUBMITTED', 'RECEIVED', 'RETURNED', 'APPRAISAL', 'DECIDED'].map((s) => dvcStatusOf(s as never, 0)),
    ).toEqual(['1', '2', '5', '4', '9']);
  });

  it('a dossier sent on to the next level is still being processed, not new again', () => {
    expect(dvcStatusOf('SUBMITTED', 1)).toBe('4');
    expect(dvcStatusOf('RECEIVED', 2)).toBe('4');
    expect(dvcStatusOf('RETURNED', 1)).toBe('5');
  });

  it('the dossier code is stable, upper-case and carries the creation day', () => {
    const id = '01938a2b-7c4d-7e5f-8a9b-0c1d2e3f4a5b';
    expect(dvcDossierCode('sonha', id, '2026-12-05')).toBe('SONHA-261205-0C1D2E3F4A5B');
    expect(dvcDossierCode('sonha', id, '2026-12-05')).toBe(dvcDossierCode('SONHA', id, '2026-12-05'));
  });
});
