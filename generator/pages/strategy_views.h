#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pages/layout_view.h"

namespace clustersite {

/// The public summary of the cluster's development strategy,
/// `<c>/strategy/`: what the cluster aims at and how far it got. The
/// participants' activities and expectations and every section text but
/// the goals of 1.2 stay in the full document.
inline constexpr const char* kStrategyDir = "strategy/";
/// The full document beside the summary, for the audiences that see it.
inline constexpr const char* kStrategyDocumentFile = "document.html";

/// A number of strategy.yaml as written, with the language's decimal
/// separator ("51,5" in Latvian); "" when absent.
std::string StrategyNumberText(const Strings& t, const std::optional<StrategyNumber>& n);

/// The printed progress of an indicator from its IndicatorProgress, in
/// whole percent and not cut to 0..100: "150 %", "-20 %".
std::string ProgressText(const Strings& t, double progress);

/// One row of a direction's indicator table, on the summary page and in
/// the document.
struct IndicatorView {
  std::string indicator, unit, baseline, target, actual;
  std::optional<std::string> progress;  ///< "42 %"; none when it cannot be told
  std::optional<std::string> bar_svg;   ///< with `progress`
};
void Fill(ViewFields& f, IndicatorView& v);
/// The row of `r`: its numbers as written, its progress and a bar whose
/// SVG has the id `id` and draws its text in `font` ("" for the page's; a
/// print document names its own, see ChartText).
IndicatorView BuildIndicator(const Strings& t, const StrategyResult& r, const std::string& id,
                             const std::string& font);

/// A direction of section 3: "3.2" and its title, with its indicators.
struct StrategyDirectionView {
  std::string id, number, title, caption;
  std::vector<IndicatorView> indicators;
  bool has_indicators = false;
};
void Fill(ViewFields& f, StrategyDirectionView& v);

struct StrategyView {
  LayoutView layout;
  std::optional<std::string> period;              ///< "2027–2029"
  std::optional<std::string> goals_html;          ///< section 1.2, when published
  std::vector<StrategyDirectionView> directions;  ///< by number
  bool has_directions = false;
  /// For an audience that sees the document, when its build holds it.
  std::optional<std::string> document_url;
};
StrategyView BuildStrategy(const ClusterContext& ctx);
void Fill(ViewFields& f, StrategyView& v);

}  // namespace clustersite
