#pragma once

#include <map>
#include <string>

#include "theme/template_schema.h"

namespace clustersite {

/// The names each template of the site may use, by template name ("home",
/// "layout", "feed.xml"): the schemas of the views that feed it. The layout
/// may use the names of every page it frames, and `content`, the page's
/// own template rendered. The welcome kit's templates are not listed.
std::map<std::string, Schema> SiteTemplateSchemas();

}  // namespace clustersite
