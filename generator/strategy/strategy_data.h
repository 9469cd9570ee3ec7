#pragma once

#include "pages/view.h"
#include "strategy/strategy_views.h"

namespace clustersite {

// The sections of the strategy that the cluster's own data fills when
// their files are absent.

/// 4.1.4, communication between members and partners: the newsletter and
/// meetings of cluster.yaml's `communication`, the contact person, and the
/// next upcoming events as of the build's date.
StrategyDataView CommunicationSection(const ClusterContext& ctx);

/// 4.2.4, member satisfaction and service quality: how the cluster asks for
/// and reports feedback, and the figures of the latest quarterly report
/// (uses, members, mean rating or why it is withheld, change against the
/// quarter before); without any feedback, that there are no figures.
StrategyDataView SatisfactionSection(const ClusterContext& ctx);

}  // namespace clustersite
