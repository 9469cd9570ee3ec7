#pragma once

#include <string>
#include <vector>

#include "charts/chart_svg.h"

namespace clustersite {

/// One bar: uses of one service, say.
struct Bar {
  std::string label;       ///< what the bar counts; untrusted text, escaped
  double value = 0;        ///< its length against the largest; below 0 or not finite: 0
  std::string value_text;  ///< the value as the page writes it ("12"), after the bar
};

/// A horizontal bar chart as inline SVG: each bar under its label, lengths
/// proportional to the values (the largest fills the width), the value
/// written after each bar. Same bars, same bytes.
std::string BarChartSvg(const std::vector<Bar>& bars, const ChartText& text);

}  // namespace clustersite
