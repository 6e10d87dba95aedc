import { vietnamDate, vietnamYear } from '@vinhdanh/domain/calendar/vietnam-time';

// The one clock. Office days are Vietnamese days: "today" and "this year" are taken in
// Asia/Ho_Chi_Minh (UTC+7), never from the server's UTC date, which is yesterday before 07:00.
// Tests move time with vi.setSystemTime, which this reads through `new Date()`.

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** Today's date in Vietnam, 'YYYY-MM-DD'. */
export const todayVn = (clock: Clock = systemClock): string => vietnamDate(clock.now());

/** This year in Vietnam. */
export const currentYearVn = (clock: Clock = systemClock): number => vietnamYear(clock.now());
