-- The people list's name order (issue 19): byte-wise (COLLATE "C"), as the list sorts, and ending with the
-- id as its keys do, so a page reads its rows in order instead of sorting the whole scope. The old
-- index used the database collation, which that ORDER BY cannot use.
DROP INDEX "person_sort_idx";--> statement-breakpoint
CREATE INDEX "person_name_sort_idx" ON "person" USING btree ("tenant_id","name_sort" COLLATE "C","id");