// The stage clock of --timings: each thread's CPU time to the innermost
// stage it is in, the wall time while any thread is in a stage, and nothing
// at all without a clock.

#include "core/stage_clock.h"

#include <doctest/doctest.h>
#include <time.h>

#include <atomic>
#include <chrono>
#include <set>
#include <string>
#include <thread>

#include "core/parallel.h"

namespace clustersite {
namespace {

double ThreadCpu() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

/// Keeps this thread busy until it has used `seconds` of CPU.
void Burn(double seconds) {
  const double until = ThreadCpu() + seconds;
  volatile unsigned spin = 0;
  while (ThreadCpu() < until) spin = spin + 1;
}

StageTime Of(const StageClock& clock, Stage stage) {
  return clock.Stages()[static_cast<size_t>(stage)];
}

}  // namespace

TEST_CASE("without a stage clock a stage scope changes nothing") {
  StageScope load(Stage::kLoad);
  CHECK_FALSE(StageScope::Current());
}

TEST_CASE("a stage inside another takes its own CPU time; the same stage again adds nothing") {
  StageClock clock;
  {
    StageScope model(Stage::kModel);
    CHECK(StageScope::Current() == Stage::kModel);
    Burn(0.02);
    {
      StageScope yaml(Stage::kYaml);
      CHECK(StageScope::Current() == Stage::kYaml);
      StageScope again(Stage::kYaml);
      Burn(0.03);
    }
    CHECK(StageScope::Current() == Stage::kModel);
    Burn(0.02);
  }
  CHECK_FALSE(StageScope::Current());
  const StageTime model = Of(clock, Stage::kModel);
  const StageTime yaml = Of(clock, Stage::kYaml);
  CHECK(yaml.cpu >= 0.03);
  CHECK(model.cpu >= 0.04);
  CHECK(model.cpu < 0.07);  // the YAML's 0.03 s are not the model's too
  CHECK(Of(clock, Stage::kLoad).cpu == 0);
  CHECK(clock.Total().cpu >= model.cpu + yaml.cpu);
}

TEST_CASE("the threads of ParallelFor work in the caller's stage, their CPU times summed") {
  StageClock clock;
  std::atomic<int> in_markdown{0};
  {
    StageScope markdown(Stage::kMarkdown);
    ParallelFor(4, 4, [&](size_t) {
      if (StageScope::Current() == Stage::kMarkdown) ++in_markdown;
      Burn(0.02);
    });
  }
  CHECK(in_markdown == 4);
  CHECK(Of(clock, Stage::kMarkdown).cpu >= 0.08);
}

TEST_CASE("a stage's wall time is while a thread is in it, its CPU time what it used") {
  StageClock clock;
  {
    StageScope write(Stage::kWrite);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  const StageTime write = Of(clock, Stage::kWrite);
  CHECK(write.wall >= 0.05);
  CHECK(write.cpu < write.wall);
  CHECK(clock.Total().wall >= write.wall);
}

TEST_CASE("every stage has a name of its own") {
  std::set<std::string> names;
  for (size_t i = 0; i < kStageCount; ++i) names.insert(std::string(StageName(Stage(i))));
  CHECK(names.size() == kStageCount);
  CHECK(StageName(Stage::kLoad) == "load");
  CHECK(StageName(Stage::kLinkCheck) == "link check");
  CHECK(StageName(Stage::kWrite) == "write");
}

}  // namespace clustersite
