-- wrk script of scripts/bench query: cycles through the query mix (bench/queries.txt, one URL
-- query string per line) as GET /api/v1/search requests, each thread from its own offset, and
-- prints p50/p95/p99 latency and throughput in one parseable line at the end.
local path = os.getenv("SIARAN_QUERIES") or "bench/queries.txt"
local queries = {}
for line in io.lines(path) do
  if line ~= "" and line:sub(1, 1) ~= "#" then
    queries[#queries + 1] = "/api/v1/search?" .. line
  end
end
local counter = 0
local thread_number = 0

function setup(thread)
  thread:set("offset", thread_number * 7)
  thread_number = thread_number + 1
end

function init(args)
  counter = offset or 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", queries[(counter % #queries) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write +
                 summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f qps=%.1f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
