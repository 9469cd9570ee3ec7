#pragma once

#include <string>

#include "document/print_document.h"
#include "theme/theme.h"

namespace clustersite {

/// The font family of a print document's text, its theme's fonts: what an
/// inline chart names, since WeasyPrint does not give SVG the page's font.
inline constexpr const char* kDocumentFontFamily = "Kit Sans, sans-serif";

/// The two `<style>` elements of `doc`: the first, the same in every
/// document of its kind and brand, with the theme's fonts as `data:` URIs,
/// its document/document.css, the document's own style sheet and
/// document/pages.css; the second with the page rules the generator knows:
/// one named page per part with its title as running header, "page i of
/// N", and a page-number slot per line of the contents (see
/// page_numbers.h). Text is written as CSS strings, so content cannot end
/// the style element.
std::string DocumentStyle(const Theme& theme, const PrintDocument& doc);

}  // namespace clustersite
