#pragma once

#include <string>
#include <string_view>

#include "document/print_document.h"
#include "theme/theme.h"

namespace clustersite {

/// The font family of a print document's text, its theme's fonts: what an
/// inline chart names, since WeasyPrint does not give SVG the page's font.
inline constexpr const char* kDocumentFontFamily = "Kit Sans, sans-serif";

/// The two `<style>` elements of `doc`: the first, the same in every
/// document with its style sheet, SharedDocumentCss; the second, its own:
/// the brand's colours and the page rules the generator knows, one named
/// page per part with its title as running header, "page i of N", and a
/// page-number slot per line of the contents (see page_numbers.h). Text is
/// written as CSS strings, so content cannot end the style element.
std::string DocumentStyle(const Theme& theme, const PrintDocument& doc);

/// DocumentStyle with `shared_css` in place of SharedDocumentCss: a
/// document is rendered and checked with a short stand-in, and the shared
/// text, checked once, put in its place after.
std::string DocumentStyle(const Theme& theme, const PrintDocument& doc,
                          std::string_view shared_css);

/// The rules of every print document with the style sheet `style_sheet`
/// (the theme's fonts as `data:` URIs, document/document.css, the style
/// sheet, document/pages.css), in NFC; made once a theme, safe from any thread.
const std::string& SharedDocumentCss(const Theme& theme, const std::string& style_sheet);

}  // namespace clustersite
