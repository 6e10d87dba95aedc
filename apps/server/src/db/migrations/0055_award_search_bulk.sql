-- Hand-written: award_search_subject() (0054) looked up the subject and its unit for every inserted
-- award, so the bulk loads paid up to two index probes per row (about 8 us a row of the 70 us a row
-- an INSERT ... SELECT of awards costs now; the rest is 0045's eligibility-stale trigger and 0054's
-- indexes, docs/scale-out.md). The bulk paths now compute both columns
-- set-based, with one join per statement (records/award-search-columns.ts, used by the staged
-- import and the benches), so an INSERT that already carries scope_unit_id is taken as given:
-- sort_name as written too (it may be null for a non-person subject whose unit is no org unit, as the
-- lookup would leave it). An INSERT without scope_unit_id (forms, decisions, movements, exchange
-- packages: every single-row path) and every UPDATE OF subject_type, subject_id still look it up, as
-- before; a row whose subject is missing stays null either way. The AFTER triggers of 0054 on person,
-- household, collective and org_unit are unchanged.
-- Each statement is filtered by the firing row's tenant_id, so on Citus it stays on the co-located
-- shard group (docs/scale-out.md); no ON CONFLICT, no volatile function. The trigger itself is kept.
CREATE OR REPLACE FUNCTION award_search_subject() RETURNS trigger AS $$
DECLARE
  v_unit uuid;
  v_name text;
BEGIN
  IF TG_OP = 'INSERT' AND NEW.scope_unit_id IS NOT NULL THEN
    RETURN NEW;
  END IF;
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
