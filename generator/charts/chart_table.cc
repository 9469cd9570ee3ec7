#include "charts/chart_table.h"

#include <algorithm>

namespace clustersite {

namespace {

std::string Row(const TableRow& row, size_t columns) {
  std::string out = "<tr><th scope=\"row\">" + ChartEscape(row.label) + "</th>";
  const size_t data_columns = columns > 0 ? columns - 1 : 0;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const bool last = i + 1 == row.cells.size();
    const size_t span = last && data_columns > row.cells.size() ? data_columns - i : 1;
    out += span > 1 ? "<td colspan=\"" + std::to_string(span) + "\">" : std::string("<td>");
    out += ChartEscape(row.cells[i]) + "</td>";
  }
  return out + "</tr>";
}

}  // namespace

std::string ChartTableHtml(const ChartTable& table) {
  std::string out = "<table class=\"chart-data\"><caption>" + ChartEscape(table.caption) +
                    "</caption><thead><tr>";
  for (const std::string& column : table.columns) {
    out += "<th scope=\"col\">" + ChartEscape(column) + "</th>";
  }
  out += "</tr></thead><tbody>";
  for (const TableRow& row : table.rows) out += Row(row, table.columns.size());
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
