#include "core/parallel.h"

#include <doctest/doctest.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace clustersite {
namespace {

long ThreadId() { return syscall(SYS_gettid); }

}  // namespace

TEST_CASE("ParallelFor calls fn once for every index, also from inside fn") {
  std::vector<std::atomic<int>> calls(40);
  std::vector<std::atomic<int>> inner(40 * 30);
  ParallelFor(calls.size(), 3, [&](size_t i) {
    ++calls[i];
    ParallelFor(30, 3, [&](size_t j) { ++inner[i * 30 + j]; });
  });
  for (const auto& c : calls) CHECK(c == 1);
  for (const auto& c : inner) CHECK(c == 1);
}

TEST_CASE("ParallelFor runs every call on the same threads, the caller among them") {
  // Threads that end leave their allocator's memory behind: a build's
  // stages must share a few threads, not start new ones each time.
  std::mutex mu;
  std::set<long> seen;
  const long caller = ThreadId();
  for (int round = 0; round < 100; ++round) {
    ParallelFor(4, 2, [&](size_t) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      std::lock_guard<std::mutex> lock(mu);
      seen.insert(ThreadId());
    });
  }
  CHECK(seen.count(caller) == 1);
  // The caller and the kept threads (as many as any call of this test run
  // asked for: up to the hardware threads), never a new one per call.
  CHECK(seen.size() >= 2);
  CHECK(seen.size() <= 1 + static_cast<size_t>(std::max(8, DefaultJobs())));
}

TEST_CASE("ParallelFor with one job runs on the calling thread") {
  std::set<long> seen;
  ParallelFor(5, 1, [&](size_t) { seen.insert(ThreadId()); });
  CHECK(seen == std::set<long>{ThreadId()});
}

}  // namespace clustersite
