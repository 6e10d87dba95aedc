-- Award search (issue 19): the filters and the id join the subject key, so a search reads the
-- index alone for every match and the award rows for its page only; teams and households are
-- found by unit (award-search.repository.ts).
DROP INDEX "award_subject_idx";--> statement-breakpoint
CREATE INDEX "collective_unit_idx" ON "collective" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE INDEX "household_unit_idx" ON "household" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE INDEX "award_subject_idx" ON "award" USING btree ("tenant_id","subject_id","year","award_code","kind","subject_type","id");