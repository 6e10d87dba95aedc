import { expect, type Page } from '@playwright/test';

// Issue 11 item 7, width: a header cell whose text does not fit is cut (the reader loses the
// column's name), and a page wider than the window scrolls sideways. Both are measured in the
// browser, so the report names the page and the cell.

/** Waits until the page has drawn its data: no request in flight, no loader turning. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Loader:visible, .mantine-datatable-loader-fetching')).toHaveCount(0);
}

// Run in the page. A string, not a function: the e2e project compiles without the DOM library.
const MEASURE = `(headers) => {
  const out = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth) {
    // Name the element reaching furthest past the window, so the report says what pushes.
    let culprit = '';
    let right = window.innerWidth;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 0.5) {
        right = r.right;
        const id = el.getAttribute('data-testid');
        culprit = el.tagName.toLowerCase() + (id ? '[data-testid=' + id + ']' : '') + '.' + [...el.classList].slice(0, 2).join('.');
      }
    }
    out.push('trang cuộn ngang: scrollWidth ' + doc.scrollWidth + ' > innerWidth ' + window.innerWidth +
      (culprit ? ' (xa nhất: ' + culprit + ' tới ' + Math.round(right) + ' px)' : ''));
  }
  // The header is fixed: what runs past its right edge is cut, not scrolled to, and the page's
  // scrollWidth never shows it.
  const bar = document.querySelector('header');
  if (bar && bar.scrollWidth > bar.clientWidth)
    out.push('thanh đầu trang bị cắt: scrollWidth ' + bar.scrollWidth + ' > clientWidth ' + bar.clientWidth);
  if (!headers) return out;
  for (const th of document.querySelectorAll('th')) {
    if (th.getClientRects().length === 0) continue; // in a closed tab or a hidden panel
    const name = (th.innerText || th.getAttribute('aria-label') || '(trống)').replace(/\\s+/g, ' ').trim();
    const clipped = [th, ...th.querySelectorAll('*')].find((el) =>
      el.clientWidth > 0 && el.scrollWidth > el.clientWidth &&
      (el === th || getComputedStyle(el).overflowX !== 'visible'));
    if (clipped)
      out.push('ô tiêu đề "' + name.slice(0, 60) + '" bị cắt: scrollWidth ' + clipped.scrollWidth +
        ' > clientWidth ' + clipped.clientWidth +
        (clipped === th ? '' : ' (' + clipped.tagName.toLowerCase() + '.' + [...clipped.classList].join('.') + ')'));
  }
  return out;
}`;

/**
 * What is wrong with the page's width, one line per fault, empty when nothing is: the page scrolls
 * sideways, or a visible header cell (`th`, or an element inside one that clips its content, such
 * as an ellipsis) is narrower than its content. With `headers: false` only the page is measured.
 */
export async function widthFaults(page: Page, where: string, opts = { headers: true }): Promise<string[]> {
  const faults = (await page.evaluate(`(${MEASURE})(${opts.headers})`)) as string[];
  return faults.map((f) => `${where}: ${f}`);
}

/** How many visible header cells the page has (so a check over an empty page is noticed). */
export async function visibleHeaderCells(page: Page): Promise<number> {
  return (await page.evaluate(
    "[...document.querySelectorAll('th')].filter((th) => th.getClientRects().length > 0).length",
  )) as number;
}
