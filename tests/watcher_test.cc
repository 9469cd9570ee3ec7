#include "serve/watcher.h"

#include <doctest/doctest.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "serve/rebuild_plan.h"
#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

/// The changed paths of the next burst (waiting at most 20 s for it: the
/// stop descriptor is a timer).
std::set<std::string> NextBurst(Watcher* w) {
  int deadline = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
  itimerspec in20s{};
  in20s.it_value.tv_sec = 20;
  timerfd_settime(deadline, 0, &in20s, nullptr);
  std::vector<FileChange> changes;
  std::set<std::string> out;
  if (w->Wait(deadline, 30ms, 2000ms, &changes)) {
    for (const FileChange& c : changes) out.insert(std::to_string(c.tree) + ":" + c.rel);
  }
  close(deadline);
  return out;
}

}  // namespace

TEST_CASE("the watcher reports saves, renames and new folders' files, in one burst") {
  testing::TempDir tmp;
  fs::create_directories(tmp / "content/koks/stories");
  Watcher w;
  std::string err;
  REQUIRE(w.Open(&err));
  REQUIRE(w.Watch(kContentTree, tmp / "content", &err));
  std::ofstream(tmp / "content/koks/stories/a.md") << "one";
  std::set<std::string> burst = NextBurst(&w);
  CHECK(burst.count("0:koks/stories/a.md") == 1);

  // An editor's save: a temporary file renamed over the old one.
  std::ofstream(tmp / "content/koks/stories/.a.md.tmp") << "two";
  fs::rename(tmp / "content/koks/stories/.a.md.tmp", tmp / "content/koks/stories/a.md");
  burst = NextBurst(&w);
  CHECK(burst.count("0:koks/stories/a.md") == 1);
  CHECK(burst.count("0:koks/stories/.a.md.tmp") == 1);

  fs::create_directories(tmp / "content/koks/roadmaps");
  burst = NextBurst(&w);
  CHECK(burst.count("0:koks/roadmaps") == 1);
  std::ofstream(tmp / "content/koks/roadmaps/r.md") << "new";
  CHECK(NextBurst(&w).count("0:koks/roadmaps/r.md") == 1);
}

TEST_CASE("the watcher stops waiting when its stop descriptor is readable") {
  testing::TempDir tmp;
  Watcher w;
  std::string err;
  REQUIRE(w.Open(&err));
  REQUIRE(w.Watch(kContentTree, tmp.path.string(), &err));
  int stop = eventfd(1, EFD_CLOEXEC);
  std::vector<FileChange> changes;
  CHECK_FALSE(w.Wait(stop, 10ms, 100ms, &changes));
  close(stop);
  CHECK_FALSE(w.Watch(kContentTree, tmp / "missing", &err));
}

}  // namespace clustersite
