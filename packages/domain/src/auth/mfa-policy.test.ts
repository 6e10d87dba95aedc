import { describe, expect, it } from 'vitest';
import { isMfaRequired } from './mfa-policy';

describe('who must use a second factor', () => {
  it('administrators, signers and the fund accountant always; other roles only when the setting names them', () => {
    expect(isMfaRequired(['SYSTEM_ADMIN'])).toBe(true);
    expect(isMfaRequired(['TENANT_ADMIN'])).toBe(true);
    expect(isMfaRequired(['VIEWER', 'LEADER'])).toBe(true);
    // The fund's accountant pays out public money.
    expect(isMfaRequired(['FINANCE'])).toBe(true);
    expect(isMfaRequired(['UNIT_OFFICER', 'APPRAISER'])).toBe(false);
    expect(isMfaRequired(['UNIT_OFFICER'], ['UNIT_OFFICER'])).toBe(true);
  });
});
