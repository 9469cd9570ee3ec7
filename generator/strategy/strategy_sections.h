#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "pages/strategy_views.h"
#include "pages/view.h"
#include "strategy/strategy_views.h"

namespace clustersite {

/// One part of the strategy document (the template's 1, 2, 3 or 4): its
/// element id, numbered title, and its sections.
struct StrategyPart {
  std::string id, title;
  StrategyPartView view;
};

/// The parts of the strategy of `ctx`'s cluster, in the template's order:
/// each section that is written (its file, or strategy.yaml's SWOT,
/// participants and directions, or for 4.1.4 and 4.2.4 the cluster's data)
/// under its number and template title; a heading (4.3) only when a section
/// under it is there, a part only when it holds something. Markdown is
/// rendered here; its problems go to `diag`.
std::vector<StrategyPart> StrategyParts(const ClusterContext& ctx, Diagnostics* diag);

}  // namespace clustersite
