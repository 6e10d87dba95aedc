ALTER TABLE "award" ADD COLUMN "scope_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "award" ADD COLUMN "sort_name" text;--> statement-breakpoint
-- Hand-written (issue 19): award search's scope and order stored on the award row, as the
-- suggestions list's are on the verdict (0052), so one index in the list's order serves a page.
-- scope_unit_id is the unit the award is searched under: a person's, household's or team's unit, an
-- org unit's own id (a COLLECTIVE subject that is no team); sort_name is person.name_sort, else that
-- unit's name (what award-search.repository.ts sorted by before). Both stay null while the subject
-- is missing, so the award stays out of search as the joins left it out. Triggers keep them in step
-- on every write path (forms, imports, external decisions, exchange packages, unit restructuring).
-- Each statement is filtered by the firing row's tenant_id, so on Citus it stays on the co-located
-- shard group (docs/scale-out.md); no ON CONFLICT, no volatile function.
UPDATE award a SET scope_unit_id = p.unit_id, sort_name = p.name_sort
  FROM person p WHERE p.tenant_id = a.tenant_id AND p.id = a.subject_id AND a.subject_type = 'PERSON';--> statement-breakpoint
UPDATE award a SET scope_unit_id = h.unit_id
  FROM household h WHERE h.tenant_id = a.tenant_id AND h.id = a.subject_id AND a.subject_type = 'HOUSEHOLD';--> statement-breakpoint
UPDATE award a SET scope_unit_id = c.unit_id
  FROM collective c WHERE c.tenant_id = a.tenant_id AND c.id = a.subject_id
   AND a.subject_type NOT IN ('PERSON', 'HOUSEHOLD');--> statement-breakpoint
UPDATE award SET scope_unit_id = subject_id
  WHERE subject_type NOT IN ('PERSON', 'HOUSEHOLD') AND scope_unit_id IS NULL;--> statement-breakpoint
UPDATE award a SET sort_name = u.name
  FROM org_unit u WHERE u.tenant_id = a.tenant_id AND u.id = a.scope_unit_id AND a.subject_type <> 'PERSON';--> statement-breakpoint
-- A new award, or one moved to another subject, takes its subject's unit and name.
CREATE OR REPLACE FUNCTION award_search_subject() RETURNS trigger AS $$
DECLARE
  v_unit uuid;
  v_name text;
BEGIN
  IF NEW.subject_type = 'PERSON' THEN
    SELECT p.unit_id, p.name_sort INTO v_unit, v_name FROM person p
      WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.subject_id;
  ELSIF NEW.subject_type = 'HOUSEHOLD' THEN
    SELECT h.unit_id INTO v_unit FROM household h
      WHERE h.tenant_id = NEW.tenant_id AND h.id = NEW.subject_id;
  ELSE
    SELECT c.unit_id INTO v_unit FROM collective c
      WHERE c.tenant_id = NEW.tenant_id AND c.id = NEW.subject_id;
    v_unit := COALESCE(v_unit, NEW.subject_id);
  END IF;
  IF v_unit IS NOT NULL AND v_name IS NULL THEN
    SELECT u.name INTO v_name FROM org_unit u WHERE u.tenant_id = NEW.tenant_id AND u.id = v_unit;
  END IF;
  NEW.scope_unit_id := v_unit;
  NEW.sort_name := v_name;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER award_search_subject BEFORE INSERT OR UPDATE OF subject_type, subject_id ON award
  FOR EACH ROW EXECUTE FUNCTION award_search_subject();
--> statement-breakpoint
-- A person moved to another unit or renamed: their awards follow (a person added after an award
-- that names them, e.g. an exchange package's, is found from then on; a deleted one drops out).
CREATE OR REPLACE FUNCTION award_search_follow_person() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE award SET scope_unit_id = NULL, sort_name = NULL
      WHERE tenant_id = OLD.tenant_id AND subject_type = 'PERSON' AND subject_id = OLD.id;
  ELSE
    UPDATE award SET scope_unit_id = NEW.unit_id, sort_name = NEW.name_sort
      WHERE tenant_id = NEW.tenant_id AND subject_type = 'PERSON' AND subject_id = NEW.id
        AND (scope_unit_id IS DISTINCT FROM NEW.unit_id OR sort_name IS DISTINCT FROM NEW.name_sort);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER person_award_search AFTER INSERT OR DELETE OR UPDATE OF unit_id, name_sort ON person
  FOR EACH ROW EXECUTE FUNCTION award_search_follow_person();
--> statement-breakpoint
-- A team or household moved to another unit: its awards are searched and sorted under the new one.
-- TG_ARGV[0] is the subject type the table holds.
CREATE OR REPLACE FUNCTION award_search_follow_group() RETURNS trigger AS $$
DECLARE
  v_name text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE award SET scope_unit_id = NULL, sort_name = NULL
      WHERE tenant_id = OLD.tenant_id AND subject_type = TG_ARGV[0] AND subject_id = OLD.id;
  ELSE
    SELECT u.name INTO v_name FROM org_unit u WHERE u.tenant_id = NEW.tenant_id AND u.id = NEW.unit_id;
    UPDATE award SET scope_unit_id = NEW.unit_id, sort_name = v_name
      WHERE tenant_id = NEW.tenant_id AND subject_type = TG_ARGV[0] AND subject_id = NEW.id
        AND (scope_unit_id IS DISTINCT FROM NEW.unit_id OR sort_name IS DISTINCT FROM v_name);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER collective_award_search AFTER INSERT OR DELETE OR UPDATE OF unit_id ON collective
  FOR EACH ROW EXECUTE FUNCTION award_search_follow_group('COLLECTIVE');
--> statement-breakpoint
CREATE TRIGGER household_award_search AFTER INSERT OR DELETE OR UPDATE OF unit_id ON household
  FOR EACH ROW EXECUTE FUNCTION award_search_follow_group('HOUSEHOLD');
--> statement-breakpoint
-- A unit renamed (or stored after an award given to it): the awards sorted by its name follow.
CREATE OR REPLACE FUNCTION award_search_follow_unit() RETURNS trigger AS $$
BEGIN
  UPDATE award SET sort_name = NEW.name
    WHERE tenant_id = NEW.tenant_id AND scope_unit_id = NEW.id AND subject_type <> 'PERSON'
      AND sort_name IS DISTINCT FROM NEW.name;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER org_unit_award_search AFTER INSERT OR UPDATE OF name ON org_unit
  FOR EACH ROW EXECUTE FUNCTION award_search_follow_unit();
--> statement-breakpoint
CREATE INDEX "award_search_order_idx" ON "award" USING btree ("tenant_id","year" DESC,"sort_name" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "award_search_code_idx" ON "award" USING btree ("tenant_id","award_code","year" DESC,"sort_name" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "award_scope_unit_idx" ON "award" USING btree ("tenant_id","scope_unit_id","year","award_code","kind");
