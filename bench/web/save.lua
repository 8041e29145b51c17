-- wrk script: saves input values of one submission (POST /api/v1/submissions/{id}/values) as the entry page's JS does.
-- Arguments after --: inputs file ("criterion input version" per line), Cookie header, antiforgery token, submission id,
-- number of wrk threads (-t).
-- Each thread owns every n-th input and cycles through them, so an input is saved again only after all the other
-- inputs of its thread (more than the thread's connections): no two saves of one input are in flight together. The
-- version each save sends is the one the previous save of that input returned, so every save should be a 200.
local threads, counter = {}, 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local inputs, versions, next_index, path = {}, {}, 0, nil
bad, bad_shown = 0, 0

function init(args)
  local all = {}
  for line in io.lines(args[1]) do
    local criterion, input, version = line:match("^(%S+) (%S+) ?(%S*)$")
    if criterion then table.insert(all, { criterion, input, version }) end
  end
  for i, item in ipairs(all) do
    if (i - 1) % tonumber(args[5]) == id then
      table.insert(inputs, item)
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
  local item = inputs[next_index % #inputs + 1]
  next_index = next_index + 1
  local body = string.format('{"criterion":"%s","input":"%s","value":"%d","version":%s}',
    item[1], item[2], math.random(0, 20), versions[item[1] .. "/" .. item[2]])
  return wrk.format("POST", path, nil, body)
end

function response(status, headers, body)
  local criterion, input, version = body:match('"value":{"criterion":"([^"]*)","input":"([^"]*)","value":"[^"]*","version":(%d+)')
  if status == 200 and criterion then
    versions[criterion .. "/" .. input] = version
  else
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
