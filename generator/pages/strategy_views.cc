#include "pages/strategy_views.h"

#include <algorithm>
#include <cmath>

#include "charts/progress_bar.h"
#include "model/audience.h"
#include "model/strategy_template.h"

namespace clustersite {

std::optional<double> IndicatorProgress(const StrategyResult& r) {
  if (!r.baseline || !r.target || !r.actual || r.target->value == r.baseline->value) {
    return std::nullopt;
  }
  return (r.actual->value - r.baseline->value) / (r.target->value - r.baseline->value);
}

namespace {

std::string Written(const std::optional<StrategyNumber>& n) { return n ? n->text : ""; }

IndicatorView Indicator(const Strings& t, const StrategyResult& r, const std::string& id) {
  IndicatorView v{r.indicator,       r.unit,       Written(r.baseline), Written(r.target),
                  Written(r.actual), std::nullopt, std::nullopt};
  if (std::optional<double> p = IndicatorProgress(r)) {
    const std::string percent = std::to_string(static_cast<long>(std::lround(*p * 100)));
    v.progress = Substitute(t.Get("strategy_percent"), {{"percent", percent}});
    const std::string title = Substitute(t.Get("strategy_progress_chart"),
                                         {{"indicator", r.indicator}, {"progress", *v.progress}});
    v.bar_svg = ProgressBarSvg(*p, {id, title, ""});
  }
  return v;
}

StrategyDirectionView DirectionOf(const ClusterContext& ctx, const StrategyDirection& d) {
  const Strings& t = *ctx.strings;
  StrategyDirectionView v;
  v.number = "3." + std::to_string(d.number);
  v.id = "direction-" + std::to_string(d.number);
  v.title = d.title.empty() ? DirectionTitle(d.number, ctx.cluster().language) : d.title;
  v.caption = Substitute(t.Get("strategy_table_caption"), {{"number", v.number}});
  for (size_t i = 0; i < d.results.size(); ++i) {
    v.indicators.push_back(Indicator(t, d.results[i], v.id + "-" + std::to_string(i + 1)));
  }
  v.has_indicators = !v.indicators.empty();
  return v;
}

}  // namespace

StrategyView BuildStrategy(const ClusterContext& ctx) {
  const Strings& t = *ctx.strings;
  const Strategy& s = *ctx.view->strategy;
  StrategyView v;
  v.layout = BuildLayout(ctx, kStrategyDir, "strategy", t.Get("title_strategy"),
                         t.Get("description_strategy"));
  if (s.from && s.to) v.period = std::to_string(*s.from) + "–" + std::to_string(*s.to);
  if (const StrategySection* goals = ctx.view->strategy_goals)
    v.goals_html = ctx.markdown->Get(goals->rel);
  std::vector<const StrategyDirection*> directions;
  for (const StrategyDirection& d : s.directions) {
    if (d.number > 0) directions.push_back(&d);
  }
  std::stable_sort(directions.begin(), directions.end(),
                   [](const auto* a, const auto* b) { return a->number < b->number; });
  for (const StrategyDirection* d : directions) v.directions.push_back(DirectionOf(ctx, *d));
  v.has_directions = !v.directions.empty();
  if (ctx.strategy_document && Sees(ctx.view->audience, s.visibility))
    v.document_url = kStrategyDocumentFile;
  return v;
}

void Fill(ViewFields& f, IndicatorView& v) {
  f.Text("indicator", std::move(v.indicator));
  f.Text("unit", std::move(v.unit));
  f.Text("baseline", std::move(v.baseline));
  f.Text("target", std::move(v.target));
  f.Text("actual", std::move(v.actual));
  f.Text("progress", std::move(v.progress));
  f.Raw("bar_svg", std::move(v.bar_svg));
}

void Fill(ViewFields& f, StrategyDirectionView& v) {
  f.Text("id", std::move(v.id));
  f.Text("number", std::move(v.number));
  f.Text("title", std::move(v.title));
  f.Text("caption", std::move(v.caption));
  f.List("indicators", v.indicators);
  f.Flag("has_indicators", v.has_indicators);
}

void Fill(ViewFields& f, StrategyView& v) {
  Fill(f, v.layout);
  f.Text("period", std::move(v.period));
  f.Raw("goals_html", std::move(v.goals_html));
  f.List("directions", v.directions);
  f.Flag("has_directions", v.has_directions);
  f.Text("document_url", std::move(v.document_url));
}

}  // namespace clustersite
