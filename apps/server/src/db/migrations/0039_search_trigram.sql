-- Search without diacritics (issue 19): a trigram index on the folded name. pg_trgm is in
-- PostgreSQL's contrib; PGlite loads it as an extension (db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "person_name_trgm_idx" ON "person" USING gin ("name_search" gin_trgm_ops);
