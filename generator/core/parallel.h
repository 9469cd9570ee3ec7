#pragma once

#include <chrono>
#include <cstddef>
#include <functional>

namespace clustersite {

/// Calls fn(i) for i in [0, n) on up to `jobs` threads, the calling thread
/// among them; returns when all are done. The other threads are kept for
/// the next call: a build runs its stages on the same few threads, so the
/// memory each thread's allocator holds is reused, not left behind by
/// threads that ended. A call from inside fn works the same way; each caller
/// waits only for the threads that took one of its indices, so nesting
/// cannot deadlock.
void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn);

/// The default for -j: the hardware threads.
int DefaultJobs();

/// Seconds since `start`, for the timings `-v` prints.
inline double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace clustersite
