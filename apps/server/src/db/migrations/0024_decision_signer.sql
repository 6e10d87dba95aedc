ALTER TABLE "decision" ADD COLUMN "signer_position" text;--> statement-breakpoint
ALTER TABLE "decision" ADD COLUMN "signed_as_deputy" boolean DEFAULT false NOT NULL;