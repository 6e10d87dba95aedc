ALTER TABLE "award" ADD COLUMN "initiatives_used" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "initiative" ADD COLUMN "is_accepted" boolean DEFAULT true NOT NULL;