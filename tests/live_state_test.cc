// What open preview pages learn from the server: the version that changes
// with every rebuild, and the diagnostics of the content as it is now.

#include "serve/live_state.h"

#include <doctest/doctest.h>

#include <thread>

namespace clustersite {
namespace {

using namespace std::chrono_literals;

}  // namespace

TEST_CASE("every rebuild starts a new version, and another run of the server another one") {
  LiveState state("run1");
  const std::string first = state.Get().version;
  state.Update({}, true);
  const std::string second = state.Get().version;
  CHECK(second != first);
  state.Update({}, true);
  CHECK(state.Get().version != second);
  LiveState next_run("run2");
  CHECK(next_run.Get().version != first);
}

TEST_CASE("the state holds the diagnostics of the last rebuild, and whether any is an error") {
  LiveState state("run");
  LiveState::Snapshot before = state.Get();
  CHECK_FALSE(before.has_build);
  CHECK_FALSE(before.has_errors);
  state.Update({{"a.md", {1, 1}, Severity::kWarning, "w"}}, true);
  LiveState::Snapshot warned = state.Get();
  CHECK(warned.has_build);
  CHECK_FALSE(warned.has_errors);
  REQUIRE(warned.diagnostics.size() == 1);
  CHECK(warned.diagnostics[0].message == "w");
  state.Update({{"a.md", {1, 1}, Severity::kWarning, "w"}, {"b.md", {}, Severity::kError, "e"}},
               true);
  CHECK(state.Get().has_errors);
  CHECK(state.Get().diagnostics.size() == 2);
  state.Update({}, true);
  CHECK_FALSE(state.Get().has_errors);
  CHECK(state.Get().diagnostics.empty());
}

TEST_CASE("a waiting page wakes at the next version, or when its time is up") {
  LiveState state("run");
  const std::string seen = state.Get().version;
  CHECK(state.Wait(seen, 20ms) == seen);  // nothing new: the time ran out
  std::thread rebuild([&] {
    std::this_thread::sleep_for(50ms);
    state.Update({}, true);
  });
  const std::string woken = state.Wait(seen, 20s);
  rebuild.join();
  CHECK(woken != seen);
  CHECK(woken == state.Get().version);
  CHECK(state.Wait(seen, 20s) == woken);  // a version already past returns at once
}

TEST_CASE("stopping wakes every waiter for good") {
  LiveState state("run");
  const std::string seen = state.Get().version;
  CHECK_FALSE(state.stopped());
  std::thread stopper([&] {
    std::this_thread::sleep_for(50ms);
    state.Stop();
  });
  CHECK(state.Wait(seen, 20s) == seen);
  stopper.join();
  CHECK(state.stopped());
  CHECK(state.Wait(seen, 20s) == seen);  // returns at once from now on
}

}  // namespace clustersite
