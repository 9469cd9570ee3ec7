#pragma once

#include <functional>
#include <string>

#include "core/diagnostics.h"
#include "model/audience.h"
#include "pages/cluster_media.h"
#include "pages/view.h"

namespace clustersite {

/// Reads the body of the page at display path `path` from its file (for a
/// Body::deferred) into `body`; problems go to `diag`.
using BodyReader = std::function<bool(const std::string& path, Diagnostics* diag, Body* body)>;

/// Renders the Markdown of one cluster once: bodies, roadmap steps,
/// directions. A link to a content file (`../services/x.md`) or to a page
/// URL (`../../services/x/`, as Hugo sites write them) becomes a URL that
/// climbs to the cluster root first (`../../services/x/`), so the same HTML
/// works on every page at the same depth that shows it (a roadmap's steps
/// are also on its service's page). Links to pages the audience cannot see
/// lose their link; links to nothing are errors at their position; links
/// only the finished site can confirm are listed in `out->checks`. A link or
/// image to a media file that may not be published (see CheckMediaFile) is an
/// error at its position, and `media` holds the checked files.
/// Bodies the model left in their files (Body::deferred) are read through
/// `read_body`, one at a time as each renders.
void RenderClusterMarkdown(const ClusterView& view, int jobs, const BodyReader& read_body,
                           ClusterMedia* media, Diagnostics* diag, RenderedMarkdown* out);

}  // namespace clustersite
