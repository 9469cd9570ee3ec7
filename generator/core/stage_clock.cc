#include "core/stage_clock.h"

#include <time.h>

#include <atomic>
#include <cassert>

namespace clustersite {
namespace {

/// The clock the scopes charge, or null when no one asked for timings.
std::atomic<StageClock*> g_clock{nullptr};

/// The stage this thread is in and its CPU time when it entered it.
thread_local std::optional<Stage> t_stage;
thread_local int64_t t_entered = 0;

int64_t Nanoseconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double Seconds(int64_t ns) { return static_cast<double>(ns) / 1e9; }

}  // namespace

std::string_view StageName(Stage stage) {
  static constexpr std::array<std::string_view, kStageCount> kNames = {
      "load",      "YAML",       "model",   "validate", "Markdown",
      "templates", "link check", "indexes", "kit",      "write"};
  return kNames[static_cast<size_t>(stage)];
}

StageClock::StageClock()
    : start_wall_(Nanoseconds(CLOCK_MONOTONIC)), start_cpu_(Nanoseconds(CLOCK_PROCESS_CPUTIME_ID)) {
  [[maybe_unused]] StageClock* before = g_clock.exchange(this);
  assert(before == nullptr);
}

StageClock::~StageClock() { g_clock.store(nullptr); }

void StageClock::Switch(std::optional<Stage> from, int64_t cpu, std::optional<Stage> to) {
  const int64_t now = Nanoseconds(CLOCK_MONOTONIC);
  std::lock_guard<std::mutex> lock(mu_);
  if (from) {
    Account& a = accounts_[static_cast<size_t>(*from)];
    a.cpu += cpu;
    if (--a.active == 0) a.wall += now - a.since;
  }
  if (to) {
    Account& a = accounts_[static_cast<size_t>(*to)];
    if (a.active++ == 0) a.since = now;
  }
}

std::array<StageTime, kStageCount> StageClock::Stages() const {
  const int64_t now = Nanoseconds(CLOCK_MONOTONIC);
  std::lock_guard<std::mutex> lock(mu_);
  std::array<StageTime, kStageCount> out;
  for (size_t i = 0; i < kStageCount; ++i) {
    const Account& a = accounts_[i];
    out[i].cpu = Seconds(a.cpu);
    out[i].wall = Seconds(a.wall + (a.active > 0 ? now - a.since : 0));
  }
  return out;
}

StageTime StageClock::Total() const {
  return {Seconds(Nanoseconds(CLOCK_PROCESS_CPUTIME_ID) - start_cpu_),
          Seconds(Nanoseconds(CLOCK_MONOTONIC) - start_wall_)};
}

StageScope::StageScope(std::optional<Stage> stage) {
  StageClock* clock = g_clock.load(std::memory_order_relaxed);
  if (!clock || !stage || stage == t_stage) return;
  const int64_t now = Nanoseconds(CLOCK_THREAD_CPUTIME_ID);
  clock->Switch(t_stage, now - t_entered, stage);
  clock_ = clock;
  outer_ = t_stage;
  t_stage = stage;
  t_entered = now;
}

StageScope::~StageScope() {
  if (!clock_) return;
  const int64_t now = Nanoseconds(CLOCK_THREAD_CPUTIME_ID);
  clock_->Switch(t_stage, now - t_entered, outer_);
  t_stage = outer_;
  t_entered = now;
}

std::optional<Stage> StageScope::Current() { return t_stage; }

}  // namespace clustersite
