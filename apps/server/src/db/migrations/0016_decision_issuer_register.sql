DROP INDEX "decision_number_year_uq";--> statement-breakpoint
ALTER TABLE "decision" ADD COLUMN "issuer_unit_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "decision_unit_number_year_uq" ON "decision" USING btree ("tenant_id","issuer_unit_id","number",extract(year from "signed_on")) WHERE "decision"."issuer_unit_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "decision_external_number_year_uq" ON "decision" USING btree ("tenant_id","issuer","number",extract(year from "signed_on")) WHERE "decision"."issuer_unit_id" IS NULL;--> statement-breakpoint
-- Hand-written: decisions whose issuer is named exactly like a unit of the tenant move into that unit's register.
UPDATE "decision" SET "issuer_unit_id" = (SELECT u."id" FROM "org_unit" u WHERE u."tenant_id" = "decision"."tenant_id" AND u."name" = "decision"."issuer" ORDER BY u."path" LIMIT 1);
