import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Clicks a download link and returns word/document.xml of the non-empty .docx the browser saved. */
export async function downloadDocx(page: Page, testId: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const file = await download.path();
  expect(fs.statSync(file).size).toBeGreaterThan(0);
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
}
