#include "core/parallel.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/stage_clock.h"

namespace clustersite {
namespace {

/// Threads that live as long as the process and run the tasks queued for
/// them, so that each ParallelFor does not start threads of its own.
class ThreadPool {
 public:
  static ThreadPool& Get() {
    static ThreadPool pool;
    return pool;
  }

  /// Queues `task`, starting threads until there are `want` of them.
  void Run(std::function<void()> task, size_t want) {
    std::lock_guard<std::mutex> lock(mu_);
    while (threads_.size() < want) threads_.emplace_back([this] { Work(); });
    tasks_.push_back(std::move(task));
    ready_.notify_one();
  }

  ~ThreadPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

 private:
  void Work() {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock<std::mutex> lock(mu_);
        ready_.wait(lock, [this] { return stop_ || !tasks_.empty(); });
        if (tasks_.empty()) return;
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
    }
  }

  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> tasks_;
  std::vector<std::thread> threads_;
  bool stop_ = false;
};

/// One ParallelFor call, shared with the pool's tasks: they may start after
/// the call has returned, and then find nothing left to do.
struct Loop {
  const std::function<void(size_t)>* fn;
  size_t n;
  std::atomic<size_t> next{0};
  std::mutex mu;
  std::condition_variable idle;
  int active = 0;  ///< helpers inside Drain (under mu)
  /// The caller's stage, which the helpers work in too, for --timings.
  std::optional<Stage> stage;

  void Drain() {
    size_t i = next++;
    if (i >= n) return;  // a helper that came late: no scope to outlive the caller's clock
    StageScope in_stage(stage);
    for (; i < n; i = next++) (*fn)(i);
  }
};

}  // namespace

void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn) {
  size_t threads = jobs < 1 ? 1 : static_cast<size_t>(jobs);
  if (threads > n) threads = n;
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  auto loop = std::make_shared<Loop>();
  loop->fn = &fn;
  loop->n = n;
  loop->stage = StageScope::Current();
  for (size_t t = 1; t < threads; ++t) {
    ThreadPool::Get().Run(
        [loop] {
          {
            std::lock_guard<std::mutex> lock(loop->mu);
            ++loop->active;
          }
          loop->Drain();
          std::lock_guard<std::mutex> lock(loop->mu);
          if (--loop->active == 0) loop->idle.notify_all();
        },
        static_cast<size_t>(jobs) - 1);
  }
  loop->Drain();
  // Every index is taken: wait for the helpers still running one. A helper
  // that starts later takes none and never calls fn.
  std::unique_lock<std::mutex> lock(loop->mu);
  loop->idle.wait(lock, [&] { return loop->active == 0; });
}

int DefaultJobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

}  // namespace clustersite
