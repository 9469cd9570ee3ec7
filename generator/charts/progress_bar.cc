#include "charts/progress_bar.h"

#include <algorithm>
#include <cmath>

namespace clustersite {
namespace {

constexpr double kBarHeight = 16;

}  // namespace

std::string ProgressBarSvg(double fraction, const ChartText& text) {
  const double f = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
  const double inner = kChartWidth - 2 * kChartPadding;
  std::string out = ChartOpen(text, 2 * kChartPadding + kBarHeight);
  // The track keeps the bar's colour as its outline, so an empty bar is
  // seen too (non-text contrast).
  ChartRect(&out, kChartPadding, kChartPadding, inner, kBarHeight, kChartBackground,
            " stroke=\"" + std::string(kChartBarColor) + "\"");
  ChartRect(&out, kChartPadding, kChartPadding, inner * f, kBarHeight, kChartBarColor);
  return out + "</svg>";
}

}  // namespace clustersite
