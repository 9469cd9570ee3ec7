// The table beside each chart: the same numbers, with headings.

#include "charts/chart_table.h"

#include <doctest/doctest.h>

#include "chart_test_util.h"

namespace clustersite {

TEST_CASE("a chart table has a caption, column headings and row headings") {
  ChartTable table{"Uses", {"Service", "Uses"}, {{"Misijas", {"12"}}}};
  CHECK(ChartTableHtml(table) ==
        "<table class=\"chart-data\"><caption>Uses</caption><thead><tr>"
        "<th scope=\"col\">Service</th><th scope=\"col\">Uses</th></tr></thead><tbody>"
        "<tr><th scope=\"row\">Misijas</th><td>12</td></tr></tbody></table>");
}

TEST_CASE("the bar table holds each bar's label and value text") {
  std::string html = ChartTableHtml(
      BarTable({{"Misijas", 12, "12"}, {"Mācības", 0, "0"}}, "Uses", "Service", "Uses"));
  CHECK(html.find("<th scope=\"row\">Misijas</th><td>12</td>") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">Mācības</th><td>0</td>") != std::string::npos);
}

TEST_CASE("the rating table holds the counts of 1 to 5 and the total") {
  std::string html = ChartTableHtml(
      RatingTable({{"Misijas", {0, 1, 2, 4, 7}, "14", ""}}, "Ratings", "Service", "Ratings"));
  CHECK(html.find("<th scope=\"col\">1</th>") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">5</th><th scope=\"col\">Ratings</th>") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">Misijas</th><td>0</td><td>1</td><td>2</td><td>4</td>"
                  "<td>7</td><td>14</td></tr>") != std::string::npos);
}

TEST_CASE("a withheld rating row spans the number columns with its text alone") {
  std::string html = ChartTableHtml(RatingTable(
      {{"Misijas", {0, 1, 0, 0, 1}, "2", "fewer than 3 ratings"}}, "Ratings", "Service", "n"));
  CHECK(html.find("<th scope=\"row\">Misijas</th><td colspan=\"6\">fewer than 3 ratings</td>") !=
        std::string::npos);
  CHECK(html.find("<td>1</td>") == std::string::npos);
}

TEST_CASE("chart table text is escaped") {
  std::string html = ChartTableHtml(
      BarTable({{testing::kHostileLabel, 1, "<1>"}}, "<b>", testing::kHostileLabel, "&"));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("<caption>&lt;b&gt;</caption>") != std::string::npos);
  CHECK(html.find("<td>&lt;1&gt;</td>") != std::string::npos);
}

}  // namespace clustersite
