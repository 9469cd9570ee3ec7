#include "document/document_style.h"

#include "core/unicode.h"
#include "document/document_html.h"
#include "document/page_numbers.h"

namespace clustersite {
namespace {

struct FontFace {
  const char* file;
  const char* weight;
  const char* style;
};

constexpr FontFace kFonts[] = {{"fonts/kit-regular.woff2", "400", "normal"},
                               {"fonts/kit-bold.woff2", "700", "normal"},
                               {"fonts/kit-italic.woff2", "400", "italic"}};

/// One file per style and no `unicode-range`: both print engines then use
/// the same glyphs, and copied text stays whole.
const std::string& FontFaces(const Theme& theme) {
  return theme.Derived("document/font-faces", [&] {
    std::string css;
    for (const FontFace& f : kFonts) {
      const std::string* bytes = theme.File(f.file);
      if (!bytes) continue;
      css += "@font-face{font-family:\"Kit Sans\";font-weight:" + std::string(f.weight) +
             ";font-style:" + f.style + ";src:url(" + DataUri(f.file, *bytes) +
             ") format(\"woff2\")}\n";
    }
    return css;
  });
}

/// "Page {page} of {pages}" as CSS content: "Page " counter(page) " of " counter(pages).
std::string PageCounter(const std::string& label) {
  std::string css;
  size_t pos = 0;
  while (pos < label.size()) {
    size_t open = label.find('{', pos);
    size_t close = open == std::string::npos ? open : label.find('}', open);
    if (close == std::string::npos) {
      css += " " + CssString(label.substr(pos));
      break;
    }
    std::string name = label.substr(open + 1, close - open - 1);
    if (open > pos) css += " " + CssString(label.substr(pos, open - pos));
    if (name == "page" || name == "pages") {
      css += " counter(" + name + ")";
    } else {
      css += " " + CssString(label.substr(open, close - open + 1));
    }
    pos = close + 1;
  }
  return css.empty() ? "none" : css.substr(1);
}

/// A theme file, or "" when the theme has none.
std::string ThemeFile(const Theme& theme, const std::string& rel) {
  const std::string* text = rel.empty() ? nullptr : theme.File(rel);
  return text ? *text : "";
}

/// One named page per part, with its title as running header.
std::string NamedPage(const std::string& id, const std::string& title) {
  return "#" + id + "{page:" + id + "}@page " + id + "{@top-right{content:" + CssString(title) +
         "}}\n";
}

}  // namespace

const std::string& SharedDocumentCss(const Theme& theme, const std::string& style_sheet) {
  // Derived values are not made inside one another: the theme's lock is held.
  const std::string& fonts = FontFaces(theme);
  return theme.Derived("document/shared-css:" + style_sheet, [&] {
    std::string css = fonts + ThemeFile(theme, "document/document.css") +
                      ThemeFile(theme, style_sheet) + ThemeFile(theme, "document/pages.css");
    return IsCleanText(css) ? css : Nfc(css);
  });
}

std::string DocumentStyle(const Theme& theme, const PrintDocument& doc) {
  return DocumentStyle(theme, doc, SharedDocumentCss(theme, doc.style_sheet));
}

std::string DocumentStyle(const Theme& /*theme*/, const PrintDocument& doc,
                          std::string_view shared_css) {
  // The first element holds the rules of every document of this style
  // sheet, the same text in each, so its Content-Security-Policy hash is
  // computed once; the second this document's own: the brand's colours and
  // the page rules.
  std::string css = "<style>\n";
  css.append(shared_css).append("</style>\n<style>\n");
  if (doc.brand) {
    css += ":root{--brand:" + doc.brand->brand.Hex() + ";--brand-text:" + doc.brand->text.Hex() +
           ";--brand-ink:" + doc.brand->ink.Hex() + "}\n";
  }
  css += "@page{@top-left{content:" + CssString(doc.header) +
         "}@bottom-left{content:" + CssString(doc.footer) +
         "}@bottom-right{content:" + PageCounter(doc.page_label) + "}}\n";
  css += NamedPage(ContentsId(doc), doc.contents_title);
  for (const DocumentPart& p : doc.parts) css += NamedPage(p.id, p.title);
  css += "@media print{\n";
  for (const DocumentPart& p : doc.parts) css += PageNumberSlot(p.id) + "\n";
  return css + "}\n</style>";
}

}  // namespace clustersite
