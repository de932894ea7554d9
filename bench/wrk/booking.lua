-- POST /bookings on the 200-spot floor, mostly without conflicts.
-- Window number idx = c * nthreads + tid, c counting this thread's requests, is spot
-- 1 + idx % spots for one hour from 08:00 local, day first_day + q / 14, hour 8 + q % 14
-- (q = idx / spots), booked with token idx % ntokens: distinct windows for every request, and
-- the bookings of one hour go to distinct users (ntokens >= spots), so neither the spot nor the
-- user overlaps. One request in 100 asks again for the window booked 50 requests before, with
-- a user who is free then: the intended conflict, which must be a 409.
-- Tokens: one access token a line in BENCH_TOKENS_FILE, each of a distinct user.
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local common = require("common")

function setup(thread)
    common.setup(thread)
end

function init(args)
    nthreads = common.envnum("BENCH_WRK_THREADS", 2)
    spots = common.envnum("BENCH_MAIN_SPOTS", 200)
    first_day = common.envnum("BENCH_FIRST_DAY", 31)
    tokens = {}
    for line in io.lines(common.env("BENCH_TOKENS_FILE", "tokens.txt")) do
        if line ~= "" then
            table.insert(tokens, line)
        end
    end
    if #tokens < 2 * spots then
        error("booking.lua needs at least 2 * spots tokens, got " .. #tokens)
    end
    counter = 0
    intended_conflicts = 0
    statuses = {}
end

local function window(idx)
    local q = math.floor(idx / spots)
    local day = first_day + math.floor(q / 14)
    local from = (8 + q % 14) * 60
    return common.spotId(1 + idx % spots), common.localTime(day, from),
           common.localTime(day, from + 60)
end

function request()
    local c = counter
    counter = counter + 1
    local idx, token
    if c % 100 == 99 then
        -- Window of request c - 50 (a fresh one, as (c - 50) % 100 == 49), by a user who has
        -- nothing in that hour: the hour's bookers are idx' % ntokens for the 'spots'
        -- consecutive idx' of the hour, and idx + spots is outside them as ntokens >= 2 spots.
        idx = (c - 50) * nthreads + tid
        token = tokens[(idx + spots) % #tokens + 1]
        intended_conflicts = intended_conflicts + 1
    else
        idx = c * nthreads + tid
        token = tokens[idx % #tokens + 1]
    end
    local spot, from, untilTime = window(idx)
    local body = string.format('{"spot_id":"%s","time_from":"%s","time_until":"%s"}', spot,
                               from, untilTime)
    return wrk.format("POST", "/bookings", {
        ["Content-Type"] = "application/json",
        ["Authorization"] = "Bearer " .. token,
    }, body)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local byStatus = {}
    local intended = 0
    for _, thread in ipairs(common.threads) do
        intended = intended + thread:get("intended_conflicts")
        for status, n in pairs(thread:get("statuses")) do
            byStatus[status] = (byStatus[status] or 0) + n
        end
    end
    local s2xx, s409, s5xx, other = 0, 0, 0, 0
    local list = {}
    for status, n in pairs(byStatus) do
        if status >= 200 and status < 300 then
            s2xx = s2xx + n
        elseif status == 409 then
            s409 = s409 + n
        elseif status >= 500 then
            s5xx = s5xx + n
        else
            other = other + n
        end
        table.insert(list, status .. ":" .. n)
    end
    table.sort(list)
    common.report("booking", summary, latency, {
        { "created", s2xx }, { "conflicts", s409 }, { "intended_conflicts", intended },
        { "s5xx", s5xx }, { "other", other }, { "statuses", table.concat(list, ",") },
    })
end
