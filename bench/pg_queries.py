#!/usr/bin/python3
"""bench/queries.txt -> one pgbench script per query: what siaran-searchd answers, asked of
PostgreSQL FTS — matches (websearch_to_tsquery: AND of words, "quoted" phrases), the top 10 by
ts_rank_cd with ts_headline snippets of title and body, the total, and GROUP BY counts of the
facets searchd counts by default (year, month, unit, topic)."""
import os
import sys
from urllib.parse import parse_qs


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def script(params, cfg):
    q = params.get("q", [""])[0]
    tsq = f"websearch_to_tsquery({quote(cfg)}, {quote(q)})"
    where = [f"tsv @@ {tsq}"]
    for key, column in (("topic", "topic"), ("region", "region"), ("unit", "unit")):
        if key in params:
            where.append(f"{column} IN ({', '.join(quote(v) for v in params[key])})")
    if "from" in params:
        where.append(f"date >= {quote(params['from'][0])}")
    if "to" in params:
        where.append(f"date <= {quote(params['to'][0])}")
    facet = lambda expr: (f"(SELECT json_agg(f) FROM (SELECT {expr} AS value, count(*) FROM m "
                          f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100) f)")
    return f"""WITH m AS MATERIALIZED (SELECT id, title, body, unit, topic, date, tsv FROM releases
  WHERE {' AND '.join(where)}),
top AS (SELECT id, title, body, unit, topic, date, ts_rank_cd(tsv, {tsq}) AS score FROM m
  ORDER BY score DESC, date DESC LIMIT 10)
SELECT (SELECT count(*) FROM m) AS total,
  (SELECT json_agg(h) FROM (SELECT id, unit, topic, date, score,
     ts_headline({quote(cfg)}, title, {tsq}, 'HighlightAll=true') AS title_html,
     ts_headline({quote(cfg)}, body, {tsq}, 'MaxWords=35, MinWords=15, MaxFragments=2') AS snippet
   FROM top ORDER BY score DESC, date DESC) h) AS hits,
  {facet("extract(year FROM date)")} AS years,
  {facet("to_char(date, 'YYYY-MM')")} AS months,
  {facet("unit")} AS units,
  {facet("topic")} AS topics;
"""


def main(queries, cfg, outdir):
    os.makedirs(outdir, exist_ok=True)
    n = 0
    with open(queries, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            n += 1
            with open(os.path.join(outdir, f"q{n:03d}.sql"), "w", encoding="utf-8") as out:
                out.write(script(parse_qs(line), cfg).replace("\n", " ") + "\n")
    print(n)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: pg_queries.py queries.txt CONFIG OUTDIR")
    main(*sys.argv[1:])
