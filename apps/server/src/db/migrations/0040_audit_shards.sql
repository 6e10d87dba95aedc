-- Per-shard audit chains (issue 19, item 4): a tenant's log becomes several chains, each with its
-- own head, so concurrent writers of one tenant lock different head rows. Existing rows and heads
-- become shard 0, whose hashes are computed as before (platform/audit/audit-hash.ts), so the chains
-- written before this migration still verify. The column is added with a default for those rows
-- only: every new row names its shard.
ALTER TABLE "audit_event" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_event" ALTER COLUMN "shard" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_head" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_head" ALTER COLUMN "shard" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_tenant_id_seq_pk";--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_tenant_id_shard_seq_pk" PRIMARY KEY("tenant_id","shard","seq");--> statement-breakpoint
ALTER TABLE "audit_head" DROP CONSTRAINT "audit_head_pkey";--> statement-breakpoint
ALTER TABLE "audit_head" ADD CONSTRAINT "audit_head_tenant_id_shard_pk" PRIMARY KEY("tenant_id","shard");--> statement-breakpoint
CREATE INDEX "audit_event_tenant_at_idx" ON "audit_event" USING btree ("tenant_id","at","id");
