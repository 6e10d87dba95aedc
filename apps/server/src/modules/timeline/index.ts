// What other modules use of timeline: its public surface (ARCHITECTURE.md, "How to add a module").
export type { TimelineOutput } from './timeline.schemas';
export { loadHouseholdTimeline, loadPersonTimeline, loadUnitTimeline } from './timeline.service';
