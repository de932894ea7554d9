-- The flood of issue 13 finding 2: every connection alternates a registration (POST /users with a
-- new email) and a login of the bench user, so every request costs one Argon2id run.
function setup(thread)
    thread:set("tid", tostring(math.random(1, 1e9)))
end

function init(args)
    counter = 0
end

function request()
    counter = counter + 1
    if counter % 2 == 0 then
        return wrk.format("POST", "/auth/login", { ["Content-Type"] = "application/json" },
            '{"email":"u@bench.test","password":"bench-password-1"}')
    end
    local body = string.format(
        '{"email":"f%s-%d@bench.test","full_name":"Flood","password":"flood-password-1"}', tid,
        counter)
    return wrk.format("POST", "/users", { ["Content-Type"] = "application/json" }, body)
end

-- One line for flood.sh: answers by status class.
statuses = {}
function response(status, headers, body)
    local key = tostring(status)
    statuses[key] = (statuses[key] or 0) + 1
end
