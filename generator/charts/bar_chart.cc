#include "charts/bar_chart.h"

#include <algorithm>
#include <cmath>

namespace clustersite {

namespace {

constexpr double kRowHeight = 48;  ///< label line, bar, gap
constexpr double kBarTop = 20;     ///< below the row's top
constexpr double kBarHeight = 20;
constexpr double kGap = 6;  ///< between a bar's end and its value

double Length(double value) { return std::isfinite(value) && value > 0 ? value : 0; }

}  // namespace

std::string BarChartSvg(const std::vector<Bar>& bars, const ChartText& text) {
  double largest = 0;
  double value_width = 0;
  for (const Bar& bar : bars) {
    largest = std::max(largest, Length(bar.value));
    value_width = std::max(value_width, TextWidth(bar.value_text));
  }
  const double inner = kChartWidth - 2 * kChartPadding;
  const double longest = inner - std::min(value_width + kGap, inner / 2);
  std::string out =
      ChartOpen(text, 2 * kChartPadding + kRowHeight * static_cast<double>(bars.size()));
  double top = kChartPadding;
  for (const Bar& bar : bars) {
    const double length = largest > 0 ? longest * Length(bar.value) / largest : 0;
    out += "<g>";
    ChartLabel(&out, kChartPadding, top + kChartFontSize - 2, FitLabel(bar.label, inner));
    ChartRect(&out, kChartPadding, top + kBarTop, length, kBarHeight, kChartBarColor);
    ChartLabel(&out, kChartPadding + length + kGap, top + kBarTop + kBarHeight - 5, bar.value_text);
    out += "</g>";
    top += kRowHeight;
  }
  return out + "</svg>";
}

}  // namespace clustersite
