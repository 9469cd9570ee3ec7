#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace clustersite {

/// Calls fn(i) for i in [0, n) on up to `jobs` threads; returns when all are done.
inline void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn) {
  size_t threads = jobs < 1 ? 1 : static_cast<size_t>(jobs);
  if (threads > n) threads = n;
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < n; i = next++) fn(i);
    });
  }
  for (std::thread& th : pool) th.join();
}

/// The default for -j: the hardware threads.
inline int DefaultJobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

}  // namespace clustersite
