#include "kit/handout.h"

#include "core/stage_clock.h"
#include "document/document_style.h"
#include "kit/cluster_document.h"
#include "pages/report_views.h"

namespace clustersite {
namespace {

/// The charts of a handout: at most ten services each, since ten rows of a
/// chart 36rem wide are 20 cm high, which leaves room on an A4 page for the
/// part's title and introduction; in the document's own font.
const ReportCharts kHandoutCharts = {10, kDocumentFontFamily};

DocumentCover HandoutCover(const ClusterContext& ctx, const ReportView& v,
                           const MediaReader& read_media) {
  const Strings& t = *ctx.strings;
  const Cluster& c = ctx.cluster();
  DocumentCover cover;
  cover.kind = t.Get("report_handout_title");
  cover.title = c.name;
  cover.lead = v.quarter;
  cover.lead_label = t.Get("report_handout_title");
  std::string missing;
  cover.logo = LogoDataUri(c, read_media, &missing);
  cover.text = t.Get("report_handout_text");
  cover.facts = {Fact(t.Get("report_period"), v.period), ContactFact(t, c.contact)};
  return cover;
}

/// What the handout is around its parts: titles, cover, page header and footer.
PrintDocument HandoutDocument(const ClusterContext& ctx, const ReportView& v,
                              const MediaReader& read_media) {
  const Strings& t = *ctx.strings;
  const Cluster& c = ctx.cluster();
  const std::string kind = t.Get("report_handout_title");
  PrintDocument doc;
  doc.lang = t.lang();
  doc.prefix = kHandoutPrefix;
  doc.title = kind + " – " + v.quarter + " – " + c.name;
  doc.description = Substitute(t.Get("report_description"), {{"quarter", v.quarter}});
  doc.skip_link = t.Get("skip_link");
  doc.back_url = "./";
  doc.back_text = t.Get("report_handout_back");
  doc.back_label = t.Get("report_handout_back_label");
  doc.header = c.name;
  doc.footer = kind + " · " + v.quarter;
  doc.page_label = t.Get("kit_page");
  doc.brand = ctx.brand;
  doc.style_sheet = "handout/handout.css";
  doc.cover = HandoutCover(ctx, v, read_media);
  doc.contents_title = t.Get("kit_contents");
  return doc;
}

}  // namespace

std::vector<DocumentPart> HandoutParts(const Strings& t, const QuarterReport& report) {
  // The charts only when there is something to chart.
  const bool charts = !report.services.empty();
  std::vector<DocumentPart> parts;
  for (const auto& [name, title] : {std::pair{"summary", "report_summary"},
                                    {"uses", "report_uses_chart"},
                                    {"ratings", "report_ratings_chart"},
                                    {"comments", "report_comments"},
                                    {"unused", "report_unused"}}) {
    const bool chart = std::string_view(name) == "uses" || std::string_view(name) == "ratings";
    if (chart && !charts) continue;
    parts.push_back({std::string(kHandoutPrefix) + "-" + name, t.Get(title), ""});
  }
  return parts;
}

std::string RenderHandout(const ClusterContext& ctx, const Theme& theme,
                          const QuarterReport& report, const MediaReader& read_media,
                          Diagnostics* diag) {
  StageScope stage(Stage::kKit);
  ReportView view = BuildReport(ctx, report, "", QuarterSlug(report.quarter), kHandoutCharts);
  PrintDocument doc = HandoutDocument(ctx, view, read_media);
  doc.parts = HandoutParts(*ctx.strings, report);
  MustacheData data = ToData(view);
  Put(data, "t", ctx.strings->data());
  return RenderParts(theme, std::move(doc), data, ctx.cluster().dir, "the quarterly handout", diag);
}

}  // namespace clustersite
