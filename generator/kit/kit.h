#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "document/document_html.h"
#include "document/print_document.h"
#include "pages/card_views.h"

namespace clustersite {

/// What one welcome kit is made for, besides the cluster and audience of
/// its ClusterContext. Every field has a default.
struct KitOptions {
  const Member* member = nullptr;  ///< personalise for this member, or nullptr
  std::optional<Date> date;        ///< the date on the cover, or none
  bool date_is_content = false;    ///< `date` is ContentDate's, not the day the kit was made
  std::string site_url;            ///< on screen, a link back to the site ("../"), or ""
  MediaReader read_media;          ///< the logo and images, embedded as `data:` URIs
};

/// The parts of every kit after its contents, titled in `t`'s language and
/// not yet rendered: about, directions, services, stories, members,
/// communication, roadmap, next steps. Part `kit-x` is rendered by the
/// theme's templates/kit/x.html.
std::vector<DocumentPart> KitParts(const Strings& t);

/// The member of `view` named `name` (case and Unicode normal form ignored).
/// nullptr when there is none, with an error in `diag` that names it and
/// the close names.
const Member* FindMember(const ClusterView& view, const std::string& name, Diagnostics* diag);

/// Renders the welcome kit of `ctx`'s cluster, a print document: one
/// self-contained HTML file (CSS, font and images inline) from the Markdown
/// already rendered for the pages. Media that cannot be read are reported to `diag`.
std::string RenderKit(const ClusterContext& ctx, const Theme& theme, const KitOptions& options,
                      Diagnostics* diag);

}  // namespace clustersite
