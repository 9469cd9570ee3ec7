#pragma once

#include <string>
#include <string_view>

namespace clustersite {

/// The words of one chart. The chart is an image to assistive technology
/// (`role="img"`): its title is its name, its description what it shows.
struct ChartText {
  std::string id;           ///< unique in the page ("uses-2026-q3"); "" for a chart alone
                            ///< in its document: the ids of its title and desc
  std::string title;        ///< the accessible name, in `<title>`
  std::string description;  ///< in `<desc>`, read after the title; "" for none
  /// The font of its text ("Kit Sans, sans-serif"), or "" for the page's. A
  /// print engine that draws inline SVG on its own, as WeasyPrint does, does
  /// not give it the page's font, so a print document names its own.
  std::string font_family{};
};

/// The width of every chart in SVG units. Text is 16 units, so a chart scaled
/// to a 375 px phone (width 100%) still shows it at about 14 px.
inline constexpr double kChartWidth = 400;
inline constexpr double kChartFontSize = 16;
inline constexpr double kChartPadding = 8;

/// Colours on the chart's own white background, so that they keep their
/// contrast in print and under a dark page: text 16:1, bars 8:1 (non-text
/// contrast asks 3:1).
inline constexpr std::string_view kChartBackground = "#ffffff";
inline constexpr std::string_view kChartTextColor = "#1b1f24";
inline constexpr std::string_view kChartBarColor = "#0b5394";

/// `value` with at most two decimals and no trailing zeros, the same in every
/// locale: 12.5 → "12.5", 3 → "3", 1/3 → "0.33". Not finite → "0".
std::string ChartNumber(double value);
void AppendChartNumber(double value, std::string* out);

/// `text` (untrusted UTF-8) ready to stand in SVG or HTML text or a quoted
/// attribute: characters XML forbids replaced with U+FFFD, then `&<>"'`
/// escaped. Everything else, RTL text and combining marks included, is kept
/// byte for byte.
std::string ChartEscape(std::string_view text);
void AppendChartEscaped(std::string_view text, std::string* out);

/// `text` cut to about `width` SVG units of 16-unit text, with "…" where it
/// was cut; never between a character and its combining marks. The table
/// beside the chart shows it whole.
std::string FitLabel(std::string_view text, double width);

/// The opening `<svg>` of a chart `height` units high, with its title and
/// description and a white background.
std::string ChartOpen(const ChartText& text, double height);

/// Appends `<text x y fill>escaped</text>` to `out`; `attributes` are added
/// as given (" text-anchor=\"middle\""). A chart is thousands of these, so
/// they are written in place.
void ChartLabel(std::string* out, double x, double y, std::string_view text,
                std::string_view fill = kChartTextColor, std::string_view attributes = "");

/// Appends `<rect x y width height fill/>` plus `attributes` as given.
void ChartRect(std::string* out, double x, double y, double width, double height,
               std::string_view fill, std::string_view attributes = "");

/// How wide `text` is drawn in 16-unit text, in SVG units (an estimate:
/// 0.6 em a column).
double TextWidth(std::string_view text);

}  // namespace clustersite
