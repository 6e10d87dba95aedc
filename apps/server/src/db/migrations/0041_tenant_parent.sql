-- A tenant may have a parent tenant (issue 17 item 2): the level a dossier decided above it goes to
-- as a package. Self-referencing; on Citus the tenant table is a reference table, so the key stays local.
ALTER TABLE "tenant" ADD COLUMN "parent_tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "tenant" ADD CONSTRAINT "tenant_parent_fk" FOREIGN KEY ("parent_tenant_id") REFERENCES "public"."tenant"("tenant_id") ON DELETE no action ON UPDATE no action;