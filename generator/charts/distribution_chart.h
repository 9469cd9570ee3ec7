#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "charts/chart_svg.h"

namespace clustersite {

/// How many members gave each rating to one service.
struct RatingRow {
  std::string label;            ///< the service; untrusted text, escaped
  std::array<int, 5> counts{};  ///< ratings 1, 2, 3, 4, 5; below 0 counts as 0
  std::string total_text;       ///< after the bar ("14 ratings"); "" for none
  std::string withheld;         ///< when not "", written instead of the bar and its counts
                                ///< ("fewer than 3 ratings"), which then appear nowhere
};

/// The colour of one rating level and of the digit written on it.
struct RatingColor {
  std::string_view fill;
  std::string_view text;
};

/// Ratings 1 to 5, red through grey to blue (a diverging scale that
/// colour-blind readers can follow); each has 4.5:1 against its white digit
/// and the white background. Every segment also carries its level's digit,
/// and the levels always stand in the order 1 to 5, so colour is never the
/// only way to tell them apart.
inline constexpr std::array<RatingColor, 5> kRatingColors = {{
    {"#a50026", "#ffffff"},
    {"#d73027", "#ffffff"},
    {"#707070", "#ffffff"},
    {"#4575b4", "#ffffff"},
    {"#313695", "#ffffff"},
}};

/// A stacked distribution bar per row as inline SVG: each row's bar is split
/// into its ratings 1..5 in proportion to their counts, each part labelled
/// with its rating when it is wide enough for the digit; a legend of the five
/// levels after `legend` ("Rating") closes the chart. Same rows, same bytes.
std::string DistributionChartSvg(const std::vector<RatingRow>& rows, const ChartText& text,
                                 std::string_view legend);

}  // namespace clustersite
