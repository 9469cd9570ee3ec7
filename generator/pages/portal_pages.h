#pragma once

#include <string>

#include "core/output_file.h"
#include "model/model.h"
#include "theme/i18n.h"
#include "theme/theme.h"

namespace clustersite {

/// Renders the portal index `index.html` over `portal.clusters` and its
/// 404 page `404.html`, in the portal's language `t`, for `audience`; `url`
/// is the portal's absolute address, or "" when none is known.
void RenderPortalPages(const Portal& portal, const Theme& theme, const Strings& t,
                       Audience audience, const std::string& url, OutputSink* out);

}  // namespace clustersite
