-- wrk script: saves input values of one submission (POST /api/v1/submissions/{id}/values) as the entry page's JS does.
-- Arguments after --: inputs file ("criterion input version" per line), Cookie header, antiforgery token, submission id,
-- number of wrk threads (-t).
-- Each thread owns every n-th input (more inputs than the thread has connections) and keeps those not being saved
-- in a queue: a save takes the input at the head and its answer puts it back at the tail, so no two saves of one
-- input are ever in flight together. Each save sends the version the previous save of its input returned, so every
-- save should be a 200.
local threads, counter = {}, 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local queue, head, tail, versions, path = {}, 1, 0, {}, nil
bad, bad_shown = 0, 0

function init(args)
  local all = {}
  for line in io.lines(args[1]) do
    local criterion, input, version = line:match("^(%S+) (%S+) ?(%S*)$")
    if criterion then table.insert(all, { criterion, input, version }) end
  end
  for i, item in ipairs(all) do
    if (i - 1) % tonumber(args[5]) == id then
      tail = tail + 1
      queue[tail] = item[1] .. "/" .. item[2]
      versions[item[1] .. "/" .. item[2]] = item[3] ~= "" and item[3] or "null"
    end
  end
  path = "/api/v1/submissions/" .. args[4] .. "/values"
  wrk.headers["Cookie"] = args[2]
  wrk.headers["RequestVerificationToken"] = args[3]
  wrk.headers["Content-Type"] = "application/json"
  math.randomseed(1000 + id)
end

function request()
  if head > tail then error("every input of this thread is being saved: give it fewer connections") end
  local key = queue[head]
  queue[head], head = nil, head + 1
  local criterion, input = key:match("^(.-)/(.*)$")
  local body = string.format('{"criterion":"%s","input":"%s","value":"%d","version":%s}',
    criterion, input, math.random(0, 20), versions[key])
  return wrk.format("POST", path, nil, body)
end

function response(status, headers, body)
  local criterion, input, version = body:match('"value":{"criterion":"([^"]*)","input":"([^"]*)","value":"[^"]*","version":(%d+)')
  if status == 200 and criterion then
    versions[criterion .. "/" .. input] = version
    tail = tail + 1
    queue[tail] = criterion .. "/" .. input
  else
    -- A conflict gives the stored version back: the input can go on being saved with it.
    local c, i, v = body:match('"stored":{"criterion":"([^"]*)","input":"([^"]*)","value":"[^"]*","version":(%d+)')
    if c then
      versions[c .. "/" .. i] = v
      tail = tail + 1
      queue[tail] = c .. "/" .. i
    end
    bad = bad + 1
    if bad_shown < 3 then
      bad_shown = bad_shown + 1
      io.stderr:write("non-200 save: " .. status .. " " .. body:sub(1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("bad") end
  io.write(string.format("saves not 200: %d of %d\n", total, summary.requests))
end
