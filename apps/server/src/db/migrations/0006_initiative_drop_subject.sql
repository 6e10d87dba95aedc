DROP INDEX "initiative_subject_idx";--> statement-breakpoint
ALTER TABLE "initiative" DROP COLUMN "subject_id";