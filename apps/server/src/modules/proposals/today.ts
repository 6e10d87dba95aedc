// Office days are Vietnamese days: "today" is the date in Asia/Ho_Chi_Minh (UTC+7, no DST).
export const todayVn = (now: Date = new Date()): string =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
