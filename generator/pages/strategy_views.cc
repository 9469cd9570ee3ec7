#include "pages/strategy_views.h"

#include <algorithm>
#include <cmath>

#include "charts/progress_bar.h"
#include "model/audience.h"
#include "model/strategy_status.h"
#include "model/strategy_template.h"

namespace clustersite {

std::string StrategyNumberText(const Strings& t, const std::optional<StrategyNumber>& n) {
  if (!n) return "";
  std::string text = n->text;
  if (size_t dot = text.find('.'); dot != std::string::npos) {
    text.replace(dot, 1, t.Get("decimal_separator"));
  }
  return text;
}

std::string ProgressText(const Strings& t, double progress) {
  const long percent = std::lround(progress * 100);
  return Substitute(t.Get("strategy_percent"), {{"percent", std::to_string(percent)}});
}

IndicatorView BuildIndicator(const Strings& t, const StrategyResult& r, const std::string& id,
                             const std::string& font) {
  IndicatorView v{r.indicator,
                  r.unit,
                  StrategyNumberText(t, r.baseline),
                  StrategyNumberText(t, r.target),
                  StrategyNumberText(t, r.actual),
                  std::nullopt,
                  std::nullopt};
  if (std::optional<double> p = IndicatorProgress(r)) {
    v.progress = ProgressText(t, *p);
    const std::string title = Substitute(t.Get("strategy_bar_title"),
                                         {{"indicator", r.indicator}, {"percent", *v.progress}});
    v.bar_svg = ProgressBarSvg(*p, {id, title, "", font});
  }
  return v;
}

namespace {

StrategyDirectionView DirectionOf(const ClusterContext& ctx, const StrategyDirection& d) {
  const Strings& t = *ctx.strings;
  StrategyDirectionView v;
  v.number = "3." + std::to_string(d.number);
  v.id = "direction-" + std::to_string(d.number);
  v.title = d.title.empty() ? DirectionTitle(d.number, ctx.cluster().language) : d.title;
  v.caption = Substitute(t.Get("strategy_table_caption"), {{"number", v.number}});
  for (size_t i = 0; i < d.results.size(); ++i) {
    v.indicators.push_back(BuildIndicator(t, d.results[i], v.id + "-" + std::to_string(i + 1), ""));
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
  if (ctx.strategy_document) v.document_url = kStrategyDocumentFile;
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
