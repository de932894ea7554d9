-- Shared by the wrk scripts of bench/: environment, ids, dates and the result line that
-- bench/run.sh reads. wrk runs one Lua state per thread; setup() runs in the main state.
local M = {}

function M.env(name, default)
    local value = os.getenv(name)
    if value == nil or value == "" then
        return default
    end
    return value
end

function M.envnum(name, default)
    return tonumber(M.env(name, default))
end

-- Ids as bench/sql/load_*.sql makes them.
local function id(prefix, n)
    return string.format("%s%012d", prefix, n)
end
function M.userId(n) return id("00000000-0000-4000-a000-", n) end
function M.coworkingId(n) return id("00000000-0000-4000-8000-", n) end
function M.spotId(n) return id("00000000-0000-4000-b000-", n) end

-- BENCH_DAY0 is the calendar date of "today" in Europe/Moscow as the epoch of its 00:00 UTC, so
-- that os.date("!...") prints local dates and times; Moscow is UTC+3 all year.
M.day0 = M.envnum("BENCH_DAY0", 0)
function M.localTime(day, minutes)
    return os.date("!%Y-%m-%dT%H:%M:00", M.day0 + day * 86400 + minutes * 60) .. "+03:00"
end
-- The same, escaped for a query string ('+' would read as a space).
function M.localTimeQuery(day, minutes)
    return (M.localTime(day, minutes):gsub("%+", "%%2B"):gsub(":", "%%3A"))
end

-- setup() hands each thread its number; the totals are read back in done().
M.threads = {}
function M.setup(thread)
    thread:set("tid", #M.threads)
    table.insert(M.threads, thread)
end

-- One line for bench/run.sh: "BENCH key=value ...", latencies in milliseconds.
function M.report(name, summary, latency, extra)
    local seconds = summary.duration / 1e6
    local errors = summary.errors
    local parts = {
        "BENCH", "test=" .. name,
        string.format("requests=%d", summary.requests),
        string.format("rps=%.1f", summary.requests / seconds),
        string.format("p50_ms=%.2f", latency:percentile(50) / 1000),
        string.format("p90_ms=%.2f", latency:percentile(90) / 1000),
        string.format("p99_ms=%.2f", latency:percentile(99) / 1000),
        string.format("max_ms=%.2f", latency.max / 1000),
        string.format("non2xx=%d", errors.status),
        string.format("socket_errors=%d",
                      errors.connect + errors.read + errors.write + errors.timeout),
    }
    for _, pair in ipairs(extra or {}) do
        table.insert(parts, pair[1] .. "=" .. tostring(pair[2]))
    end
    io.write(table.concat(parts, " ") .. "\n")
end

return M
