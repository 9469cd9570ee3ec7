#pragma once

#include <vector>

#include "render/site.h"
#include "render/view.h"

namespace clustersite {

/// Renders the Markdown of one cluster once: bodies, roadmap steps,
/// directions. Links are rewritten relative to each document's own page.
void RenderClusterMarkdown(const ClusterView& view, int jobs, Diagnostics* diag,
                           RenderedMarkdown* out);

/// How many pages RenderClusterPages writes for `view`.
size_t CountClusterPages(const ClusterView& view);

/// Renders the pages of one cluster under `prefix` ("koks/" or "").
void RenderClusterPages(const ClusterContext& ctx, const Theme& theme, const std::string& prefix,
                        int jobs, OutputSink* out);

}  // namespace clustersite
