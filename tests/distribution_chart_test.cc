// The stacked distribution bar: ratings 1..5 of each service.

#include "charts/distribution_chart.h"

#include <doctest/doctest.h>

#include "chart_test_util.h"
#include "core/color.h"
#include "media/svg.h"

namespace clustersite {

namespace {

const ChartText kText{"ratings", "Ratings per service", ""};

/// The bar fills the width left after the widest total text ("14") and its gap.
constexpr double kLength = 400 - 2 * 8 - (2 * 9.6 + 6);

std::string Chart(const std::vector<RatingRow>& rows) {
  return DistributionChartSvg(rows, kText, "Rating");
}

}  // namespace

TEST_CASE("each rating given is one part of the bar, in the order 1 to 5, in proportion") {
  auto rects = testing::Rects(Chart({{"Misijas", {1, 1, 2, 4, 6}, "14", ""}}));
  // Five parts, then the legend's five squares.
  REQUIRE(rects.size() == 10);
  const double widths[] = {1, 1, 2, 4, 6};
  double x = 8;
  for (size_t i = 0; i < 5; ++i) {
    INFO("rating " << i + 1);
    CHECK(rects[i].x == doctest::Approx(x).epsilon(0.0001));
    CHECK(rects[i].width == doctest::Approx(kLength * widths[i] / 14).epsilon(0.001));
    x += kLength * widths[i] / 14;
  }
  CHECK(rects[4].x + rects[4].width == doctest::Approx(8 + kLength).epsilon(0.0001));
}

TEST_CASE("a rating nobody gave has no part, and the parts are coloured by their level") {
  std::string svg = Chart({{"Misijas", {0, 0, 3, 0, 3}, "6", ""}});
  auto rects = testing::Rects(svg);
  REQUIRE(rects.size() == 7);
  CHECK(rects[0].width == doctest::Approx(rects[1].width));
  CHECK(svg.find("fill=\"" + std::string(kRatingColors[2].fill) + "\" stroke") !=
        std::string::npos);
  CHECK(svg.find("fill=\"" + std::string(kRatingColors[0].fill) + "\" stroke") ==
        std::string::npos);
}

TEST_CASE("each part wide enough carries its rating's digit, so colour is not the only cue") {
  std::string svg = Chart({{"Misijas", {0, 0, 0, 5, 5}, "10", ""}});
  CHECK(testing::Count(svg, "fill=\"#ffffff\" text-anchor=\"middle\">4</text>") == 2);
  CHECK(testing::Count(svg, "fill=\"#ffffff\" text-anchor=\"middle\">5</text>") == 2);
  CHECK(testing::Count(svg, "text-anchor=\"middle\">1</text>") == 1);  // the legend's
}

TEST_CASE("a part too narrow for its digit has none") {
  std::string svg = Chart({{"Misijas", {1, 0, 0, 0, 99}, "100", ""}});
  CHECK(testing::Count(svg, "text-anchor=\"middle\">1</text>") == 1);  // the legend's
}

TEST_CASE("a withheld row shows its text and none of its counts") {
  std::string svg = Chart({{"Misijas", {0, 1, 0, 0, 1}, "2 ratings", "fewer than 3 ratings"}});
  CHECK(svg.find(">fewer than 3 ratings</text>") != std::string::npos);
  CHECK(testing::Rects(svg).size() == 5);  // the legend alone
  CHECK(svg.find("2 ratings<") == std::string::npos);
}

TEST_CASE("a withheld row's total takes no room from the other bars") {
  auto rects = testing::Rects(
      Chart({{"A", {0, 0, 0, 0, 1}, "1", ""}, {"B", {}, "a very long total text", "withheld"}}));
  CHECK(rects[0].width == doctest::Approx(400 - 16 - (9.6 + 6)).epsilon(0.0001));
}

TEST_CASE("a row without ratings draws no part and no division by zero") {
  std::string svg = Chart({{"Misijas", {0, 0, 0, 0, 0}, "0", ""}, {"B", {-1, 0, 0, 0, 0}, "", ""}});
  CHECK(testing::Rects(svg).size() == 5);
  CHECK(svg.find("nan") == std::string::npos);
  CHECK_FALSE(FindSvgProblem(svg));
}

TEST_CASE("the legend names the five levels with their digits") {
  std::string svg = Chart({});
  CHECK(svg.find(">Rating</text>") != std::string::npos);
  for (char digit = '1'; digit <= '5'; ++digit) {
    CHECK(testing::Count(svg, std::string("middle\">") + digit + "</text>") == 1);
  }
}

TEST_CASE("rating digits and parts pass contrast on the chart's white background") {
  const Rgb white = *ParseHexColor("#ffffff");
  for (const RatingColor& level : kRatingColors) {
    INFO(level.fill);
    Rgb fill = *ParseHexColor(level.fill);
    CHECK(ContrastRatio(fill, *ParseHexColor(level.text)) >= kWcagAaText);
    CHECK(ContrastRatio(fill, white) >= 3.0);
  }
  CHECK(ContrastRatio(*ParseHexColor(kChartTextColor), white) >= kWcagAaText);
  CHECK(ContrastRatio(*ParseHexColor(kChartBarColor), white) >= 3.0);
}

TEST_CASE("hostile labels are escaped and the distribution chart stays well-formed and safe") {
  std::string svg = DistributionChartSvg({{
                                              testing::kHostileLabel,
                                              {1, 2, 3, 4, 5},
                                              "<15>",
                                              "",
                                          },
                                          {"B", {}, "", testing::kHostileLabel}},
                                         kText, testing::kHostileLabel);
  CHECK(svg.find("<script") == std::string::npos);
  auto problem = FindSvgProblem(svg);
  CHECK_MESSAGE(!problem, (problem ? problem->what : ""));
}

TEST_CASE("the same rows give byte-identical distribution charts") {
  std::vector<RatingRow> rows = {{"Ā", {1, 2, 0, 4, 2}, "9", ""}, {"B", {}, "", "withheld"}};
  CHECK(Chart(rows) == Chart(rows));
}

}  // namespace clustersite
