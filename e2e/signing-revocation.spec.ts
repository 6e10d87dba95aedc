import { expect, type Page, test } from '@playwright/test';
import { issuedGiayKhenDecision } from './support/decision-setup';
import { nameSealFile, pdfsig } from './support/seal';
import { postJson } from './support/workflow-api';

// Revoking an award of a signed decision from the proposal page: the confirmation says a
// revocation decision will be issued and signed with the seal; the modal then gives its number
// and signed PDF, which Poppler's pdfsig finds valid; the award shows as revoked.

/**
 * Signs the decision with the e2e server's throwaway seal, then puts the settings back as they
 * were (signing.spec.ts starts from a tenant without a seal named).
 */
async function signWithSeal(page: Page, decisionId: string) {
  const before = await nameSealFile(page, 'e2e-seal.p12');
  await postJson(page, `/api/decisions/${decisionId}/signature`, { method: 'SEAL' });
  return before;
}

test('thu hồi khen thưởng của quyết định đã ký số bằng một quyết định thu hồi có số, được ký số', async ({
  page,
}) => {
  const NAME = 'Đặng Thị Thu Hồi';
  const decision = await issuedGiayKhenDecision(page, [NAME, 'Lục Văn Còn']);
  const sealBefore = await signWithSeal(page, decision.id);
  await page.goto(`/ho-so-de-nghi/${decision.proposalId}`);
  await expect(page.getByTestId('decision-signature')).toHaveAttribute('data-signed', 'true');

  const award = page.locator(`[data-testid="decision-award"][data-subject="${NAME}"]`);
  await award.getByTestId('decision-award-revoke').click();
  await page.getByTestId('revoke-award-ground').click();
  await page.getByRole('option', { name: /Điểm a/ }).click();
  await page.getByTestId('revoke-award-reason').fill('Phát hiện kê khai gian dối thành tích');
  await page.getByTestId('revoke-award-next').click();
  const confirm = page.getByTestId('revoke-award-confirm-step');
  await expect(confirm).toHaveAttribute('data-signed', 'true');
  await expect(confirm).toContainText('ban hành một Quyết định thu hồi');
  await page.getByTestId('revoke-award-confirm').click();
  // The revocation decision is signed with the seal as the revoke is confirmed; then the settings
  // go back to how the suite found them.

  const issued = page.getByTestId('revocation-decision-issued');
  await expect(issued).toContainText(
    /Quyết định thu hồi số \d+\/QĐ-[^ ]+ ngày \d{2}\/\d{2}\/\d{4} đã được ký số/,
    {
      timeout: 30_000,
    },
  );
  await nameSealFile(page, sealBefore);
  const number = await issued.getAttribute('data-number');
  expect(number).not.toBe(decision.number);
  const href = await page.getByTestId('revocation-decision-pdf').getAttribute('href');
  const res = await page.request.get(href as string);
  const report = pdfsig(await res.body());
  expect(report).toContain('Signature Validation: Signature is Valid.');
  expect(report).toContain('Signature Type: ETSI.CAdES.detached');

  await page.getByTestId('revocation-decision-close').click();
  await expect(award.getByTestId('decision-award-revoked')).toHaveText('Đã thu hồi');
  const other = page.locator('[data-testid="decision-award"][data-subject="Lục Văn Còn"]');
  await expect(other.getByTestId('decision-award-revoke')).toBeVisible();
});
