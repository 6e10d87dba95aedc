ALTER TABLE "annual_rating" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "discipline" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "hold" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;