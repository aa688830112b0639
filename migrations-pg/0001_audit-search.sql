-- Custom SQL migration file, put your code below! ---- The audit log is append-only: the database itself refuses to rewrite or remove an event.
CREATE FUNCTION audit_events_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse();
--> statement-breakpoint
-- Full-text search: accents folded (unaccent), English stems (as SQLite's porter tokenizer), and the index
-- words with trigrams (pg_trgm) for the typo fallback. Both are contrib extensions shipped with PostgreSQL.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION claimledger (COPY = english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION claimledger ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
-- The words of the claims index with their document counts (what fts5vocab gives on SQLite), refreshed by
-- the search engine when stale; the trigram index finds the words close to a misspelt one.
CREATE MATERIALIZED VIEW claim_terms AS
  SELECT word AS term, ndoc AS docs FROM ts_stat('SELECT vector FROM claim_search')
  WHERE word !~ '^q_' AND word !~ '[0-9]' AND length(word) >= 3;
--> statement-breakpoint
CREATE UNIQUE INDEX claim_terms_term_uq ON claim_terms (term);
--> statement-breakpoint
CREATE INDEX claim_terms_trgm_idx ON claim_terms USING gin (term gin_trgm_ops);
--> statement-breakpoint
CREATE MATERIALIZED VIEW source_terms AS
  SELECT word AS term, ndoc AS docs FROM ts_stat('SELECT vector FROM source_search')
  WHERE word !~ '^q_' AND word !~ '[0-9]' AND length(word) >= 3;
--> statement-breakpoint
CREATE UNIQUE INDEX source_terms_term_uq ON source_terms (term);
--> statement-breakpoint
CREATE INDEX source_terms_trgm_idx ON source_terms USING gin (term gin_trgm_ops);
