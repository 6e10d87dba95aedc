ALTER TABLE "award" ADD COLUMN "changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "decision" ADD COLUMN "changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "award_changed_idx" ON "award" USING btree ("tenant_id","changed_at");--> statement-breakpoint
-- Hand-written: every write path (services, imports, revocation) moves changed_at forward, so the
-- national export's incremental run (`export national --since`) cannot miss a changed award.
-- The trigger touches only its own row, so it is safe on Citus shards as well.
CREATE OR REPLACE FUNCTION touch_changed_at() RETURNS trigger AS $$
BEGIN
  NEW.changed_at := now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER award_touch_changed_at BEFORE UPDATE ON award
  FOR EACH ROW EXECUTE FUNCTION touch_changed_at();
--> statement-breakpoint
CREATE TRIGGER decision_touch_changed_at BEFORE UPDATE ON decision
  FOR EACH ROW EXECUTE FUNCTION touch_changed_at();
