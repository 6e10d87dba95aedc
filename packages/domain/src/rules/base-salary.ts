// Mức lương cơ sở: a dated table of its own; money uses the amount in force on the decision date.
import { parseIsoDay } from './dates';
import type { IsoDate } from './types';

export type BaseSalaryStep = { readonly from: IsoDate; readonly amountVnd: number; readonly source: string };

/** Oldest first. */
export const BASE_SALARY: readonly BaseSalaryStep[] = [
  { from: '2019-07-01', amountVnd: 1_490_000, source: 'Nghị định 38/2019/NĐ-CP, Điều 3' },
  { from: '2023-07-01', amountVnd: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP, Điều 3' },
  { from: '2024-07-01', amountVnd: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP, Điều 3' },
];

const STEPS = BASE_SALARY.map((s) => ({ day: parseIsoDay(s.from) as number, amount: s.amountVnd }));

/** The base salary on a day number, or null before the first known step. */
export function baseSalaryOnDay(day: number, table: readonly BaseSalaryStep[] = BASE_SALARY): number | null {
  const steps =
    table === BASE_SALARY
      ? STEPS
      : table.map((s) => ({ day: parseIsoDay(s.from) as number, amount: s.amountVnd }));
  let amount: number | null = null;
  for (const s of steps) if (s.day <= day) amount = s.amount;
  return amount;
}

export function baseSalaryAt(date: IsoDate, table: readonly BaseSalaryStep[] = BASE_SALARY): number | null {
  const day = parseIsoDay(date);
  if (day === null) throw new RangeError(`Ngày không hợp lệ: ${date}`);
  return baseSalaryOnDay(day, table);
}
