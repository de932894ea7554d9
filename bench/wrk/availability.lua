-- GET /coworkings/{id}/spots?time_from&time_until on the 200-spot floor: a 2-hour window from
-- 09:00, 11:00, 13:00, 15:00 or 17:00 local on one of the next 14 days (as
-- bench/pgbench/availability.sql). Anonymous, as the route is public.
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local common = require("common")

local path = "/coworkings/" .. common.coworkingId(1) .. "/spots"

function setup(thread)
    common.setup(thread)
end

function init(args)
    math.randomseed(1000 + tid)
    -- Every window once, in a per-thread order, so the server answers a mix of floors.
    paths = {}
    for day = 1, 14 do
        for slot = 0, 4 do
            local from = (9 + 2 * slot) * 60
            table.insert(paths, path .. "?time_from=" .. common.localTimeQuery(day, from)
                                .. "&time_until=" .. common.localTimeQuery(day, from + 120))
        end
    end
    next_path = math.random(#paths)
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
    common.report("availability", summary, latency)
end
