-- PostgreSQL full-text indexing of the same releases, for the indexing benchmark: the whole
-- JSONL is streamed in (psql \copy from standard input), every record parsed, its title
-- (weight A) and body (weight D) analysed with the text search configuration :cfg into a stored
-- tsvector, and a GIN index built.
-- Run by scripts/bench as: psql -v cfg=indonesian -f postgres_load.sql < releases.jsonl
\set ON_ERROR_STOP on
DROP TABLE IF EXISTS staging, releases;
CREATE UNLOGGED TABLE staging (doc jsonb);
-- CSV mode with quote/delimiter bytes that never occur, so each line arrives as one untouched field.
\copy staging FROM pstdin WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
CREATE TABLE releases (
  id text PRIMARY KEY,
  title text, body text, unit text, topic text, region text, date date,
  url text, author text, source text, place text,
  tsv tsvector
);
INSERT INTO releases
SELECT doc->>'id', doc->>'title', doc->>'body', doc->>'unit', doc->>'topic', doc->>'region',
       NULLIF(left(doc->>'date', 10), '')::date,
       doc->>'url', doc->>'author', doc->>'source', doc->>'place',
       setweight(to_tsvector(:'cfg', coalesce(doc->>'title', '')), 'A') ||
       setweight(to_tsvector(:'cfg', coalesce(doc->>'body', '')), 'D')
FROM staging;
CREATE INDEX releases_tsv ON releases USING gin (tsv);
DROP TABLE staging;
SELECT pg_backend_pid() AS backend_pid \gset
\setenv BACKEND_PID :backend_pid
\! grep VmHWM /proc/$BACKEND_PID/status; awk -v t=$(getconf CLK_TCK) '{print "BACKEND_CPU", ($14 + $15) / t}' /proc/$BACKEND_PID/stat
