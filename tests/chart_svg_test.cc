// What every chart shares: numbers, escaping, labels that fit, the SVG's name.

#include "charts/chart_svg.h"

#include <doctest/doctest.h>

#include <charconv>
#include <cmath>

#include "chart_test_util.h"

namespace clustersite {

TEST_CASE("chart numbers have at most two decimals, no trailing zeros and no minus zero") {
  CHECK(ChartNumber(12.5) == "12.5");
  CHECK(ChartNumber(3) == "3");
  CHECK(ChartNumber(1.0 / 3) == "0.33");
  CHECK(ChartNumber(2.0 / 3) == "0.67");
  CHECK(ChartNumber(1234567.891) == "1234567.89");
  CHECK(ChartNumber(-0.001) == "0");
  CHECK(ChartNumber(-2.5) == "-2.5");
  CHECK(ChartNumber(NAN) == "0");
  CHECK(ChartNumber(INFINITY) == "0");
}

TEST_CASE("chart numbers read as std::to_chars writes the value rounded to hundredths") {
  auto reference = [](double value) {
    double rounded = std::round(value * 100) / 100;
    if (rounded == 0) rounded = 0;
    char buffer[400];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 2);
    std::string out(buffer, end.ptr);
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out;
  };
  for (int k = -3000; k <= 3000; ++k) {
    for (double value : {k / 7.0, k * 1.37, k * 0.005, k * 1e9 + 0.125, k * 3.3e9 + 0.994}) {
      INFO(value);
      CHECK(ChartNumber(value) == reference(value));
    }
  }
}

TEST_CASE("a chart number of any size is written whole") {
  CHECK(ChartNumber(std::ldexp(1.0, 100)) == "1267650600228229401496703205376");
  CHECK(ChartNumber(1e300).size() == 301);
}

TEST_CASE("chart text escapes markup and keeps every other byte as given") {
  CHECK(ChartEscape(testing::kHostileLabel) ==
        "&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &apos;y&apos; &amp; z");
  // Hebrew (right to left), a decomposed "ā" and a precomposed one stay as they are.
  const std::string rtl = "שירות ייעוץ";
  const std::string decomposed = "Ra\xcc\x84zhot";
  CHECK(ChartEscape(rtl) == rtl);
  CHECK(ChartEscape(decomposed) == decomposed);
  CHECK(ChartEscape("Rāzhot") == "Rāzhot");
}

TEST_CASE("characters XML forbids become U+FFFD in chart text") {
  CHECK(ChartEscape(std::string("a\x01"
                                "b",
                                3)) ==
        "a\xef\xbf\xbd"
        "b");
}

TEST_CASE("a label that fits the width is kept whole") {
  CHECK(FitLabel("Eksporta misijas", 384) == "Eksporta misijas");
}

TEST_CASE("a long label is cut with an ellipsis to the width") {
  // 9.6 units a character: 96 units hold 10 columns, 9 of text and the ellipsis.
  CHECK(FitLabel("Tirdzniecības misijas", 96) == "Tirdzniec…");
}

TEST_CASE("a label is never cut between a letter and its combining mark") {
  const std::string a_macron = "a\xcc\x84";  // "a" + U+0304
  std::string label;
  for (int i = 0; i < 20; ++i) label += a_macron;
  std::string cut = FitLabel(label, 96);
  std::string expected;
  for (int i = 0; i < 9; ++i) expected += a_macron;
  CHECK(cut == expected + "…");
}

TEST_CASE("a chart is an image named by its title and described by its desc") {
  std::string svg = ChartOpen({"uses-2026-q3", "Uses per service", "Q3 2026"}, 100);
  CHECK(svg ==
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
        "aria-labelledby=\"uses-2026-q3-title uses-2026-q3-desc\" viewBox=\"0 0 400 100\" "
        "width=\"100%\" font-size=\"16\"><title id=\"uses-2026-q3-title\">Uses per service"
        "</title><desc id=\"uses-2026-q3-desc\">Q3 2026</desc><rect width=\"400\" "
        "height=\"100\" fill=\"#ffffff\"/>");
}

TEST_CASE("a chart names the font of its text when given one, escaped") {
  ChartText text{"u", "Uses", ""};
  CHECK(ChartOpen(text, 10).find("font-family") == std::string::npos);
  text.font_family = "\"Kit Sans\", sans-serif";
  CHECK(ChartOpen(text, 10).find(" font-size=\"16\" font-family=\"&quot;Kit Sans&quot;, "
                                 "sans-serif\">") != std::string::npos);
}

TEST_CASE("a chart without a description has no desc and is labelled by its title alone") {
  std::string svg = ChartOpen({"u", "Uses", ""}, 10);
  CHECK(svg.find("aria-labelledby=\"u-title\"") != std::string::npos);
  CHECK(svg.find("<desc") == std::string::npos);
}

TEST_CASE("a chart without an id is named by its title alone and writes no id") {
  std::string svg = ChartOpen({"", "Uses", "Q3"}, 10);
  CHECK(svg.find("aria-labelledby") == std::string::npos);
  CHECK(svg.find(" id=") == std::string::npos);
  CHECK(svg.find("<title>Uses</title><desc>Q3</desc>") != std::string::npos);
}

}  // namespace clustersite
