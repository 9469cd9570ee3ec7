// The progress bar of an indicator: the part reached of its way to the target.

#include "charts/progress_bar.h"

#include <doctest/doctest.h>

#include <cmath>

#include "chart_test_util.h"
#include "media/svg.h"

namespace clustersite {

namespace {

const ChartText kText{"export", "Export: 25 % of the way to the target", ""};
constexpr double kTrack = 400 - 2 * 8;

}  // namespace

TEST_CASE("a progress bar fills its fraction of the outlined track") {
  auto rects = testing::Rects(ProgressBarSvg(0.25, kText));
  REQUIRE(rects.size() == 2);
  CHECK(rects[0].width == doctest::Approx(kTrack));
  CHECK(rects[1].x == 8);
  CHECK(rects[1].width == doctest::Approx(kTrack / 4));
}

TEST_CASE(
    "a progress bar past its target, behind its baseline or not a number stays in its track") {
  CHECK(testing::Rects(ProgressBarSvg(1.7, kText))[1].width == doctest::Approx(kTrack));
  CHECK(testing::Rects(ProgressBarSvg(-0.4, kText))[1].width == 0);
  CHECK(testing::Rects(ProgressBarSvg(NAN, kText))[1].width == 0);
}

TEST_CASE("a progress bar is a named image, escaped and well-formed") {
  std::string svg = ProgressBarSvg(0.5, {"p", testing::kHostileLabel, ""});
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK_FALSE(FindSvgProblem(svg));
}

}  // namespace clustersite
