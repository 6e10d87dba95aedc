CREATE TABLE "eligibility_scan" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"path" text NOT NULL,
	"rules_version" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eligibility_scan_tenant_id_year_path_pk" PRIMARY KEY("tenant_id","year","path")
);
--> statement-breakpoint
CREATE TABLE "eligibility_stale" (
	"tenant_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"claimed_until" timestamp with time zone,
	CONSTRAINT "eligibility_stale_tenant_id_subject_id_year_pk" PRIMARY KEY("tenant_id","subject_id","year")
);
--> statement-breakpoint
ALTER TABLE "eligibility_verdict" ADD COLUMN "rules_version" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Hand-written (issue 19): every table the engine's history reads marks the subjects a write touches
-- as stale, so no write path (forms, imports, revocation, moves, the seed) can be missed. A subject is
-- marked for every year (0): a record can change any later year's verdict. A person's ratings and
-- awards also count in their unit's member statistics, so the unit is marked too. The rows written
-- carry the same tenant_id as the row that fired, so on Citus (enable_unsafe_triggers, docs/scale-out.md)
-- the insert stays on the co-located shard group.
CREATE OR REPLACE FUNCTION eligibility_mark_stale(p_tenant uuid, p_subject uuid) RETURNS void AS $$
BEGIN
  IF p_tenant IS NULL OR p_subject IS NULL THEN RETURN; END IF;
  -- A row this transaction already wrote is skipped (xmin): a bulk import or the seed marks each
  -- subject once, not once per record. Until the commit it is locked by us, so no job has claimed it.
  INSERT INTO eligibility_stale (tenant_id, subject_id, year, changed_at, version)
  VALUES (p_tenant, p_subject, 0, now(), 1)
  ON CONFLICT (tenant_id, subject_id, year) DO UPDATE
    SET changed_at = now(), version = eligibility_stale.version + 1
    WHERE eligibility_stale.xmin::text <> (txid_current() % 4294967296)::text;
  -- The subject's unit, when the subject is a person (member statistics of the collective).
  INSERT INTO eligibility_stale (tenant_id, subject_id, year, changed_at, version)
  SELECT p.tenant_id, p.unit_id, 0, now(), 1 FROM person p WHERE p.tenant_id = p_tenant AND p.id = p_subject
  ON CONFLICT (tenant_id, subject_id, year) DO UPDATE
    SET changed_at = now(), version = eligibility_stale.version + 1
    WHERE eligibility_stale.xmin::text <> (txid_current() % 4294967296)::text;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Marks the subject named by each column in the trigger's arguments, in the old row and the new one
-- (a rating moved from one subject to another makes both stale).
CREATE OR REPLACE FUNCTION eligibility_stale_on_change() RETURNS trigger AS $$
DECLARE
  j jsonb;
  col text;
BEGIN
  -- A new tenant's bulk seed has no stored verdicts to make stale (seed-demo.ts sets it, transaction-local).
  IF current_setting('vinhdanh.skip_eligibility_stale', true) = 'on' THEN RETURN NULL; END IF;
  FOREACH j IN ARRAY ARRAY[to_jsonb(OLD), to_jsonb(NEW)] LOOP
    CONTINUE WHEN j IS NULL;
    FOREACH col IN ARRAY TG_ARGV LOOP
      PERFORM eligibility_mark_stale((j ->> 'tenant_id')::uuid, (j ->> col)::uuid);
    END LOOP;
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- An initiative counts for each of its authors.
CREATE OR REPLACE FUNCTION eligibility_stale_on_initiative() RETURNS trigger AS $$
DECLARE
  j jsonb;
BEGIN
  -- A new tenant's bulk seed has no stored verdicts to make stale (seed-demo.ts sets it, transaction-local).
  IF current_setting('vinhdanh.skip_eligibility_stale', true) = 'on' THEN RETURN NULL; END IF;
  FOREACH j IN ARRAY ARRAY[to_jsonb(OLD), to_jsonb(NEW)] LOOP
    CONTINUE WHEN j IS NULL;
    PERFORM eligibility_mark_stale(a.tenant_id, a.person_id) FROM initiative_author a
      WHERE a.tenant_id = (j ->> 'tenant_id')::uuid AND a.initiative_id = (j ->> 'id')::uuid;
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER annual_rating_eligibility_stale AFTER INSERT OR UPDATE OR DELETE ON annual_rating
  FOR EACH ROW EXECUTE FUNCTION eligibility_stale_on_change('subject_id');
--> statement-breakpoint
CREATE TRIGGER award_eligibility_stale AFTER INSERT OR UPDATE OR DELETE ON award
  FOR EACH ROW EXECUTE FUNCTION eligibility_stale_on_change('subject_id');
--> statement-breakpoint
CREATE TRIGGER discipline_eligibility_stale AFTER INSERT OR UPDATE OR DELETE ON discipline
  FOR EACH ROW EXECUTE FUNCTION eligibility_stale_on_change('subject_id');
--> statement-breakpoint
CREATE TRIGGER hold_eligibility_stale AFTER INSERT OR UPDATE OR DELETE ON hold
  FOR EACH ROW EXECUTE FUNCTION eligibility_stale_on_change('subject_id');
--> statement-breakpoint
CREATE TRIGGER initiative_author_eligibility_stale AFTER INSERT OR UPDATE OR DELETE ON initiative_author
  FOR EACH ROW EXECUTE FUNCTION eligibility_stale_on_change('person_id');
--> statement-breakpoint
CREATE TRIGGER initiative_eligibility_stale AFTER INSERT OR UPDATE OR DELETE ON initiative
  FOR EACH ROW EXECUTE FUNCTION eligibility_stale_on_initiative();
--> statement-breakpoint
-- A person's recruitment date, group and unit (a move changes two units' member statistics).
CREATE TRIGGER person_eligibility_stale AFTER INSERT OR UPDATE OR DELETE ON person
  FOR EACH ROW EXECUTE FUNCTION eligibility_stale_on_change('id', 'unit_id');
--> statement-breakpoint
-- A unit's type and status (a collective's kind; an inactive unit is no longer suggested).
CREATE TRIGGER org_unit_eligibility_stale AFTER INSERT OR UPDATE OR DELETE ON org_unit
  FOR EACH ROW EXECUTE FUNCTION eligibility_stale_on_change('id');
--> statement-breakpoint
-- Leading a cluster (Cờ thi đua) once a vote closes.
CREATE TRIGGER cluster_vote_eligibility_stale AFTER INSERT OR UPDATE OR DELETE ON cluster_vote
  FOR EACH ROW EXECUTE FUNCTION eligibility_stale_on_change('winner_unit_id');
