#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "pages/view.h"

namespace clustersite {

/// JSON text that is safe inside a `<script>` element: `<`, `>` and `&` are
/// written as \u escapes, so no value can close the element (`</script>`)
/// or open a comment (`<!--`). The JSON means the same; invalid UTF-8 is
/// replaced, never passed through.
std::string JsonForScript(const nlohmann::ordered_json& value);

/// The cluster as a schema.org Organization, for the home page's
/// `<script type="application/ld+json">`: name, url, logo, description
/// (the vision), foundingDate, the named contact as a ContactPoint, and the
/// members (not partners) as `member` Organizations with name and website.
/// Only fields the public pages show: never a member's contact.
nlohmann::ordered_json OrganizationData(const ClusterContext& ctx);

/// OrganizationData as script-safe JSON.
std::string OrganizationJsonLd(const ClusterContext& ctx);

}  // namespace clustersite
