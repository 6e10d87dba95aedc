DROP INDEX "eligibility_verdict_award_idx";--> statement-breakpoint
ALTER TABLE "eligibility_verdict" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "eligibility_verdict" ADD COLUMN "sort_rank" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "eligibility_verdict" ADD COLUMN "name_sort" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Hand-written (issue 19): the verdicts stored before carry their subject's order and unit from now
-- on. A person's come from the person row (person.name_sort is personNameSortKey of the name); a
-- collective's name key is computed in the server, so its verdicts are put in the refresh queue
-- (year 0: every scanned year) and shown as pending until the job has saved them again.
UPDATE eligibility_verdict v SET unit_id = p.unit_id, name_sort = p.name_sort,
  sort_rank = (CASE WHEN p.is_direct_worker THEN 0 ELSE 2 END) + (CASE WHEN p.gender = 'NU' THEN 0 ELSE 1 END)
  FROM person p WHERE p.tenant_id = v.tenant_id AND p.id = v.subject_id AND v.subject_type = 'PERSON';--> statement-breakpoint
UPDATE eligibility_verdict SET unit_id = subject_id WHERE subject_type = 'COLLECTIVE';--> statement-breakpoint
INSERT INTO eligibility_stale (tenant_id, subject_id, year, changed_at, version)
  SELECT DISTINCT tenant_id, subject_id, 0, now(), 1 FROM eligibility_verdict WHERE subject_type = 'COLLECTIVE'
  ON CONFLICT (tenant_id, subject_id, year) DO NOTHING;--> statement-breakpoint
CREATE INDEX "eligibility_verdict_order_idx" ON "eligibility_verdict" USING btree ("tenant_id","year","award_code","sort_rank","name_sort" COLLATE "C","subject_id") WHERE "eligibility_verdict"."is_eligible";--> statement-breakpoint
CREATE INDEX "eligibility_verdict_unit_idx" ON "eligibility_verdict" USING btree ("tenant_id","year","unit_id","award_code","subject_type") WHERE "eligibility_verdict"."is_eligible";--> statement-breakpoint
CREATE INDEX "eligibility_verdict_award_idx" ON "eligibility_verdict" USING btree ("tenant_id","year","award_code","is_eligible","subject_type");