#include "strategy/strategy_views.h"

namespace clustersite {

void Fill(ViewFields& f, StrategyLineView& v) { f.Text("text", std::move(v.text)); }

void Fill(ViewFields& f, StrategySwotView& v) {
  f.List("strengths", v.strengths);
  f.List("weaknesses", v.weaknesses);
  f.List("opportunities", v.opportunities);
  f.List("threats", v.threats);
}

void Fill(ViewFields& f, StrategyExpectationView& v) {
  f.Text("direction", std::move(v.direction));
  f.Text("text", std::move(v.text));
}

void Fill(ViewFields& f, StrategyParticipantView& v) {
  f.Text("name", std::move(v.name));
  f.Text("type", std::move(v.type));
  f.Text("sector", std::move(v.sector));
  f.Text("activities", std::move(v.activities));
  f.List("expectations", v.expectations);
}

void Fill(ViewFields& f, StrategyParticipantsView& v) { f.List("rows", v.rows); }

void Fill(ViewFields& f, StrategyMemberView& v) {
  f.Text("name", std::move(v.name));
  f.Text("role", std::move(v.role));
  f.Text("benefit", std::move(v.benefit));
}

void Fill(ViewFields& f, StrategyDocDirectionView& v) {
  f.Raw("rationale_html", std::move(v.rationale_html));  // from cmark-gfm
  f.List("tasks", v.tasks);
  f.Flag("has_tasks", !v.tasks.empty());
  f.Text("members_caption", std::move(v.members_caption));
  f.Text("results_caption", std::move(v.results_caption));
  f.Flag("has_members", !v.members.empty());
  f.List("members", v.members);
  f.Flag("has_results", !v.results.empty());
  f.List("results", v.results);
}

void Fill(ViewFields& f, StrategyFactView& v) {
  f.Text("label", std::move(v.label));
  f.List("lines", v.lines);
}

void Fill(ViewFields& f, StrategyDataView& v) {
  f.Text("note", std::move(v.note));
  f.List("paragraphs", v.paragraphs);
  f.Text("list_title", std::move(v.list_title));
  f.Flag("has_facts", !v.facts.empty());
  f.List("facts", v.facts);
}

void Fill(ViewFields& f, StrategySectionView& v) {
  f.Text("id", std::move(v.id));
  f.Text("number", std::move(v.number));
  f.Text("title", std::move(v.title));
  f.Flag("deep", v.deep);
  f.Raw("html", std::move(v.html));  // from cmark-gfm
  f.Object("swot", v.swot);
  f.Object("participants", v.participants);
  f.Object("direction", v.direction);
  f.Object("data", v.data);
}

void Fill(ViewFields& f, StrategyPartView& v) {
  f.Raw("intro_html", std::move(v.intro_html));  // from cmark-gfm
  f.List("sections", v.sections);
}

}  // namespace clustersite
