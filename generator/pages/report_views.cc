#include "pages/report_views.h"

#include <algorithm>

#include "charts/chart_table.h"
#include "core/url.h"
#include "theme/theme.h"

namespace clustersite {
namespace {

/// `tenths` as a decimal with the language's separator: 42 → "4.2" or "4,2".
std::string Decimal(const Strings& t, long tenths) {
  const long whole = std::labs(tenths);
  return std::to_string(whole / 10) + t.Get("decimal_separator") + std::to_string(whole % 10);
}

/// A change with its sign: "+3", "−2" (a minus sign), "0".
std::string Signed(long n, const std::string& magnitude) {
  if (n > 0) return "+" + magnitude;
  if (n < 0) return "\u2212" + magnitude;
  return magnitude;
}

std::string UsesChange(long n) { return Signed(n, std::to_string(std::labs(n))); }

std::string MeanChange(const Strings& t, long tenths) { return Signed(tenths, Decimal(t, tenths)); }

/// What a withheld rating figure says instead: "fewer than 3 ratings".
std::string Withheld(const Strings& t) {
  return Substitute(t.Get("report_withheld"), {{"count", std::to_string(kMinRaters)}});
}

std::string MeanText(const Strings& t, const QuarterFigures& f) {
  return f.mean_tenths ? Decimal(t, *f.mean_tenths) : Withheld(t);
}

/// "12 of 14": the uses that gained contacts, of all uses.
std::string ContactsText(const Strings& t, const QuarterFigures& f) {
  return Substitute(t.Get("report_contacts_of"),
                    {{"count", std::to_string(f.contacts)}, {"total", std::to_string(f.uses)}});
}

/// "+3 against the quarter before", when there is a change to tell.
std::optional<std::string> AgainstBefore(const Strings& t,
                                         const std::optional<std::string>& change) {
  if (!change) return std::nullopt;
  return Substitute(t.Get("report_change"), {{"change", *change}});
}

std::vector<ReportFigureView> Figures(const Strings& t, const QuarterFigures& f) {
  std::optional<std::string> uses, mean;
  if (f.uses_change) uses = UsesChange(*f.uses_change);
  if (f.mean_change_tenths) mean = MeanChange(t, *f.mean_change_tenths);
  return {{std::to_string(f.uses), t.Get("report_uses"), AgainstBefore(t, uses)},
          {std::to_string(f.members), t.Get("report_members_total"), std::nullopt},
          {MeanText(t, f), t.Get("report_mean"), AgainstBefore(t, mean)},
          {ContactsText(t, f), t.Get("report_contacts_label"), std::nullopt}};
}

/// The row of one used service, not linked.
ReportRowView Row(const Strings& t, const ServiceFigures& s) {
  const QuarterFigures& f = s.figures;
  ReportRowView row;
  row.title = s.service->title;
  row.uses = std::to_string(f.uses);
  row.members = std::to_string(f.members);
  row.mean = MeanText(t, f);
  row.withheld = !f.mean_tenths;
  row.contacts = ContactsText(t, f);
  if (f.uses_change) row.uses_change = UsesChange(*f.uses_change);
  if (f.mean_change_tenths) row.mean_change = MeanChange(t, *f.mean_change_tenths);
  return row;
}

/// The row of the ratings chart of one used service.
RatingRow RatingsOf(const Strings& t, const ServiceFigures& s) {
  RatingRow row{s.service->title, {}, "", ""};
  const auto& ratings = s.figures.ratings;
  if (!ratings) {
    row.withheld = Withheld(t);
    return row;
  }
  long count = 0;
  for (size_t i = 0; i < ratings->size(); ++i) {
    row.counts[i] = static_cast<int>((*ratings)[i]);
    count += (*ratings)[i];
  }
  row.total_text = Substitute(t.Get("report_ratings_n"), {{"count", std::to_string(count)}});
  return row;
}

/// `rows` drawn by `draw` as charts of at most `per_chart` rows each (0: one
/// chart), titled `title` with " (1/2)" and on when there are more.
template <class Row, class Draw>
std::string ChartsOf(const std::vector<Row>& rows, size_t per_chart, const ChartText& text,
                     const Draw& draw) {
  const size_t size = per_chart == 0 ? rows.size() : per_chart;
  const size_t charts = (rows.size() + size - 1) / size;
  std::string out;
  for (size_t i = 0; i < charts; ++i) {
    ChartText part = text;
    if (charts > 1) {
      const std::string n = std::to_string(i + 1);
      part.id += "-" + n;
      part.title += " (" + n + "/" + std::to_string(charts) + ")";
    }
    const auto first = rows.begin() + static_cast<std::ptrdiff_t>(i * size);
    out += draw(std::vector<Row>(first, first + std::min(size, rows.size() - i * size)), part);
  }
  return out;
}

/// The bar chart of uses and the stacked ratings of each used service, in
/// `style`.
void Charts(const Strings& t, const ReportParts& parts, const std::string& id,
            const ReportCharts& style, ReportView* v) {
  if (parts.bars.empty()) return;
  v->uses_chart = ChartsOf(parts.bars, style.rows,
                           {"uses-" + id, parts.uses_title, "", style.font_family}, BarChartSvg);
  const std::string legend = t.Get("report_rating");
  v->ratings_chart = ChartsOf(
      parts.ratings, style.rows,
      {"ratings-" + id, parts.ratings_title, t.Get("report_ratings_desc"), style.font_family},
      [&](const std::vector<RatingRow>& part, const ChartText& text) {
        return DistributionChartSvg(part, text, legend);
      });
}

/// "1 October 2026 – 31 December 2026": the days of `q` up to `as_of`.
std::string Period(const Strings& t, const Quarter& q, const Date& as_of) {
  return t.FormatDate(q.First()) + " – " + t.FormatDate(std::min(q.Last(), as_of));
}

/// The figures of `r` on one line, for the list of quarters.
std::string SummaryLine(const Strings& t, const QuarterReport& r) {
  const QuarterFigures& f = r.total;
  return Substitute(t.Get("report_line"), {{"uses", std::to_string(f.uses)},
                                           {"members", std::to_string(f.members)},
                                           {"mean", MeanText(t, f)},
                                           {"contacts", ContactsText(t, f)}});
}

}  // namespace

std::vector<ReportFigureView> QuarterFigureViews(const Strings& t, const QuarterFigures& f) {
  return Figures(t, f);
}

std::string ReportDir(const Quarter& q) { return kReportsDir + QuarterSlug(q) + "/"; }

std::string QuarterName(const Strings& t, const Quarter& q) {
  return Substitute(t.Get("report_quarter"),
                    {{"year", std::to_string(q.year)}, {"quarter", std::to_string(q.number)}});
}

void Fill(ViewFields& f, ReportFigureView& v) {
  f.Text("value", std::move(v.value));
  f.Text("label", std::move(v.label));
  f.Text("change", std::move(v.change));
}

namespace {

/// Appends ` <span class="report-change">(change)</span>` when there is one.
void AppendChange(const std::optional<std::string>& change, std::string* out) {
  if (!change) return;
  *out += " <span class=\"report-change\">(";
  AppendHtmlEscaped(*change, out);
  *out += ")</span>";
}

}  // namespace

std::string ReportRowsHtml(const std::vector<ReportRowView>& rows) {
  std::string out;
  for (const ReportRowView& row : rows) {
    out += "<tr><th scope=\"row\">";
    if (row.url) {
      out += "<a href=\"";
      AppendHtmlEscaped(*row.url, &out);
      out += "\">";
      AppendHtmlEscaped(row.title, &out);
      out += "</a>";
    } else {
      AppendHtmlEscaped(row.title, &out);
    }
    out += "</th><td>";
    AppendHtmlEscaped(row.uses, &out);
    AppendChange(row.uses_change, &out);
    out += "</td><td>";
    AppendHtmlEscaped(row.members, &out);
    out += row.withheld ? "</td><td class=\"is-withheld\">" : "</td><td>";
    AppendHtmlEscaped(row.mean, &out);
    AppendChange(row.mean_change, &out);
    out += "</td><td>";
    AppendHtmlEscaped(row.contacts, &out);
    out += "</td></tr>\n";
  }
  return out;
}

std::string ReportQuotesHtml(const std::vector<ReportQuoteView>& quotes) {
  std::string out;
  for (const ReportQuoteView& q : quotes) {
    out += "<li><figure class=\"report-quote\"><blockquote><p>";
    AppendHtmlEscaped(q.text, &out);
    out += "</p></blockquote><figcaption>";
    AppendHtmlEscaped(q.service, &out);
    out += "</figcaption></figure></li>\n";
  }
  return out;
}

void Fill(ViewFields& f, ReportServiceView& v) {
  f.Text("title", std::move(v.title));
  f.Text("url", std::move(v.url));
}

ReportParts MakeReportParts(const Strings& t, const QuarterReport& r, const Date& as_of) {
  ReportParts parts;
  parts.quarter = QuarterName(t, r.quarter);
  parts.period = Period(t, r.quarter, as_of);
  parts.figures = Figures(t, r.total);
  for (const ServiceFigures& s : r.services) {
    parts.services.push_back(Row(t, s));
    parts.bars.push_back(
        {s.service->title, static_cast<double>(s.figures.uses), std::to_string(s.figures.uses)});
    parts.ratings.push_back(RatingsOf(t, s));
  }
  if (!r.services.empty()) {
    parts.uses_title = t.Get("report_uses_chart") + ": " + parts.quarter;
    parts.uses_table = ChartTableHtml(
        BarTable(parts.bars, parts.uses_title, t.Get("service"), t.Get("report_uses")));
    parts.ratings_title = t.Get("report_ratings_chart") + ": " + parts.quarter;
    parts.ratings_table = ChartTableHtml(RatingTable(
        parts.ratings, parts.ratings_title, t.Get("service"), t.Get("report_ratings_total")));
  }
  for (const QuotedComment& q : r.quotes) parts.quotes.push_back({q.text, q.service->title});
  return parts;
}

std::shared_ptr<const std::vector<ReportParts>> MakeAllReportParts(const ClusterContext& ctx) {
  auto all = std::make_shared<std::vector<ReportParts>>();
  for (const QuarterReport& r : ctx.view->reports) {
    all->push_back(MakeReportParts(*ctx.strings, r, ctx.cluster().as_of));
  }
  return all;
}

ReportView BuildReport(const ClusterContext& ctx, const QuarterReport& r, const std::string& from,
                       const std::string& id, const ReportCharts& charts) {
  const Strings& t = *ctx.strings;
  // The parts made for the cluster when `r` is one of its reports.
  const ReportParts* parts = nullptr;
  for (size_t i = 0; ctx.report_parts && i < ctx.view->reports.size() && !parts; ++i) {
    if (&ctx.view->reports[i] == &r) parts = &(*ctx.report_parts)[i];
  }
  ReportParts own;
  if (!parts) {
    own = MakeReportParts(t, r, ctx.cluster().as_of);
    parts = &own;
  }
  ReportView v;
  v.quarter = parts->quarter;
  v.period = parts->period;
  v.figures = parts->figures;
  v.has_previous = r.has_previous;
  v.has_services = !r.services.empty();
  v.services = parts->services;
  for (size_t i = 0; i < r.services.size() && !from.empty(); ++i) {
    v.services[i].url = RelativeUrl(from, ServiceDir(*r.services[i].service));
  }
  Charts(t, *parts, id, charts, &v);
  v.uses_table = parts->uses_table;
  v.ratings_table = parts->ratings_table;
  v.quotes = parts->quotes;
  v.has_quotes = !v.quotes.empty();
  for (const Service* s : r.unused) {
    ReportServiceView& unused = v.unused.emplace_back();
    unused.title = s->title;
    if (!from.empty()) unused.url = RelativeUrl(from, ServiceDir(*s));
  }
  v.has_unused = !v.unused.empty();
  return v;
}

void Fill(ViewFields& f, ReportView& v) {
  f.Text("quarter", std::move(v.quarter));
  f.Text("period", std::move(v.period));
  f.List("figures", v.figures);
  f.Flag("has_previous", v.has_previous);
  f.Flag("has_services", v.has_services);
  f.Raw("services_rows", ReportRowsHtml(v.services));
  f.Raw("uses_chart", std::move(v.uses_chart));
  f.Raw("uses_table", std::move(v.uses_table));
  f.Raw("ratings_chart", std::move(v.ratings_chart));
  f.Raw("ratings_table", std::move(v.ratings_table));
  f.Flag("has_quotes", v.has_quotes);
  f.Raw("quote_items", ReportQuotesHtml(v.quotes));
  f.Flag("has_unused", v.has_unused);
  f.List("unused", v.unused);
}

void Fill(ViewFields& f, ReportLinkView& v) {
  f.Text("title", std::move(v.title));
  f.Text("url", std::move(v.url));
  f.Text("summary", std::move(v.summary));
}

ReportsView BuildReports(const ClusterContext& ctx) {
  const Strings& t = *ctx.strings;
  ReportsView v;
  v.layout = BuildLayout(ctx, kReportsDir, "reports", t.Get("title_reports"),
                         t.Get("description_reports"));
  for (const QuarterReport& r : ctx.view->reports) {
    v.quarters.push_back({QuarterName(t, r.quarter), RelativeUrl(kReportsDir, ReportDir(r.quarter)),
                          SummaryLine(t, r)});
  }
  return v;
}

void Fill(ViewFields& f, ReportsView& v) {
  Fill(f, v.layout);
  f.List("quarters", v.quarters);
}

ReportPageView BuildReportPage(const ClusterContext& ctx, size_t index) {
  const Strings& t = *ctx.strings;
  const QuarterReport& r = ctx.view->reports[index];
  const std::string dir = ReportDir(r.quarter);
  const std::string quarter = QuarterName(t, r.quarter);
  ReportPageView p;
  p.layout =
      BuildLayout(ctx, dir, "report", Substitute(t.Get("report_title"), {{"quarter", quarter}}),
                  Substitute(t.Get("report_description"), {{"quarter", quarter}}));
  p.report = BuildReport(ctx, r, dir, QuarterSlug(r.quarter));
  p.handout_url = kHandoutFile;
  p.reports_url = RelativeUrl(dir, kReportsDir);
  return p;
}

void Fill(ViewFields& f, ReportPageView& v) {
  Fill(f, v.layout);
  f.Object("report", v.report);
  f.Text("handout_url", std::move(v.handout_url));
  f.Text("reports_url", std::move(v.reports_url));
}

}  // namespace clustersite
