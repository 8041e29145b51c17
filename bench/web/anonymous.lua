-- wrk script: GETs wrk's URL with no cookie (an anonymous visitor, so the public pages come from the output cache);
-- counts answers that are not 200.
local threads = {}
bad = 0

function setup(thread) table.insert(threads, thread) end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("bad") end
  io.write(string.format("pages not 200: %d of %d\n", total, summary.requests))
end
