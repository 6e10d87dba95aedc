ALTER TABLE "council_session" ADD COLUMN "opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "council_session" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "proposal" ADD COLUMN "public_comment_closed_on" date;--> statement-breakpoint
ALTER TABLE "proposal" ADD COLUMN "public_comment_close_reason" text;--> statement-breakpoint
ALTER TABLE "proposal_component" ADD COLUMN "confirmed_by" uuid;--> statement-breakpoint
ALTER TABLE "proposal_component" ADD COLUMN "confirmed_at" timestamp with time zone;