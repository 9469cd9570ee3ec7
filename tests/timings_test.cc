// What -v and --timings ask for, and the table --timings prints.

#include "timings.h"

#include <doctest/doctest.h>

#include "reporting.h"

namespace clustersite {

TEST_CASE("-v collects the time of each stage from any thread; without it nothing is asked") {
  BuildOptions options;
  Timings quiet(&options);
  CHECK_FALSE(options.timing);
  Reporting().verbose = true;
  Timings timings(&options);
  REQUIRE(options.timing);
  options.timing("render koks", 0.041);
  Reporting() = ReportOptions();
}

TEST_CASE("--timings times the stages from the start of the command; without it nothing is") {
  CLI::App app;
  CLI::App* build = app.add_subcommand("build");
  AddTimings(build);
  app.parse("build", false);
  {
    BuildOptions options;
    Timings none(&options);
    StageScope load(Stage::kLoad);
    CHECK_FALSE(StageScope::Current());
  }
  app.parse("build --timings", false);
  CHECK(TimingsAsked());
  {
    BuildOptions options;
    Timings timings(&options);
    CHECK_FALSE(options.timing);  // -v's lines are -v's alone
    StageScope load(Stage::kLoad);
    CHECK(StageScope::Current() == Stage::kLoad);
  }
  TimingsAsked() = false;
}

TEST_CASE("the --timings table: a line a stage, the time in none, the total and peak memory") {
  std::array<StageTime, kStageCount> stages;
  for (size_t i = 0; i < kStageCount; ++i) stages[i] = {0.01 * static_cast<double>(i + 1), 0.5};
  stages[static_cast<size_t>(Stage::kMarkdown)] = {12.3456, 6.2};
  // The stages' CPU adds up to 12.8456 s: 0.1544 s were in none.
  const std::string table = TimingsTable(stages, {13, 7.25}, 53760);
  CHECK(table ==
        "stage            cpu        wall\n"
        "load           0.010 s     0.500 s\n"
        "YAML           0.020 s     0.500 s\n"
        "model          0.030 s     0.500 s\n"
        "validate       0.040 s     0.500 s\n"
        "Markdown      12.346 s     6.200 s\n"
        "templates      0.060 s     0.500 s\n"
        "link check     0.070 s     0.500 s\n"
        "indexes        0.080 s     0.500 s\n"
        "kit            0.090 s     0.500 s\n"
        "write          0.100 s     0.500 s\n"
        "other          0.154 s         —\n"
        "total         13.000 s     7.250 s   peak RSS 53 MiB\n"
        "cpu: the time of every thread in the stage, summed; a stage inside another counts apart\n"
        "wall: while at least one thread was in the stage; stages on several threads overlap\n");
  // Clocks read at slightly different moments never make "other" negative.
  CHECK(TimingsTable(stages, {1, 1}, 0).find("other          0.000 s") != std::string::npos);
}

}  // namespace clustersite
