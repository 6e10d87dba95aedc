import { expect, type Locator } from '@playwright/test';

/**
 * Types a date into a Mantine DateInput as an officer would, then leaves the field with Tab.
 * Leaving closes the field's calendar popover (the next field may open its own). While it is open
 * it covers the controls below the field, and a click there only closes the popover without
 * reaching the control: councils.spec failed so in CI.
 */
export async function typeDate(field: Locator, ddmmyyyy: string): Promise<void> {
  await field.fill(ddmmyyyy);
  await field.press('Tab');
  await expect(field).not.toBeFocused();
  await expect(field).toHaveValue(ddmmyyyy);
}
