// What other modules use of complaints: its public surface (ARCHITECTURE.md, "How to add a module").
export { fileComplaintInput } from './complaints.schemas';
export { fileComplaint, trackComplaint } from './complaints.service';
