#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "charts/bar_chart.h"
#include "charts/distribution_chart.h"
#include "model/quarter_report.h"
#include "pages/layout_view.h"

namespace clustersite {

/// Views of the quarterly service reports: the list of quarters, the page
/// of each, and what the page and its handout share. Members are never
/// named here, only counted.

/// The folder of the reports and of one quarter's report: "reports/2026-q4/",
/// which also holds the quarter's handout.
inline constexpr const char* kReportsDir = "reports/";
inline constexpr const char* kHandoutFile = "handout.html";
std::string ReportDir(const Quarter& q);

/// A quarter as a reader says it: "Q4 2026", "2026. gada 4. ceturksnis".
std::string QuarterName(const Strings& t, const Quarter& q);

/// One figure of a report's summary: "41" "uses" "+3 against the quarter before".
struct ReportFigureView {
  std::string value, label;
  std::optional<std::string> change;
};
void Fill(ViewFields& f, ReportFigureView& v);

/// The summary figures of a quarter as a report shows them: uses, members,
/// the mean rating (or that it is withheld) and contacts, each with its
/// change against the quarter before where there is one.
std::vector<ReportFigureView> QuarterFigureViews(const Strings& t, const QuarterFigures& f);

/// One service's row of a report's table.
struct ReportRowView {
  std::string title;
  std::optional<std::string> url;  ///< its page; none in a handout
  std::string uses, members, mean, contacts;
  bool withheld = false;  ///< `mean` says "fewer than 3 ratings"
  /// Against the quarter before: "+3", "−0,2"; none when it cannot be told.
  std::optional<std::string> uses_change, mean_change;
};

/// The rows of a report's table of services, each `<tr>…</tr>` and a line
/// end, escaped: the `services_rows` of the theme's report-table partial. A
/// report has a row for each used service and a template takes thousands
/// of instructions for each, so the rows are written here, as the tables
/// beside the charts are.
std::string ReportRowsHtml(const std::vector<ReportRowView>& rows);

/// A service by its title, linked to its page where there is one.
struct ReportServiceView {
  std::string title;
  std::optional<std::string> url;  ///< none in a handout
};
void Fill(ViewFields& f, ReportServiceView& v);

/// A comment a member let members read: its text and the service it is about.
struct ReportQuoteView {
  std::string text, service;
};

/// The quoted comments of a report, each `<li>…</li>` and a line end,
/// escaped: the `quote_items` of the theme's report-quotes partial, written
/// here for the reason ReportRowsHtml is.
std::string ReportQuotesHtml(const std::vector<ReportQuoteView>& quotes);

/// The report of one quarter, as its page and its handout show it.
struct ReportView {
  std::string quarter;  ///< QuarterName
  std::string period;   ///< its first day to its last, or to the as-of date
  std::vector<ReportFigureView> figures;
  bool has_previous = false;  ///< the change columns are there
  bool has_services = false;  ///< some service was used
  std::vector<ReportRowView> services;
  /// The charts (inline SVG) and the tables of their numbers, made and
  /// escaped by the chart module.
  std::string uses_chart, uses_table, ratings_chart, ratings_table;
  bool has_quotes = false;
  std::vector<ReportQuoteView> quotes;
  bool has_unused = false;
  std::vector<ReportServiceView> unused;
};
/// How the charts of a report are drawn. Every field has a default.
struct ReportCharts {
  /// The most services one chart shows, followed by as many more charts as
  /// it takes (0: one chart for all), so that a printed chart fits on a page.
  size_t rows = 0;
  std::string font_family;  ///< see ChartText::font_family
};

/// What a quarter's page and its handout show alike, made once for both:
/// the figures, the rows of the table (not linked), what the charts show
/// and the tables of their numbers, the quotes.
struct ReportParts {
  std::string quarter, period;
  std::vector<ReportFigureView> figures;
  std::vector<ReportRowView> services;
  std::vector<Bar> bars;
  std::vector<RatingRow> ratings;
  std::string uses_title, ratings_title;  ///< of the charts and their tables
  std::string uses_table, ratings_table;
  std::vector<ReportQuoteView> quotes;
};
ReportParts MakeReportParts(const Strings& t, const QuarterReport& r, const Date& as_of);
/// The parts of each report of ctx's view, for ClusterContext::report_parts.
std::shared_ptr<const std::vector<ReportParts>> MakeAllReportParts(const ClusterContext& ctx);

/// `r` for a page in folder `from`, its services linked; `from` "" for a
/// handout, where they are not. `id` keeps the charts' ids unique in their
/// document: "2026-q4". When `r` is one of the view's reports, its parts
/// are ctx.report_parts' where there are some.
ReportView BuildReport(const ClusterContext& ctx, const QuarterReport& r, const std::string& from,
                       const std::string& id, const ReportCharts& charts = {});
void Fill(ViewFields& f, ReportView& v);

/// A quarter in the list of reports, with its figures on one line.
struct ReportLinkView {
  std::string title, url, summary;
};
void Fill(ViewFields& f, ReportLinkView& v);

/// `reports/`: every quarter's report, newest first.
struct ReportsView {
  LayoutView layout;
  std::vector<ReportLinkView> quarters;
};
ReportsView BuildReports(const ClusterContext& ctx);
void Fill(ViewFields& f, ReportsView& v);

/// `reports/<YYYY>-q<N>/`: one quarter's report, with links to its handout
/// and to the other quarters.
struct ReportPageView {
  LayoutView layout;
  ReportView report;
  std::string handout_url, reports_url;
};
/// The page of the `index`th report of the view (newest first).
ReportPageView BuildReportPage(const ClusterContext& ctx, size_t index);
void Fill(ViewFields& f, ReportPageView& v);

}  // namespace clustersite
