-- A mixed read workload for wrk: each connection walks through the requests below in turn, starting at a
-- different one, so every kind of request is in flight at once. Counts answers by status class and
-- writes them (with the first unexpected statuses) to the file named by the environment variable
-- CITYNET_LOAD_COUNTS when the run ends, for run.sh to check.

local form = "application/x-www-form-urlencoded"
local requests = {
  { "GET", "/api/cities?lang=fi" },
  { "GET", "/api/cities/espoo?lang=sv" },
  { "GET", "/api/networks" },
  { "GET", "/api/agreements?lang=en" },
  { "GET", "/api/queries/twin-cities?city=https%3A%2F%2Fw3id.org%2Fcitynet%2Fid%2Fcity%2Fhelsinki" },
  { "GET", "/api/queries/agreements-in-force?year=2015" },
  { "GET", "/api/queries/search-labels?text=esbo" },
  { "GET", "/api/queries/partnerships-within-distance?km=1500", { Accept = "text/csv" } },
  { "GET", "/api/compare?cities=espoo,helsinki" },
  { "GET", "/api/compare?cities=espoo,helsinki,vantaa&asOf=2015-06-01" },
  { "GET", "/id/city/espoo", { Accept = "text/turtle" } },
  { "GET", "/id/city/helsinki", { Accept = "text/html", ["Accept-Language"] = "fi" } },
  { "GET", "/id/city/espoo.jsonld" },
  { "GET", "/cities?lang=sv" },
  { "GET", "/catalog", { Accept = "text/turtle" } },
  { "GET", "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D", { Accept = "application/sparql-results+json" } },
  { "POST", "/sparql", { ["Content-Type"] = form, Accept = "text/csv" },
    "query=SELECT%20%3Fc%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fc%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fcitynet%2Fontology%23City%3E%20%3B%20%3Fp%20%3Fo%20%7D%20GROUP%20BY%20%3Fc%20ORDER%20BY%20DESC(%3Fn)" },
  { "POST", "/sparql", { ["Content-Type"] = "application/sparql-query", Accept = "text/turtle" },
    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 500" },
}

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  counts = { ok = 0, redirect = 0, client = 0, server = 0 }
  unexpected = ""
  prepared = {}
  for i, r in ipairs(requests) do
    prepared[i] = wrk.format(r[1], r[2], r[3], r[4])
  end
  position = id
end

function request()
  position = position % #prepared + 1
  last = position
  return prepared[position]
end

function response(status, headers, body)
  if status < 300 then counts.ok = counts.ok + 1
  elseif status < 400 then counts.redirect = counts.redirect + 1
  elseif status < 500 then counts.client = counts.client + 1
  else counts.server = counts.server + 1 end
  if status >= 300 and #unexpected < 2000 then
    unexpected = unexpected .. status .. " " .. requests[last][2] .. "\n"
  end
end

function done(summary, latency, requests_)
  local total = { ok = 0, redirect = 0, client = 0, server = 0 }
  local notes = ""
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do total[k] = total[k] + v end
    notes = notes .. thread:get("unexpected")
  end
  local out = io.open(os.getenv("CITYNET_LOAD_COUNTS") or "/dev/stdout", "w")
  out:write(string.format("ok %d\nredirect %d\nclient_error %d\nserver_error %d\nsocket_errors %d\n",
    total.ok, total.redirect, total.client, total.server,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  out:write(string.format("requests %d\nseconds %.1f\np50_ms %.2f\np90_ms %.2f\np99_ms %.2f\nmax_ms %.2f\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3))
  out:write(notes)
  out:close()
end
