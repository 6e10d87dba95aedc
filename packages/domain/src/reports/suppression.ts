// Small-cell suppression for figures about people's sensitive traits (ethnicity, gender…): a cell
// counting fewer than `threshold` people prints "< 5", and when a group of cells adds up to a
// printed total, a second cell is hidden with it so the first cannot be recovered by subtraction.

export const SMALL_CELL_THRESHOLD = 5;

export type CountCell = { readonly count: number; readonly people: number };

/** Which cells to hide: the small ones, plus complements where one hidden cell would be recoverable. */
export function suppressCells(
  cells: readonly CountCell[],
  isTotalShown: boolean,
  threshold = SMALL_CELL_THRESHOLD,
): boolean[] {
  const hidden = cells.map((c) => c.people > 0 && c.people < threshold);
  const count = hidden.filter(Boolean).length;
  // Exactly one hidden cell and a printed total: hide the smallest other cell as well (zeros
  // included: a hidden zero is as good a complement as any, and gives nothing away).
  if (isTotalShown && count === 1 && cells.length > 1) {
    let pick = -1;
    cells.forEach((c, i) => {
      if (hidden[i]) return;
      if (pick === -1 || c.count < cells[pick]!.count) pick = i;
    });
    if (pick >= 0) hidden[pick] = true;
  }
  return hidden;
}

export const isSmall = (people: number, threshold = SMALL_CELL_THRESHOLD) => people > 0 && people < threshold;
