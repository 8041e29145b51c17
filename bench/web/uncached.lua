-- wrk script: GETs the page of wrk's URL with a new query string each time (?bench=N), so that no answer comes from the
-- output cache (the public policy varies by query string): what wrk measures is the server's own work. Counts non-200s.
local threads = {}
local counter = 0
bad = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", wrk.path .. sep .. "bench=" .. id .. "-" .. counter)
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("bad") end
  io.write(string.format("pages not 200: %d of %d\n", total, summary.requests))
end
