#pragma once

#include <string>

#include "core/diagnostics.h"
#include "media/media_file.h"
#include "pages/view.h"
#include "theme/theme.h"

namespace clustersite {

/// True when `view`'s audience gets the cluster's strategy document: the
/// cluster has a strategy.yaml and the audience sees its `visibility`.
bool ShowsStrategyDocument(const ClusterView& view);

/// Renders the strategy of `ctx`'s cluster as a print document: a cover
/// with the period and the sections still to write, contents, then the
/// template's parts 1–4, each section numbered and titled as the template
/// gives them in the cluster's language. A section without its file (or with
/// a draft) is left out; 4.1.4 and 4.2.4 without theirs are written from the
/// cluster's communication, events and feedback, and say so. Its logo is
/// read with `read_media`. An error in `diag` when a theme would make it
/// load anything.
std::string RenderStrategyDocument(const ClusterContext& ctx, const Theme& theme,
                                   const MediaReader& read_media, Diagnostics* diag);

}  // namespace clustersite
