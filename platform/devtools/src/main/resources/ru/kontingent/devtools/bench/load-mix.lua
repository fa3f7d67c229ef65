-- The API load benchmark's request picker for wrk (bench/load, LoadBenchCommand writes the data).
-- Arguments after wrk's "--": DATA_DIR MODE THREADS FIRST_DATE, where MODE is "noop" (GET /api/me only) or
-- "mix:R,S,W,P": per 100 requests, R student reads by id, S searches, W transfers, P report calls.
-- DATA_DIR holds token.txt (education ministry), ids.txt (every student), movers.txt (students
-- with a current school, transfer candidates), schools.txt ("orgId token" of each school's
-- operator: a transfer is made by the receiving school), searches.txt (query strings),
-- dates.txt (transfer dates, one per pass over the movers; each run starts at FIRST_DATE, 1-based,
-- so that a later run never transfers a student again on the day it already was), report.txt.

local threads = {}
local thread_count = 0

function setup(thread)
   thread:set("thread_index", thread_count)
   thread_count = thread_count + 1
   table.insert(threads, thread)
end

local function lines(path)
   local list = {}
   for line in io.lines(path) do
      if line ~= "" then list[#list + 1] = line end
   end
   return list
end

function init(args)
   local dir = args[1]
   mode = args[2]
   threads_total = tonumber(args[3])
   first_date = tonumber(args[4] or "1")
   token = lines(dir .. "/token.txt")[1]
   reads, searches, writes, reports, noops = 0, 0, 0, 0, 0
   read_headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
   if mode == "noop" then return end
   local r, s, w, p = mode:match("^mix:(%d+),(%d+),(%d+),(%d+)$")
   cut_read, cut_search, cut_write = tonumber(r), tonumber(r) + tonumber(s), tonumber(r) + tonumber(s) + tonumber(w)
   ids = lines(dir .. "/ids.txt")
   movers = lines(dir .. "/movers.txt")
   schools = {}
   for _, line in ipairs(lines(dir .. "/schools.txt")) do
      local id, school_token = line:match("^(%S+) (%S+)$")
      schools[#schools + 1] = { id = id, token = school_token }
   end
   query_strings = lines(dir .. "/searches.txt")
   dates = lines(dir .. "/dates.txt")
   report_path = lines(dir .. "/report.txt")[1]
   math.randomseed(7919 * (thread_index + 1))
   next_mover = thread_index
end

local function transfer()
   -- Each thread walks its own share of the movers; a second pass uses the next date.
   local pass = math.floor(next_mover / #movers)
   local student = movers[(next_mover % #movers) + 1]
   next_mover = next_mover + threads_total
   local school = schools[math.random(#schools)]
   local date = dates[math.min(first_date + pass, #dates)]
   local body = '{"toOrganizationId":"' .. school.id .. '","date":"' .. date .. '","orderNumber":"' .. writes .. '-п"}'
   return wrk.format("POST", "/api/registry/students/" .. student .. "/transfers",
      { ["Authorization"] = "Bearer " .. school.token, ["Content-Type"] = "application/json",
        ["Accept"] = "application/json" }, body)
end

function request()
   if mode == "noop" then
      noops = noops + 1
      return wrk.format("GET", "/api/me", read_headers)
   end
   local roll = math.random(100)
   if roll <= cut_read then
      reads = reads + 1
      return wrk.format("GET", "/api/registry/students/" .. ids[math.random(#ids)], read_headers)
   elseif roll <= cut_search then
      searches = searches + 1
      return wrk.format("GET", "/api/registry/students?" .. query_strings[math.random(#query_strings)], read_headers)
   elseif roll <= cut_write then
      writes = writes + 1
      return transfer()
   end
   reports = reports + 1
   return wrk.format("GET", report_path, read_headers)
end

function done(summary, latency, requests)
   local totals = { reads = 0, searches = 0, writes = 0, reports = 0, noops = 0 }
   for _, thread in ipairs(threads) do
      for name, _ in pairs(totals) do
         totals[name] = totals[name] + (thread:get(name) or 0)
      end
   end
   local errors = summary.errors
   io.write(string.format("KONTINGENT-WRK requests=%d duration_us=%d bytes=%d p50_us=%d p95_us=%d p99_us=%d"
      .. " max_us=%d mean_us=%d status_errors=%d timeouts=%d connect_errors=%d read_errors=%d write_errors=%d"
      .. " reads=%d searches=%d writes=%d reports=%d noops=%d\n",
      summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.max, latency.mean, errors.status, errors.timeout, errors.connect,
      errors.read, errors.write, totals.reads, totals.searches, totals.writes, totals.reports, totals.noops))
end
