// End-to-end: `build --timings` and `check --timings` with the real CLI on
// content/: the table on stderr, the output the same as without it.

#include <doctest/doctest.h>

#include <string>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::Run;
using testing::Snapshot;
using testing::TempDir;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kContent = std::string(CLUSTERSITE_SOURCE_DIR) + "/content";

/// The stages' lines of the table, as each begins.
const char* const kStageLines[] = {"\nload ",     "\nYAML ",      "\nmodel ",      "\nvalidate ",
                                   "\nMarkdown ", "\ntemplates ", "\nlink check ", "\nindexes ",
                                   "\nkit ",      "\nwrite ",     "\nother "};

}  // namespace

TEST_CASE("build --timings prints each stage and the peak memory, and writes the same files") {
  TempDir tmp;
  std::string timed, plain;
  REQUIRE(Run(kBin + " build " + kContent + " --timings -o " + tmp / "timed", &timed) == 0);
  REQUIRE(Run(kBin + " build " + kContent + " -o " + tmp / "plain", &plain) == 0);
  CHECK(Has(timed, "stage            cpu        wall\n"));
  for (const char* line : kStageLines) {
    INFO(line);
    CHECK(Has(timed, line));
    CHECK_FALSE(Has(plain, line));
  }
  CHECK(Has(timed, "\ntotal "));
  CHECK(Has(timed, " MiB\n"));
  CHECK(Has(timed, "   peak RSS "));
  CHECK_FALSE(Has(plain, "peak RSS"));
  CHECK_FALSE(Has(plain, "cpu"));
  CHECK(Has(timed, "\nbuilt 3 clusters, "));
  const auto a = Snapshot(tmp / "timed");
  CHECK(a.size() > 20);
  CHECK(a == Snapshot(tmp / "plain"));
}

TEST_CASE("check --timings prints the table on stderr, so stdout keeps to the JSON") {
  std::string out;
  REQUIRE(Run(kBin + " check --timings " + kContent, &out) == 0);
  CHECK(Has(out, "\nMarkdown "));
  CHECK(Has(out, "   peak RSS "));
  REQUIRE(
      Run("(" + kBin + " check --timings --diagnostics-format json " + kContent + " 2>/dev/null)",
          &out) == 0);
  CHECK(Has(out, "\"severity\":\"warning\""));  // content/'s warnings, as JSON
  CHECK_FALSE(Has(out, "peak RSS"));
}

}  // namespace clustersite
