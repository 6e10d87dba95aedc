CREATE TABLE "login_name" (
	"username" text PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	CONSTRAINT "login_name_username_tenant_uq" UNIQUE("username","tenant_id")
);
--> statement-breakpoint
DROP INDEX "session_token_uq";--> statement-breakpoint
DROP INDEX "app_user_username_uq";--> statement-breakpoint
DROP INDEX "award_verification_code_uq";--> statement-breakpoint
ALTER TABLE "login_name" ADD CONSTRAINT "login_name_tenant_id_tenant_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written (issue 20): register the names of existing accounts before the foreign key needs them.
INSERT INTO "login_name" ("username", "tenant_id") SELECT "username", "tenant_id" FROM "app_user";--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_username_tenant_id_login_name_username_tenant_id_fk" FOREIGN KEY ("username","tenant_id") REFERENCES "public"."login_name"("username","tenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_username_uq" ON "app_user" USING btree ("tenant_id","username");--> statement-breakpoint
CREATE UNIQUE INDEX "award_verification_code_uq" ON "award_verification" USING btree ("tenant_id","code");