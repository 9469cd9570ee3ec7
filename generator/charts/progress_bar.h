#pragma once

#include <string>

#include "charts/chart_svg.h"

namespace clustersite {

/// How far an indicator got from its baseline to its target as a bar of
/// the chart's width: the track outlined, the part reached filled.
/// `fraction` is cut to 0..1 (not finite: 0); the figure itself is for the
/// text beside the bar. Same input, same bytes.
std::string ProgressBarSvg(double fraction, const ChartText& text);

}  // namespace clustersite
