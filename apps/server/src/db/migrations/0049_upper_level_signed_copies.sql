DROP INDEX "signed_document_decision_kind_uq";--> statement-breakpoint
ALTER TABLE "signed_document" ALTER COLUMN "signed_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "signed_document" ADD COLUMN "award_id" uuid;--> statement-breakpoint
ALTER TABLE "signed_document" ADD CONSTRAINT "signed_document_decision_kind_uq" UNIQUE NULLS NOT DISTINCT("tenant_id","decision_id","kind","award_id");