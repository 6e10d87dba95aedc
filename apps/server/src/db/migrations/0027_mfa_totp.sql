ALTER TABLE "app_user" ADD COLUMN "mfa_secret" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "mfa_pending_secret" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "mfa_enabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "mfa_last_step" integer;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "mfa_recovery_hashes" text[];--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "mfa_verified" boolean DEFAULT true NOT NULL;