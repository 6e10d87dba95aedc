ALTER TABLE "app_user" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "position_title" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_tenant_id_person_id_person_tenant_id_id_fk" FOREIGN KEY ("tenant_id","person_id") REFERENCES "public"."person"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_person_uq" ON "app_user" USING btree ("tenant_id","person_id");