import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../config/config';

/** The seal certificate's password in tests (throwaway-ca.ts writes the file). */
export const TEST_SIGNING_PASSWORD = 'mat-khau-chung-thu-thu-nghiem';
/** The key material of TOTP secrets at rest in tests (64 hex characters = 32 bytes). */
export const TEST_MFA_SECRET = '5a'.repeat(32);
export const TEST_SIGNING_DIR = path.join(os.tmpdir(), 'vinhdanh-test-signing');

/**
 * The configuration integration tests run with. Every test signs in from the same in-process
 * "address" and often as the same user, so the login limits (settings) are set out of the way;
 * the tests of those limits build an app with their own. The demo trial is on, so the seeded
 * demo accounts sign in without the forced change, as with `npm start`.
 */
export function testConfig(env: NodeJS.ProcessEnv = {}): Config {
  return {
    ...loadConfig({
      VINHDANH_LOGIN_LIMIT_PER_IP: '1000000',
      VINHDANH_LOGIN_LIMIT_PER_USERNAME: '1000000',
      // Suites that seed the demo province sign in as its accounts, as in the demo trial.
      VINHDANH_DEMO: '1',
      // Server signing reads the seal from here; ensureTestSeal() puts a throwaway CA's file in it.
      VINHDANH_SIGNING_DIR: TEST_SIGNING_DIR,
      VINHDANH_SIGNING_PASSWORD: TEST_SIGNING_PASSWORD,
      // TOTP secrets are encrypted with a key from this, so no test writes a key file into ./data.
      VINHDANH_MFA_SECRET: TEST_MFA_SECRET,
      ...env,
    }),
    webDist: '/nonexistent',
  };
}
