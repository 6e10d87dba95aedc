DROP INDEX "person_citizen_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "person_citizen_uq" ON "person" USING btree ("tenant_id","citizen_id");