#include "charts/distribution_chart.h"

#include <algorithm>

namespace clustersite {

namespace {

constexpr double kRowHeight = 48;  ///< label line, bar, gap
constexpr double kBarTop = 20;     ///< below the row's top
constexpr double kBarHeight = 20;
constexpr double kBaseline = 15;    ///< of text on a bar, below the bar's top
constexpr double kGap = 6;          ///< between a bar's end and its total
constexpr double kDigitWidth = 12;  ///< the narrowest part that shows its digit
constexpr double kSwatch = 20;      ///< legend squares

std::string Digit(size_t level) { return std::string(1, static_cast<char>('1' + level)); }

/// Appends the parts of one bar `length` long from `x`, at `y`.
void Segments(std::string* out, const std::array<int, 5>& counts, double x, double y,
              double length) {
  int total = 0;
  for (int c : counts) total += std::max(c, 0);
  if (total == 0) return;
  int before = 0;
  for (size_t level = 0; level < counts.size(); ++level) {
    const int count = std::max(counts[level], 0);
    if (count == 0) continue;
    // From the running sums, so the parts end exactly at the bar's length.
    const double start = x + length * before / total;
    before += count;
    const double width = x + length * before / total - start;
    ChartRect(out, start, y, width, kBarHeight, kRatingColors[level].fill,
              " stroke=\"#ffffff\" stroke-width=\"1\"");
    if (width >= kDigitWidth) {
      ChartLabel(out, start + width / 2, y + kBaseline, Digit(level), kRatingColors[level].text,
                 " text-anchor=\"middle\"");
    }
  }
}

/// Appends the legend of the five ratings at `top`.
void Legend(std::string* out, std::string_view legend, double top) {
  *out += "<g>";
  double x = kChartPadding;
  if (!legend.empty()) {
    ChartLabel(out, x, top + kBaseline, legend);
    x += TextWidth(legend) + kGap;
  }
  for (size_t level = 0; level < kRatingColors.size(); ++level) {
    ChartRect(out, x, top, kSwatch, kSwatch, kRatingColors[level].fill);
    ChartLabel(out, x + kSwatch / 2, top + kBaseline, Digit(level), kRatingColors[level].text,
               " text-anchor=\"middle\"");
    x += kSwatch + kGap;
  }
  *out += "</g>";
}

}  // namespace

std::string DistributionChartSvg(const std::vector<RatingRow>& rows, const ChartText& text,
                                 std::string_view legend) {
  double total_width = 0;
  for (const RatingRow& row : rows) {
    if (row.withheld.empty()) total_width = std::max(total_width, TextWidth(row.total_text));
  }
  const double inner = kChartWidth - 2 * kChartPadding;
  const double length = inner - std::min(total_width + kGap, inner / 2);
  const double rows_height = kRowHeight * static_cast<double>(rows.size());
  std::string out = ChartOpen(text, 2 * kChartPadding + rows_height + kSwatch);
  double top = kChartPadding;
  for (const RatingRow& row : rows) {
    out += "<g>";
    ChartLabel(&out, kChartPadding, top + kChartFontSize - 2, FitLabel(row.label, inner));
    const double bar = top + kBarTop;
    if (!row.withheld.empty()) {
      ChartLabel(&out, kChartPadding, bar + kBaseline, FitLabel(row.withheld, inner));
    } else {
      Segments(&out, row.counts, kChartPadding, bar, length);
      ChartLabel(&out, kChartPadding + length + kGap, bar + kBaseline, row.total_text);
    }
    out += "</g>";
    top += kRowHeight;
  }
  Legend(&out, legend, top);
  out += "</svg>";
  return out;
}

}  // namespace clustersite
