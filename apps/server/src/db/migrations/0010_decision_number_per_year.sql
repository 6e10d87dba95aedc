DROP INDEX "decision_number_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "decision_number_year_uq" ON "decision" USING btree ("tenant_id","number",extract(year from "signed_on"));