#include "strategy/strategy_document.h"

#include "core/stage_clock.h"
#include "kit/cluster_document.h"
#include "model/strategy_status.h"
#include "strategy/strategy_sections.h"

namespace clustersite {
namespace {

/// The id prefix of the document's cover, contents and main part.
constexpr const char* kStrategyPrefix = "strategy";

/// "2026–2028", or one year when only one is given.
std::string Period(const Strategy& s) {
  if (s.from && s.to) return std::to_string(*s.from) + "–" + std::to_string(*s.to);
  if (s.from || s.to) return std::to_string(s.from ? *s.from : *s.to);
  return "";
}

/// The sections still to write, each its number and title.
CoverFact ToWrite(const Strings& t, const Cluster& c) {
  CoverFact fact{t.Get("strategy_doc_to_write"), {}};
  for (const SectionNumber& n : SectionsToWrite(*c.strategy)) {
    std::string title = TemplateTitle(n, c.language);
    fact.lines.push_back(n.ToString() + " " + title);
  }
  if (fact.lines.empty()) fact.lines.push_back(t.Get("strategy_doc_complete"));
  return fact;
}

PrintDocument StrategyDocument(const ClusterContext& ctx, const MediaReader& read_media) {
  const Strings& t = *ctx.strings;
  const Cluster& c = ctx.cluster();
  const std::string kind = t.Get("strategy_doc_kind");
  const std::string period = Period(*c.strategy);
  PrintDocument doc;
  doc.lang = t.lang();
  doc.prefix = kStrategyPrefix;
  doc.title = kind + (period.empty() ? "" : " " + period) + " – " + c.name;
  doc.description =
      Substitute(t.Get("strategy_doc_description"), {{"cluster", c.name}, {"period", period}});
  doc.robots = IsPrivate(ctx.view->audience) ? "noindex, nofollow" : "";
  doc.skip_link = t.Get("skip_link");
  doc.back_url = "../";
  doc.back_text = t.Get("strategy_doc_back");
  doc.back_label = t.Get("strategy_doc_back_label");
  doc.header = c.name;
  doc.footer = kind + (period.empty() ? "" : " · " + period);
  doc.page_label = t.Get("kit_page");
  doc.brand = ctx.brand;
  doc.style_sheet = "strategy/strategy.css";
  DocumentCover& cover = doc.cover;
  cover.kind = kind;
  cover.title = c.name;
  cover.lead = period;
  cover.lead_label = t.Get("strategy_period");
  std::string missing;
  cover.logo = LogoDataUri(c, read_media, &missing);
  cover.text = t.Get("strategy_doc_text");
  cover.facts = {ContactFact(t, c.contact), ToWrite(t, c)};
  doc.contents_title = t.Get("kit_contents");
  return doc;
}

}  // namespace

bool ShowsStrategyDocument(const ClusterView& view) {
  const Cluster& c = *view.cluster;
  return c.strategy && !c.strategy->yaml_path.empty() &&
         Sees(view.audience, c.strategy->visibility);
}

std::string RenderStrategyDocument(const ClusterContext& ctx, const Theme& theme,
                                   const MediaReader& read_media, Diagnostics* diag) {
  StageScope stage(Stage::kKit);
  PrintDocument doc = StrategyDocument(ctx, read_media);
  for (StrategyPart& part : StrategyParts(ctx, diag)) {
    MustacheData data = ToData(part.view);
    Put(data, "t", ctx.strings->data());
    doc.parts.push_back({part.id, part.title, theme.Render("strategy/part", data)});
  }
  return RenderParts(theme, std::move(doc), Object(), ctx.cluster().dir, "the strategy document",
                     diag);
}

}  // namespace clustersite
