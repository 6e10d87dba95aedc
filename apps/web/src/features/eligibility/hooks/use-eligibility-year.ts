import { useState } from 'react';
import { currentYear } from '../../../lib/dates';

// Annual titles are judged after the year closes, so the useful default is last year.
// The product offers review from 2019 on (the brief for issue 3); older records are only history.
const FIRST_YEAR = 2019;

export function eligibilityYears(thisYear = currentYear()): number[] {
  const years: number[] = [];
  for (let year = thisYear; year >= FIRST_YEAR; year -= 1) years.push(year);
  return years;
}

export function useEligibilityYear() {
  return useState(() => currentYear() - 1);
}
