# Query benchmark, sourced by scripts/bench (uses its helpers: corpus_for, pg_start, psql_bench,
# pg_config_name, log, $bin, $out, $sizes, $root, $pg_as, $pg_dir, $pg_port).
# At the largest --docs size: siaran-searchd over HTTP with wrk, PostgreSQL with pgbench (same
# queries: bench/queries.txt via bench/pg_queries.py; only when --systems names postgres and the
# size is at most PEERS_MAX_DOCS, default 100k), and the in-process floor (siaran-bench-query).
query_seconds="${QUERY_SECONDS:-10}"

percentiles_from_pgbench_logs() {  # files... -> "p50 p95 p99" in ms (column 3 is latency in us)
  cat "$@" | awk '{print $3 / 1000}' | sort -g | awk '{a[NR]=$1} END {
    printf "%.3f %.3f %.3f\n", a[int(NR*0.50)+1], a[int(NR*0.95)+1], a[int(NR*0.99)+1] }'
}

process_cpu_ms() {  # PID -> user + system CPU time so far, in ms
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"
}

bench_query() {
  local n="${sizes##*,}" corpus cfg port=18439 db="$out/db-query"
  corpus=$(corpus_for "$n")
  : > "$out/query-summary.txt"
  log "query benchmark at $n releases"
  # The index run just built the largest size into db-siaran: reuse it rather than build again.
  [ "$mode" = all ] && [ -d "$out/db-siaran/generations" ] && db="$out/db-siaran"
  [ -d "$db/generations" ] || "$bin/siaran-index" build --db "$db" "$corpus" >"$out/query-index.log" 2>&1

  # siaran-searchd over HTTP
  "$bin/siaran-searchd" --db "$db" --listen "127.0.0.1:$port" --quiet >"$out/searchd.log" 2>&1 &
  searchd_pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:$port/api/v1/search?q=remisi" >/dev/null || { log "searchd does not answer, see $out/searchd.log"; return 1; }
  for c in 1 8 64; do
    local t=$(( c < 2 ? 1 : 2 )) cpu_before cpu_after requests
    # wrk's default 2 s timeout drops the slowest answers from its percentiles (they count only
    # as errors): with 64 connections queueing on a loaded 2-core machine that is the tail
    # itself, so wait up to 30 s and report every latency.
    cpu_before=$(process_cpu_ms "$searchd_pid")
    SIARAN_QUERIES="$root/bench/queries.txt" wrk -t "$t" -c "$c" -d "${query_seconds}s" --timeout 30s \
      -s "$root/bench/query_mix.lua" "http://127.0.0.1:$port" > "$out/wrk-$c.txt" 2>&1
    cpu_after=$(process_cpu_ms "$searchd_pid")
    requests=$(grep -o 'requests=[0-9]*' "$out/wrk-$c.txt" | cut -d= -f2)
    # searchd's own CPU per request: what a request costs whatever the machine's load.
    echo "siaran-http $c $(grep RESULT "$out/wrk-$c.txt" | cut -d' ' -f2-) searchd_cpu_ms_per_request=$(
      awk -v a="$cpu_before" -v b="$cpu_after" -v n="${requests:-0}" 'BEGIN {printf "%.2f", (n > 0 ? (b - a) / n : 0)}')" \
      >> "$out/query-summary.txt"
    log "siaran-http c=$c: $(tail -1 "$out/query-summary.txt")"
  done
  echo "searchd_rss_now_mb $(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$searchd_pid/status)" >> "$out/query-summary.txt"
  echo "searchd_rss_mb $(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$searchd_pid/status)" >> "$out/query-summary.txt"
  kill "$searchd_pid"; wait "$searchd_pid" 2>/dev/null || true; searchd_pid=""

  # in-process floor
  # CPU time of the one thread: what each variant costs, whatever else the machine is running.
  "$bin/siaran-bench-query" --db "$db" --queries "$root/bench/queries.txt" --rounds 20 --cpu \
    > "$out/inprocess.txt" 2>"$out/inprocess.log"
  sed 's/^/inprocess-/' "$out/inprocess.txt" >> "$out/query-summary.txt"
  log "in-process: $(tr '\n' ' ' < "$out/inprocess.txt")"
  # Wall time of whole searches one at a time, as searchd answers at low load: a ranking may use
  # the idle core (search/split_ranking.h), which the one thread's CPU time above cannot show.
  "$bin/siaran-bench-query" --db "$db" --queries "$root/bench/queries.txt" --rounds 20 --only searcher \
    > "$out/inprocess-wall.txt" 2>>"$out/inprocess.log"
  sed 's/^searcher/inprocess-wall-searcher/' "$out/inprocess-wall.txt" >> "$out/query-summary.txt"
  log "in-process wall, one search at a time: $(tr '\n' ' ' < "$out/inprocess-wall.txt")"

  # PostgreSQL (only when it is among --systems and the size is within PEERS_MAX_DOCS, as for
  # indexing: loading 1M releases into PostgreSQL alone would take longer than the whole run)
  if [[ ",$systems_opt," != *",postgres,"* ]] || [ "$n" -gt "${PEERS_MAX_DOCS:-100000}" ]; then
    log "PostgreSQL queries skipped (--systems $systems_opt, $n releases)"
    report_query "$n"
    return
  fi
  pg_start
  cfg=$(pg_config_name)
  if [ "$(psql_bench -At -c "SELECT count(*) FROM releases" 2>/dev/null)" != "$n" ]; then
    "${pg_as[@]}" sh -c "exec psql -X -q -h $pg_dir -p $pg_port -U bench -d postgres -v cfg=$cfg \
      -f $root/bench/postgres_load.sql < $corpus" > "$out/query-pg-load.log" 2>&1
  fi
  psql_bench -c "VACUUM ANALYZE releases" >/dev/null
  local qdir="$out/pg-queries"; rm -rf "$qdir"
  python3 "$root/bench/pg_queries.py" "$root/bench/queries.txt" "$cfg" "$qdir" >/dev/null
  chmod -R a+rX "$qdir"
  local scripts=(); for f in "$qdir"/q*.sql; do scripts+=(-f "$f"); done
  for c in 1 8 64; do
    local j=$(( c < 2 ? 1 : 2 )) logdir="$out/pgbench-$c"
    rm -rf "$logdir"; mkdir -p "$logdir"; chmod a+rwx "$logdir"
    (cd "$logdir" && "${pg_as[@]}" pgbench -n -h "$pg_dir" -p "$pg_port" -U bench -c "$c" -j "$j" \
      -T "$query_seconds" -l "${scripts[@]}" postgres > "$logdir/pgbench.txt" 2>&1) || true
    local tps pcts
    tps=$(awk '/^tps/ {print $3; exit}' "$logdir/pgbench.txt")
    pcts=$(percentiles_from_pgbench_logs "$logdir"/pgbench_log.*)
    set -- $pcts
    echo "postgres $c p50_ms=$1 p95_ms=$2 p99_ms=$3 qps=$tps" >> "$out/query-summary.txt"
    log "postgres c=$c: p50 $1 p95 $2 p99 $3 ms, $tps q/s"
  done
  report_query "$n"
}

report_query() {
  echo
  echo "Queries at $1 releases ($(grep -vc '^#' "$root/bench/queries.txt") queries in the mix, snippets and 4 facets on):"
  echo
  echo "| system | concurrency | p50 ms | p95 ms | p99 ms | queries/s | siaran throughput ratio | searchd CPU ms/request |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  awk '
    function field(line, name,   i, parts) { split(line, parts, " "); for (i in parts) if (index(parts[i], name "=") == 1) return substr(parts[i], length(name) + 2); return "" }
    /^siaran-http/ { s[$2] = field($0, "qps") }
    /^(siaran-http|postgres)/ { rows[++k] = $0 }
    /^inprocess/ { inproc[++m] = $0 }
    END {
      for (i = 1; i <= k; i++) { split(rows[i], p, " "); q = field(rows[i], "qps");
        printf "| %s | %s | %s | %s | %s | %s | %.1fx | %s |\n", p[1], p[2], field(rows[i], "p50_ms"), field(rows[i], "p95_ms"), field(rows[i], "p99_ms"), q, (q > 0 ? s[p[2]] / q : 0), field(rows[i], "searchd_cpu_ms_per_request") }
      for (i = 1; i <= m; i++) { split(inproc[i], p, " ");
        how = p[1] ~ /wall/ ? "wall ms, one search at a time" : "1 thread, CPU ms";
        printf "| %s (%s) | 1 | %s | %s | %s | %s | | |\n", p[1], how, field(inproc[i], "p50_ms"), field(inproc[i], "p95_ms"), field(inproc[i], "p99_ms"), field(inproc[i], "qps") }
    }' "$out/query-summary.txt"
  grep searchd_rss_mb "$out/query-summary.txt" | awk '{print "\nsiaran-searchd peak RSS: " $2 " MB"}'
  grep searchd_rss_now_mb "$out/query-summary.txt" | awk '{print "siaran-searchd RSS after the runs: " $2 " MB"}'
}
