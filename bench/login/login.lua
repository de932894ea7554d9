-- POST /auth/login of the one bench user, over and over.
function request()
    return wrk.format("POST", "/auth/login", { ["Content-Type"] = "application/json" },
        '{"email":"u@bench.test","password":"bench-password-1"}')
end
