#pragma once

#include <string>

#include "core/diagnostics.h"
#include "document/print_document.h"
#include "media/media_file.h"
#include "model/model.h"
#include "theme/i18n.h"

namespace clustersite {

/// What a cluster's print documents (the welcome kit, the quarterly
/// handouts) share: what their covers are made of, and how their parts are
/// rendered into one self-contained file.

/// The cluster's logo as a `data:` URI, or "" when it has none or it cannot
/// be read; one that cannot be read is added to `*missing` ("a, b").
std::string LogoDataUri(const Cluster& c, const MediaReader& read, std::string* missing);

/// A fact of a cover, or an empty one, which the cover leaves out, when
/// `value` is "".
CoverFact Fact(const std::string& label, const std::string& value);

/// The contact person as a fact of a cover: name and role, e-mail, phone.
CoverFact ContactFact(const Strings& t, const Contact& c);

/// Renders each part of `doc` not rendered yet over `data` with the theme's
/// template for it (the document's prefix is their folder: part `kit-about`
/// by templates/kit/about.html), then the whole document. Anything it would load
/// when opened, which a theme's templates or style sheet could bring in, is
/// an error at `dir` naming the document as `what` ("the welcome kit").
std::string RenderParts(const Theme& theme, PrintDocument doc, const MustacheData& data,
                        const std::string& dir, const std::string& what, Diagnostics* diag);

}  // namespace clustersite
