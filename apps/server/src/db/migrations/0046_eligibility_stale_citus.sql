-- Citus refuses mutable functions in an ON CONFLICT's DO UPDATE SET and WHERE on a distributed
-- table (multi_router_planner.c), so 0045's now() and txid_current() there failed every write that
-- fired the triggers on a cluster. The same rules, Citus-safe: the new time comes from EXCLUDED,
-- the transaction id is a PL/pgSQL variable (a parameter to the planner), and the person's unit is
-- read first so each insert is a single-row VALUES routed to the tenant's shard. The xmin test only
-- spares repeat updates within one transaction; where it cannot match (a shard written from another
-- node's transaction) the row is updated again, which is harmless.
CREATE OR REPLACE FUNCTION eligibility_mark_stale(p_tenant uuid, p_subject uuid) RETURNS void AS $$
DECLARE
  v_txid text := (txid_current() % 4294967296)::text;
  v_unit uuid;
BEGIN
  IF p_tenant IS NULL OR p_subject IS NULL THEN RETURN; END IF;
  INSERT INTO eligibility_stale (tenant_id, subject_id, year, changed_at, version)
  VALUES (p_tenant, p_subject, 0, now(), 1)
  ON CONFLICT (tenant_id, subject_id, year) DO UPDATE
    SET changed_at = EXCLUDED.changed_at, version = eligibility_stale.version + 1
    WHERE eligibility_stale.xmin::text <> v_txid;
  -- The subject's unit, when the subject is a person (member statistics of the collective).
  SELECT p.unit_id INTO v_unit FROM person p WHERE p.tenant_id = p_tenant AND p.id = p_subject;
  IF v_unit IS NULL THEN RETURN; END IF;
  INSERT INTO eligibility_stale (tenant_id, subject_id, year, changed_at, version)
  VALUES (p_tenant, v_unit, 0, now(), 1)
  ON CONFLICT (tenant_id, subject_id, year) DO UPDATE
    SET changed_at = EXCLUDED.changed_at, version = eligibility_stale.version + 1
    WHERE eligibility_stale.xmin::text <> v_txid;
END;
$$ LANGUAGE plpgsql;
