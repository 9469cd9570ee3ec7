#pragma once

#include "core/diagnostics.h"
#include "model/audience.h"
#include "render/view.h"

namespace clustersite {

/// Renders the Markdown of one cluster once: bodies, roadmap steps,
/// directions. A link to a content file (`../services/x.md`) or to a page
/// URL (`../../services/x/`, as Hugo sites write them) becomes a URL that
/// climbs to the cluster root first (`../../services/x/`), so the same HTML
/// works on every page at the same depth that shows it (a roadmap's steps
/// are also on its service's page). Links to pages the audience cannot see
/// lose their link; links to nothing are errors at their position; links
/// only the finished site can confirm are listed in `out->checks`.
void RenderClusterMarkdown(const ClusterView& view, int jobs, Diagnostics* diag,
                           RenderedMarkdown* out);

}  // namespace clustersite
