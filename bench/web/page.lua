-- wrk script: GETs the data-entry page (path from wrk's URL) with the signed-in cookie; counts answers that are not 200.
-- Argument after --: Cookie header.
local threads = {}
bad = 0

function setup(thread) table.insert(threads, thread) end

function init(args) wrk.headers["Cookie"] = args[1] end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("bad") end
  io.write(string.format("pages not 200: %d of %d\n", total, summary.requests))
end
