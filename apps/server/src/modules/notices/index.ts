// What other modules and the server use of the e-mail notices.
export { sendDeadlineReminders, startReminderJob } from './deadline-reminders';
export { registerNoticeSettingsRoutes } from './notice-settings.routes';
export { noticeCouncilOpened, noticeProposalStep } from './notices.service';
