#include "charts/chart_table.h"

#include <algorithm>

namespace clustersite {

namespace {

/// Appends `<tag>escaped text</tag>`, the tag with `attributes`.
void AppendCell(std::string* out, std::string_view tag, std::string_view attributes,
                std::string_view text) {
  *out += '<';
  *out += tag;
  *out += attributes;
  *out += '>';
  AppendChartEscaped(text, out);
  *out += "</";
  *out += tag;
  *out += '>';
}

void AppendRow(const TableRow& row, size_t columns, std::string* out) {
  *out += "<tr>";
  AppendCell(out, "th", " scope=\"row\"", row.label);
  const size_t data_columns = columns > 0 ? columns - 1 : 0;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const bool last = i + 1 == row.cells.size();
    const size_t span = last && data_columns > row.cells.size() ? data_columns - i : 1;
    AppendCell(out, "td", span > 1 ? " colspan=\"" + std::to_string(span) + "\"" : std::string(),
               row.cells[i]);
  }
  *out += "</tr>";
}

}  // namespace

std::string ChartTableHtml(const ChartTable& table) {
  std::string out = "<table class=\"chart-data\">";
  AppendCell(&out, "caption", "", table.caption);
  out += "<thead><tr>";
  for (const std::string& column : table.columns) AppendCell(&out, "th", " scope=\"col\"", column);
  out += "</tr></thead><tbody>";
  for (const TableRow& row : table.rows) AppendRow(row, table.columns.size(), &out);
  return out + "</tbody></table>";
}

ChartTable BarTable(const std::vector<Bar>& bars, const std::string& caption,
                    const std::string& label_heading, const std::string& value_heading) {
  ChartTable table{caption, {label_heading, value_heading}, {}};
  for (const Bar& bar : bars) table.rows.push_back({bar.label, {bar.value_text}});
  return table;
}

ChartTable RatingTable(const std::vector<RatingRow>& rows, const std::string& caption,
                       const std::string& label_heading, const std::string& total_heading) {
  ChartTable table{caption, {label_heading, "1", "2", "3", "4", "5", total_heading}, {}};
  for (const RatingRow& row : rows) {
    if (!row.withheld.empty()) {
      table.rows.push_back({row.label, {row.withheld}});
      continue;
    }
    TableRow cells{row.label, {}};
    for (int count : row.counts) cells.cells.push_back(std::to_string(std::max(count, 0)));
    cells.cells.push_back(row.total_text);
    table.rows.push_back(std::move(cells));
  }
  return table;
}

}  // namespace clustersite
