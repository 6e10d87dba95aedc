// What other modules use of inspections: the demo seed plans and records through the services.

export { completeInspectionFinding, createInspectionFinding } from './inspection-findings.service';
export { createInspectionPlan } from './inspection-plans.service';
