ALTER TABLE "collective" ADD COLUMN "is_enterprise" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "person_employment" ADD COLUMN "leader_level" text;