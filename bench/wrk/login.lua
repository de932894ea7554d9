-- POST /auth/login with the right password, over the BENCH_USERS users in turn (every one has
-- the same Argon2id hash, made by `coworking-server create-user`).
package.path = os.getenv("BENCH_DIR") .. "/wrk/?.lua;" .. package.path
local common = require("common")

function setup(thread)
    common.setup(thread)
end

function init(args)
    users = common.envnum("BENCH_USERS", 5000)
    password = common.env("BENCH_PASSWORD", "bench-password-1")
    nthreads = common.envnum("BENCH_WRK_THREADS", 2)
    counter = 0
end

function request()
    local n = 1 + (counter * nthreads + tid) % users
    counter = counter + 1
    local body = string.format('{"email":"user%d@bench.test","password":"%s"}', n, password)
    return wrk.format("POST", "/auth/login", { ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
    common.report("login", summary, latency)
end
