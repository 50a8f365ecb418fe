-- The import looks up the stored answers of the leaders in each batch (leader_id in (...)).
-- H2 uses an index for an IN list only on an index's first column, so without this index every
-- batch scanned all responses; PostgreSQL uses either index.
create index survey_response_by_leader on survey_response (leader_id, stakeholder_key, wave_no);
