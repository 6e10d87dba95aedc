-- Initiatives now have authors with shares; the former single subject becomes the sole author.
INSERT INTO initiative_author (tenant_id, initiative_id, person_id, share_pct)
SELECT tenant_id, id, subject_id, 100 FROM initiative
ON CONFLICT DO NOTHING;
