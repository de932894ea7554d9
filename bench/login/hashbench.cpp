// What one Argon2id hash at the server's parameters (m = 19 MiB, t = 2, p = 1) costs, and why:
// per-hash CPU and wall time and minor page faults for N hashes in 1 and 2 threads, with
// libsodium as the server calls it (after sodium_init(), which picks the SIMD implementation;
// and without it, the portable one), the cost of mapping and faulting in 19 MiB alone, and, when
// built with libargon2, the reference implementation with one buffer reused per thread.
//   login-hashbench [N]   (N hashes per thread, default 40)
#include <sodium.h>
#ifdef HAVE_ARGON2
#  include <argon2.h>
#endif

#include <sys/mman.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <thread>
#include <vector>

namespace {

constexpr size_t kMemory = size_t(19) << 20;
constexpr unsigned long long kPasses = 2;

double seconds(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

void measure(const char *what, int threads, int perThread, const std::function<void()> &one)
{
    const double wall0 = seconds(CLOCK_MONOTONIC);
    const double cpu0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    const long faults0 = minorFaults();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (int i = 0; i < perThread; ++i)
                one();
        });
    for (auto &thread : pool)
        thread.join();
    const double n = double(threads) * perThread;
    std::printf("%-34s threads %d: CPU %6.2f ms/hash, wall %6.2f ms/hash (%5.1f hashes/s), "
                "%5.0f minor faults/hash\n",
                what, threads, (seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0) * 1000 / n,
                (seconds(CLOCK_MONOTONIC) - wall0) * 1000 * threads / n,
                n / (seconds(CLOCK_MONOTONIC) - wall0), double(minorFaults() - faults0) / n);
}

void sodiumHash()
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, "bench-password-1", 16, kPasses, kMemory,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        std::abort();
}

// What libsodium's allocation does per hash, without the hashing.
void mapAndFault()
{
    void *memory = mmap(nullptr, kMemory, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (memory == MAP_FAILED)
        std::abort();
    munmap(memory, kMemory);
}

#ifdef HAVE_ARGON2
thread_local std::vector<uint8_t> reused;

int allocateReused(uint8_t **memory, size_t bytes)
{
    if (reused.size() < bytes)
        reused.assign(bytes, 0);
    *memory = reused.data();
    return 0;
}

void keepReused(uint8_t *, size_t) { }

void argon2Reused()
{
    uint8_t salt[16] = { 1 };
    uint8_t out[32];
    char password[] = "bench-password-1";
    argon2_context context{};
    context.out = out;
    context.outlen = sizeof out;
    context.pwd = reinterpret_cast<uint8_t *>(password);
    context.pwdlen = 16;
    context.salt = salt;
    context.saltlen = sizeof salt;
    context.t_cost = uint32_t(kPasses);
    context.m_cost = uint32_t(kMemory / 1024);
    context.lanes = 1;
    context.threads = 1;
    context.version = ARGON2_VERSION_13;
    context.allocate_cbk = allocateReused;
    context.free_cbk = keepReused;
    if (argon2_ctx(&context, Argon2_id) != ARGON2_OK)
        std::abort();
}
#endif

} // namespace

int main(int argc, char **argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 40;
    // Before sodium_init(): libsodium's portable Argon2 (what a hash before initialisation gets).
    measure("libsodium before sodium_init", 1, n / 2, sodiumHash);
    if (sodium_init() < 0)
        return 1;
    for (int threads : { 1, 2 })
        measure("libsodium (server)", threads, n, sodiumHash);
    for (int threads : { 1, 2 })
        measure("mmap+populate+munmap 19 MiB alone", threads, n, mapAndFault);
#ifdef HAVE_ARGON2
    for (int threads : { 1, 2 })
        measure("libargon2, buffer reused", threads, n, argon2Reused);
#endif
    return 0;
}
