// The horizontal bar chart: one bar per value, lengths in proportion.

#include "charts/bar_chart.h"

#include <doctest/doctest.h>

#include <cmath>

#include "chart_test_util.h"
#include "media/svg.h"

namespace clustersite {

namespace {

const ChartText kText{"uses", "Uses per service", "July to September 2026"};

/// Every bar starts at the padding and the longest fills the width left
/// after the widest value text ("12": 2 columns of 9.6) and its gap.
constexpr double kLongest = 400 - 2 * 8 - (2 * 9.6 + 6);

}  // namespace

TEST_CASE("a bar chart has one rect per bar besides its background") {
  std::string svg = BarChartSvg({{"A", 12, "12"}, {"B", 6, "6"}, {"C", 3, "3"}}, kText);
  CHECK(testing::Rects(svg).size() == 3);
  CHECK(testing::Count(svg, "<rect ") == 4);
  CHECK(testing::Count(svg, "<g>") == 3);
}

TEST_CASE("bar lengths are proportional to the values and the largest fills the width") {
  auto rects = testing::Rects(BarChartSvg({{"A", 12, "12"}, {"B", 6, "6"}, {"C", 3, "3"}}, kText));
  REQUIRE(rects.size() == 3);
  CHECK(rects[0].x == 8);
  CHECK(rects[0].width == doctest::Approx(kLongest).epsilon(0.0001));
  CHECK(rects[1].width == doctest::Approx(kLongest / 2).epsilon(0.0001));
  CHECK(rects[2].width == doctest::Approx(kLongest / 4).epsilon(0.0001));
}

TEST_CASE("a zero value draws a bar of no length and still writes its value") {
  std::string svg = BarChartSvg({{"A", 12, "12"}, {"Nobody", 0, "0"}}, kText);
  auto rects = testing::Rects(svg);
  REQUIRE(rects.size() == 2);
  CHECK(rects[1].width == 0);
  CHECK(svg.find(">Nobody</text>") != std::string::npos);
  CHECK(svg.find("x=\"14\" y=\"91\" fill=\"#1b1f24\">0</text>") != std::string::npos);
}

TEST_CASE("all-zero data draws every bar with no length") {
  auto rects = testing::Rects(BarChartSvg({{"A", 0, "0"}, {"B", 0, "0"}}, kText));
  REQUIRE(rects.size() == 2);
  CHECK(rects[0].width == 0);
  CHECK(rects[1].width == 0);
}

TEST_CASE("a single value fills the width") {
  auto rects = testing::Rects(BarChartSvg({{"A", 0.5, "0.5"}}, kText));
  REQUIRE(rects.size() == 1);
  CHECK(rects[0].width == doctest::Approx(400 - 16 - (3 * 9.6 + 6)).epsilon(0.0001));
}

TEST_CASE("negative and non-finite values draw no length") {
  auto rects =
      testing::Rects(BarChartSvg({{"A", 4, "4"}, {"B", -3, "-3"}, {"C", NAN, "?"}}, kText));
  REQUIRE(rects.size() == 3);
  CHECK(rects[1].width == 0);
  CHECK(rects[2].width == 0);
}

TEST_CASE("a chart without bars is only its background") {
  std::string svg = BarChartSvg({}, kText);
  CHECK(testing::Rects(svg).empty());
  CHECK(svg.find("viewBox=\"0 0 400 16\"") != std::string::npos);
  CHECK_FALSE(FindSvgProblem(svg));
}

TEST_CASE("hostile labels are escaped and the bar chart stays well-formed and safe") {
  std::string svg = BarChartSvg({{testing::kHostileLabel, 1, "<1>"}}, kText);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);
  CHECK(svg.find("&lt;1&gt;") != std::string::npos);
  // libxml2 reads it as SVG with nothing that could run or load anything.
  auto problem = FindSvgProblem(svg);
  CHECK_MESSAGE(!problem, (problem ? problem->what : ""));
}

TEST_CASE("a bar chart is well-formed SVG with no style attribute, script or reference") {
  std::string svg = BarChartSvg({{"Eksporta misijas", 14, "14"}, {"שירות", 2, "2"}}, kText);
  CHECK_FALSE(FindSvgProblem(svg));
  CHECK(svg.find("style") == std::string::npos);
  CHECK(svg.find("href") == std::string::npos);
  CHECK(svg.find("url(") == std::string::npos);
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("<title id=\"uses-title\">Uses per service</title>") != std::string::npos);
  CHECK(svg.find("width=\"100%\"") != std::string::npos);
}

TEST_CASE("a long label is cut to the chart's width") {
  std::string label(200, 'x');
  std::string svg = BarChartSvg({{label, 1, "1"}}, kText);
  CHECK(svg.find(std::string(39, 'x') + "…</text>") != std::string::npos);
  CHECK(svg.find(std::string(40, 'x')) == std::string::npos);
}

TEST_CASE("the same bars give byte-identical bar charts") {
  std::vector<Bar> bars = {{"A", 1.0 / 3, "0.33"}, {"Ā", 2.0 / 7, "0.29"}};
  CHECK(BarChartSvg(bars, kText) == BarChartSvg(bars, kText));
  CHECK(BarChartSvg(bars, kText).find("width=\"291.09\"") != std::string::npos);
}

}  // namespace clustersite
