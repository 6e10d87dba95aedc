import { expect, type Page } from '@playwright/test';

// "Việc chờ tôi xử lý": the row of one piece of work (kind and dossier or session id) in the
// signed-in user's queue.

export async function queueRow(page: Page, kind: string, refId: string) {
  await page.goto('/viec-cho-xu-ly');
  await expect(page.getByTestId('page-title')).toHaveText('Việc chờ tôi xử lý');
  return page.locator(`[data-testid="my-work-item"][data-kind="${kind}"][data-ref-id="${refId}"]`);
}
