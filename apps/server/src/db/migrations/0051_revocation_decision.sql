-- A revocation of an award of a signed decision is a decision of its own (issue 17, docs/signing.md):
-- it names the decision it revokes from, and the per-award revocation names it.
ALTER TABLE "award_revocation" ADD COLUMN "revocation_decision_id" uuid;--> statement-breakpoint
ALTER TABLE "decision" ADD COLUMN "revokes_decision_id" uuid;