#pragma once

#include <string>
#include <vector>

#include "charts/bar_chart.h"
#include "charts/distribution_chart.h"

namespace clustersite {

/// One row of a chart's table: the row's heading and its cells.
struct TableRow {
  std::string label;               ///< `<th scope="row">`
  std::vector<std::string> cells;  ///< `<td>`; fewer than the columns: the last spans the rest
};

/// The numbers of a chart as a table, for readers who cannot see the chart
/// and for anyone who wants the exact figures. All text is escaped.
struct ChartTable {
  std::string caption;
  std::vector<std::string> columns;  ///< `<th scope="col">`; the first heads the row labels
  std::vector<TableRow> rows;
};

/// `<table class="chart-data">` with its caption, column and row headings.
std::string ChartTableHtml(const ChartTable& table);

/// The table of a bar chart: each bar's label and value text.
ChartTable BarTable(const std::vector<Bar>& bars, const std::string& caption,
                    const std::string& label_heading, const std::string& value_heading);

/// The table of a distribution chart: a row's label, its counts of ratings
/// 1..5 (columns headed "1".."5") and its total text; a withheld row shows
/// only its withheld text.
ChartTable RatingTable(const std::vector<RatingRow>& rows, const std::string& caption,
                       const std::string& label_heading, const std::string& total_heading);

}  // namespace clustersite
