#include "strategy/strategy_data.h"

#include "core/names.h"
#include "pages/report_views.h"

namespace clustersite {
namespace {

/// The upcoming events a section lists at most.
constexpr size_t kUpcomingEvents = 5;

/// The note naming the data a section was written from.
std::string GeneratedNote(const Strings& t, const char* sources) {
  return Substitute(t.Get("strategy_generated"), {{"sources", t.Get(sources)}});
}

/// A fact of one line, or none when `text` is empty.
void AddFact(const std::string& label, const std::string& text,
             std::vector<StrategyFactView>* out) {
  if (!text.empty()) out->push_back({label, {{text}}});
}

}  // namespace

StrategyDataView CommunicationSection(const ClusterContext& ctx) {
  const Strings& t = *ctx.strings;
  const Cluster& c = ctx.cluster();
  StrategyDataView v;
  v.note = GeneratedNote(t, "strategy_sources_communication");
  v.paragraphs.push_back({t.Get("strategy_comm_intro")});
  const Communication& comm = c.communication;
  if (comm.newsletter != Newsletter::kUnset)
    AddFact(t.Get("newsletter"), t.Get("newsletter_" + Name(comm.newsletter)), &v.facts);
  AddFact(t.Get("meetings"), comm.meetings, &v.facts);
  if (!c.contact.name.empty()) {
    StrategyFactView contact{t.Get("contact_person"), {}};
    contact.lines.push_back(
        {c.contact.name + (c.contact.role.empty() ? "" : ", " + c.contact.role)});
    for (const std::string* line : {&c.contact.email, &c.contact.phone}) {
      if (!line->empty()) contact.lines.push_back({*line});
    }
    v.facts.push_back(std::move(contact));
  }
  const ClusterView& view = *ctx.view;
  StrategyFactView events{t.Get("strategy_comm_events"), {}};
  for (size_t i = 0; i < view.upcoming && i < kUpcomingEvents; ++i) {
    const Event& e = *view.events[i];
    events.lines.push_back({t.FormatDate(e.start.date) + " – " + e.title});
  }
  if (events.lines.empty()) events.lines.push_back({t.Get("strategy_comm_no_events")});
  v.facts.push_back(std::move(events));
  return v;
}

StrategyDataView SatisfactionSection(const ClusterContext& ctx) {
  const Strings& t = *ctx.strings;
  StrategyDataView v;
  v.note = GeneratedNote(t, "strategy_sources_feedback");
  v.paragraphs.push_back({t.Get("strategy_quality_process")});
  // The quarterly figures are the members' (a public document tells only
  // the process); the reports are newest first.
  const ClusterView& view = *ctx.view;
  if (!Sees(view.audience, Audience::kMembers)) return v;
  const std::vector<QuarterReport>& reports = view.reports;
  if (reports.empty() || ctx.cluster().feedback.empty()) {
    v.paragraphs.push_back({t.Get("strategy_quality_none")});
    return v;
  }
  const QuarterReport& latest = reports.front();
  v.list_title =
      Substitute(t.Get("strategy_quality_latest"), {{"quarter", QuarterName(t, latest.quarter)}});
  for (ReportFigureView& f : QuarterFigureViews(t, latest.total)) {
    StrategyFactView fact{std::move(f.label), {{std::move(f.value)}}};
    if (f.change) fact.lines.push_back({std::move(*f.change)});
    v.facts.push_back(std::move(fact));
  }
  return v;
}

}  // namespace clustersite
