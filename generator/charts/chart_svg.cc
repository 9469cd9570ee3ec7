#include "charts/chart_svg.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/unicode.h"
#include "theme/theme.h"

namespace clustersite {

std::string ChartNumber(double value) {
  std::string out;
  AppendChartNumber(value, &out);
  return out;
}

void AppendChartNumber(double value, std::string* out) {
  if (!std::isfinite(value)) {
    *out += '0';
    return;
  }
  const double cents = std::round(value * 100);
  char buffer[400];  // the largest double has 309 digits
  char* end = buffer;
  if (std::abs(cents) < 1e15) {
    // Whole hundredths, written as integers: a chart writes hundreds of
    // thousands of coordinates, and std::to_chars of a double is slow.
    long long n = std::llabs(std::llround(cents));
    if (n != 0 && cents < 0) *end++ = '-';
    end = std::to_chars(end, buffer + sizeof buffer, n / 100).ptr;
    if (n % 100 != 0) {
      *end++ = '.';
      *end++ = static_cast<char>('0' + n % 100 / 10);
      if (n % 10 != 0) *end++ = static_cast<char>('0' + n % 10);
    }
    out->append(buffer, end);
    return;
  }
  auto [last, ec] =
      std::to_chars(buffer, buffer + sizeof buffer, cents / 100, std::chars_format::fixed, 2);
  if (ec != std::errc()) {
    *out += '0';
    return;
  }
  while (last[-1] == '0') --last;
  if (last[-1] == '.') --last;
  out->append(buffer, last);
}

std::string ChartEscape(std::string_view text) {
  std::string out;
  AppendChartEscaped(text, &out);
  return out;
}

void AppendChartEscaped(std::string_view text, std::string* out) {
  // Nearly every label is clean already: checked, not copied.
  if (IsCleanText(text)) {
    AppendHtmlEscaped(text, out);
    return;
  }
  std::string kept(text);
  ReplaceForbiddenInMarkup(&kept);
  AppendHtmlEscaped(kept, out);
}

namespace {

/// An average glyph of a sans-serif face is about 0.6 em wide.
constexpr double kColumnWidth = kChartFontSize * 0.6;

}  // namespace

double TextWidth(std::string_view text) {
  int columns = 0;
  for (size_t at = 0; at < text.size();) {
    char32_t c;
    at += NextCodePoint(text, at, &c);
    columns += std::max(ColumnWidth(c), 0);
  }
  return columns * kColumnWidth;
}

std::string FitLabel(std::string_view text, double width) {
  const auto columns = static_cast<int>(width / kColumnWidth);
  int used = 0;
  for (size_t at = 0; at < text.size();) {
    char32_t c;
    const size_t n = NextCodePoint(text, at, &c);
    const int w = ColumnWidth(c);
    if (w > 0 && used + w > columns - 1) {
      // Cut before `c`, writing an invalid byte as U+FFFD as CodePoints reads it.
      std::string out;
      for (char32_t kept : CodePoints(text.substr(0, at))) AppendUtf8(kept, &out);
      return out + "…";
    }
    used += std::max(w, 0);
    at += n;
  }
  return std::string(text);
}

std::string ChartOpen(const ChartText& text, double height) {
  const std::string id = ChartEscape(text.id);
  const std::string w = ChartNumber(kChartWidth);
  const std::string h = ChartNumber(height);
  const bool desc = !text.description.empty();
  // Without an id the title, as the first child, still names the chart.
  auto id_of = [&](const char* part) {
    return id.empty() ? std::string() : " id=\"" + id + "-" + part + "\"";
  };
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"";
  if (!id.empty()) {
    out += " aria-labelledby=\"" + id + "-title" + (desc ? " " + id + "-desc" : "") + "\"";
  }
  out += " viewBox=\"0 0 " + w + " " + h + "\" width=\"100%\" font-size=\"" +
         ChartNumber(kChartFontSize) + "\"";
  if (!text.font_family.empty()) out += " font-family=\"" + ChartEscape(text.font_family) + "\"";
  out += ">";
  out += "<title" + id_of("title") + ">" + ChartEscape(text.title) + "</title>";
  if (desc) out += "<desc" + id_of("desc") + ">" + ChartEscape(text.description) + "</desc>";
  out += "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"" + std::string(kChartBackground) +
         "\"/>";
  return out;
}

void ChartLabel(std::string* out, double x, double y, std::string_view text, std::string_view fill,
                std::string_view attributes) {
  *out += "<text x=\"";
  AppendChartNumber(x, out);
  *out += "\" y=\"";
  AppendChartNumber(y, out);
  *out += "\" fill=\"";
  *out += fill;
  *out += '"';
  *out += attributes;
  *out += '>';
  AppendChartEscaped(text, out);
  *out += "</text>";
}

void ChartRect(std::string* out, double x, double y, double width, double height,
               std::string_view fill, std::string_view attributes) {
  *out += "<rect x=\"";
  AppendChartNumber(x, out);
  *out += "\" y=\"";
  AppendChartNumber(y, out);
  *out += "\" width=\"";
  AppendChartNumber(width, out);
  *out += "\" height=\"";
  AppendChartNumber(height, out);
  *out += "\" fill=\"";
  *out += fill;
  *out += '"';
  *out += attributes;
  *out += "/>";
}

}  // namespace clustersite
