import { t, ui } from '../../../i18n/ui';
import type { WorkItem } from '../api/get-my-work';

/** "Còn 3 ngày làm việc", "Quá hạn 2 ngày": counted the way the deadline's own rule counts it. */
export function deadlineText(item: Pick<WorkItem, 'daysLeft' | 'dayCount'>): string {
  const m = ui.myWork;
  if (item.daysLeft === null || item.dayCount === null) return m.noDeadline;
  if (item.daysLeft === 0) return m.dueToday;
  const working = item.dayCount === 'WORKING';
  if (item.daysLeft > 0) return t(working ? m.leftWorking : m.leftCalendar, { n: item.daysLeft });
  return t(working ? m.lateWorking : m.lateCalendar, { n: -item.daysLeft });
}
