#include "strategy/strategy_sections.h"

#include <algorithm>
#include <cmath>

#include "charts/progress_bar.h"
#include "core/names.h"
#include "document/document_html.h"
#include "document/document_style.h"
#include "markdown/markdown.h"
#include "model/strategy_status.h"
#include "pages/strategy_views.h"
#include "strategy/strategy_data.h"

namespace clustersite {
namespace {

/// The element id of a section: "strategy-4-1-2".
std::string SectionId(const std::string& number) {
  std::string id = "strategy-" + number;
  std::replace(id.begin(), id.end(), '.', '-');
  return id;
}

/// Markdown of the strategy as HTML under a heading of level `level`: its
/// own headings moved below it, its ids prefixed with `id` to stay unique.
/// The document stands alone, so a relative link keeps its text but not its
/// target.
struct ProseAt {
  std::string id;
  int level = 3;
};

std::string Html(const MarkdownSource& src, const ProseAt& at, Diagnostics* diag) {
  const LinkResolver hidden = [](const LinkRequest&) { return LinkTarget::Hidden(); };
  KitHtmlRules rules;
  rules.id_prefix = at.id + "-";
  rules.heading_shift = at.level - 1;  // ## under an h3 is an h4
  std::string unread;
  return AdaptForKit(RenderMarkdown(src, &hidden, diag), rules, &unread);
}

std::optional<std::string> SectionHtml(const Strategy& s, std::string_view number,
                                       const ProseAt& at, Diagnostics* diag) {
  const StrategySection* file = WrittenSection(s, number);
  if (!file) return std::nullopt;
  const Body& b = file->prose.body;
  return Html({b.markdown, file->path, file->rel, b.first_line}, at, diag);
}

std::vector<StrategyLineView> Lines(const std::vector<std::string>& texts) {
  std::vector<StrategyLineView> out;
  out.reserve(texts.size());
  for (const std::string& text : texts) out.push_back({text});
  return out;
}

/// "3.2 Exports": a direction as a participant's expectations name it.
std::string DirectionLabel(const Strings& t, const Strategy& s, int number) {
  std::string label = "3." + std::to_string(number) + " ";
  if (number >= 1 && number <= kProgrammeDirections)
    return label + t.Get("strategy_direction_" + std::to_string(number));
  const StrategyDirection* d = FindDirection(s, number);
  return label + (d ? d->title : "");
}

StrategyParticipantsView Participants(const ClusterContext& ctx, const Strategy& s) {
  const Strings& t = *ctx.strings;
  StrategyParticipantsView v;
  for (const StrategyParticipant& p : s.participants) {
    StrategyParticipantView& row = v.rows.emplace_back();
    row.name = p.name.value;
    row.activities = p.activities;
    for (const Member* m : ctx.view->members) {
      if (m->name != p.name.value) continue;
      row.type = t.Get("type_" + Name(m->type));
      if (m->kind == MemberKind::kPartner) row.type += ", " + t.Get("strategy_partner");
      row.sector = m->sector;
    }
    for (const Expectation& e : p.expectations)
      row.expectations.push_back({DirectionLabel(t, s, e.direction), e.text});
  }
  return v;
}

StrategyDocDirectionView Direction(const ClusterContext& ctx, const StrategyDirection& d,
                                   const std::string& id, Diagnostics* diag) {
  const Strings& t = *ctx.strings;
  const Strategy& s = *ctx.cluster().strategy;
  const std::string number = "3." + std::to_string(d.number);
  StrategyDocDirectionView v;
  if (!d.rationale.empty())
    v.rationale_html = Html({d.rationale, s.yaml_path, s.yaml_path, d.pos.line}, {id, 3}, diag);
  v.tasks = Lines(d.tasks);
  v.members_caption = Substitute(t.Get("strategy_members_caption"), {{"number", number}});
  v.results_caption = Substitute(t.Get("strategy_results_caption"), {{"number", number}});
  for (const StrategyMember& m : d.members) v.members.push_back({m.name.value, m.role, m.benefit});
  for (size_t i = 0; i < d.results.size(); ++i) {
    const std::string bar_id = id + "-r" + std::to_string(i + 1);
    v.results.push_back(BuildIndicator(t, d.results[i], bar_id, kDocumentFontFamily));
  }
  return v;
}

/// Section 3's sections: every direction strategy.yaml gives, by number.
void AddDirections(const ClusterContext& ctx, Diagnostics* diag, StrategyPart* part) {
  const Strategy& s = *ctx.cluster().strategy;
  std::vector<const StrategyDirection*> directions;
  for (const StrategyDirection& d : s.directions) {
    if (d.number > 0) directions.push_back(&d);
  }
  std::stable_sort(directions.begin(), directions.end(),
                   [](const auto* a, const auto* b) { return a->number < b->number; });
  const Language lang = ctx.cluster().language;
  for (const StrategyDirection* d : directions) {
    StrategySectionView& v = part->view.sections.emplace_back();
    v.number = "3." + std::to_string(d->number);
    v.id = SectionId(v.number);
    v.title = d->title.empty() ? DirectionTitle(d->number, lang) : d->title;
    v.direction = Direction(ctx, *d, v.id, diag);
  }
}

/// The section `t` of the template as the document shows it, or none when
/// it is still to write.
std::optional<StrategySectionView> Section(const ClusterContext& ctx, const TemplateSection& t,
                                           Diagnostics* diag) {
  const Strategy& s = *ctx.cluster().strategy;
  const SectionNumber number = *ParseSectionNumber(t.number);
  StrategySectionView v;
  v.number = std::string(t.number);
  v.id = SectionId(v.number);
  v.title = TemplateTitle(number, ctx.cluster().language);
  v.deep = number.parts.size() > 2;
  const bool draft = !WrittenSection(s, t.number) &&
                     std::any_of(s.sections.begin(), s.sections.end(),
                                 [&](const StrategySection& f) { return f.name == t.number; });
  if (draft) return std::nullopt;
  v.html = SectionHtml(s, t.number, {v.id, v.deep ? 4 : 3}, diag);
  if (t.number == "1.4" && s.swot) {
    v.swot = StrategySwotView{Lines(s.swot->strengths), Lines(s.swot->weaknesses),
                              Lines(s.swot->opportunities), Lines(s.swot->threats)};
  } else if (t.number == "2.2" && !s.participants.empty()) {
    v.participants = Participants(ctx, s);
  } else if (t.number == "4.1.4" && !v.html) {
    v.data = CommunicationSection(ctx);
  } else if (t.number == "4.2.4" && !v.html) {
    v.data = SatisfactionSection(ctx);
  }
  const bool heading = t.source == SectionSource::kHeading;
  if (!heading && !v.html && !v.swot && !v.participants && !v.data) return std::nullopt;
  return v;
}

/// Drops a heading (4.3) with no section under it.
void DropEmptyHeadings(std::vector<StrategySectionView>* sections) {
  std::vector<StrategySectionView> kept;
  for (size_t i = 0; i < sections->size(); ++i) {
    const TemplateSection* t = FindTemplateSection(*ParseSectionNumber((*sections)[i].number));
    const bool heading = t && t->source == SectionSource::kHeading;
    const bool followed = i + 1 < sections->size() && (*sections)[i + 1].deep;
    if (!heading || followed) kept.push_back(std::move((*sections)[i]));
  }
  *sections = std::move(kept);
}

}  // namespace

std::vector<StrategyPart> StrategyParts(const ClusterContext& ctx, Diagnostics* diag) {
  const Strategy& s = *ctx.cluster().strategy;
  const Language lang = ctx.cluster().language;
  std::vector<StrategyPart> parts;
  for (const TemplateSection& t : TemplateSections()) {
    const SectionNumber number = *ParseSectionNumber(t.number);
    if (number.parts.size() == 1) {
      const std::string n(t.number);
      parts.push_back({"strategy-part-" + n, n + " " + TemplateTitle(number, lang), {}});
      if (t.source == SectionSource::kDirections) {
        parts.back().view.intro_html = SectionHtml(s, t.number, {"strategy-3", 2}, diag);
        AddDirections(ctx, diag, &parts.back());
      }
      continue;
    }
    if (t.source == SectionSource::kDirection) continue;  // AddDirections has them
    if (auto v = Section(ctx, t, diag)) parts.back().view.sections.push_back(std::move(*v));
  }
  std::vector<StrategyPart> kept;
  for (StrategyPart& p : parts) {
    DropEmptyHeadings(&p.view.sections);
    if (!p.view.sections.empty() || p.view.intro_html) kept.push_back(std::move(p));
  }
  return kept;
}

}  // namespace clustersite
