-- GET /coworkings/{id}/timeline for one local day (00:00 to 24:00) of the 200-spot floor, over
-- the week behind and the two weeks ahead. Anonymous (the route takes an optional token).
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local common = require("common")

local path = "/coworkings/" .. common.coworkingId(1) .. "/timeline"

function setup(thread)
    common.setup(thread)
end

function init(args)
    math.randomseed(2000 + tid)
    paths = {}
    for day = -7, 14 do
        table.insert(paths, path .. "?time_from=" .. common.localTimeQuery(day, 0)
                            .. "&time_until=" .. common.localTimeQuery(day + 1, 0))
    end
    next_path = math.random(#paths)
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
    common.report("timeline", summary, latency)
end
