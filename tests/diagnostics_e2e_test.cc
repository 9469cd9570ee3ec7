// End-to-end: every problem of every stage in one run.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::Run;
using testing::TempDir;

const std::string kBin = CLUSTERSITE_BINARY;
/// Cluster `abele` with a YAML error; `berzs` loads, but has a colour that
/// is none and a link to a roadmap that does not exist.
const std::string kEveryProblem =
    std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/fixtures/every-problem";

}  // namespace

TEST_CASE("one run reports the errors of loading, validation and the link check together") {
  const std::string dir = kEveryProblem + "/";
  for (const std::string command : {"check", "build"}) {
    INFO(command);
    TempDir tmp;
    std::string out;
    const std::string extra = command == "build" ? " -o " + tmp / "public" : "";
    CHECK(Run(kBin + " " + command + " " + kEveryProblem + extra, &out) == 1);
    CHECK(Has(out, dir + "abele/cluster.yaml:1:7: error: "));
    CHECK(Has(out, dir + "berzs/cluster.yaml:4:14: error: `brand_color` must be a colour "
                         "written #rrggbb, not `zaļš`\n"));
    CHECK(
        Has(out,
            dir + "berzs/about.md:1:64: error: link to `roadmaps/nav.md`, which does not exist\n"));
    CHECK(Has(out, command + " failed: 3 errors"));
    CHECK_FALSE(std::filesystem::exists(tmp / "public"));
  }
}

}  // namespace clustersite
