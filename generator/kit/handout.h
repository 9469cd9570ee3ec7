#pragma once

#include <string>
#include <vector>

#include "document/print_document.h"
#include "media/media_file.h"
#include "model/quarter_report.h"
#include "pages/view.h"

namespace clustersite {

/// The id prefix of a handout's cover, contents and main part.
inline constexpr const char* kHandoutPrefix = "handout";

/// The parts of the handout of `report`, titled in `t`'s language and not
/// yet rendered: the summary with the table of services, and, when some
/// service was used, the uses and the ratings charts; then what members
/// said and the services nobody used. Part `handout-x` is rendered by the
/// theme's templates/handout/x.html.
std::vector<DocumentPart> HandoutParts(const Strings& t, const QuarterReport& report);

/// Renders the handout of one quarter's report of `ctx`'s cluster for the
/// quarterly members' meeting: the report as a print document (cover,
/// contents, parts), one self-contained HTML file beside the report's page,
/// to which it links back. Its logo is read with `read_media`; a logo that
/// cannot be read is left out (the welcome kit reports it). An error in
/// `diag` when a theme would make it load anything.
std::string RenderHandout(const ClusterContext& ctx, const Theme& theme,
                          const QuarterReport& report, const MediaReader& read_media,
                          Diagnostics* diag);

}  // namespace clustersite
