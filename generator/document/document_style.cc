#include "document/document_style.h"

#include "document/document_html.h"

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
std::string FontFaces(const Theme& theme) {
  std::string css;
  for (const FontFace& f : kFonts) {
    const std::string* bytes = theme.File(f.file);
    if (!bytes) continue;
    css += "@font-face{font-family:\"Kit Sans\";font-weight:" + std::string(f.weight) +
           ";font-style:" + f.style + ";src:url(" + DataUri(f.file, *bytes) +
           ") format(\"woff2\")}\n";
  }
  return css;
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

}  // namespace

std::string KitStyle(const Theme& theme, const KitStyleInput& in) {
  std::string css = "<style>\n" + FontFaces(theme);
  if (in.brand) {
    css += ":root{--brand:" + in.brand->brand.Hex() + ";--brand-text:" + in.brand->text.Hex() +
           ";--brand-ink:" + in.brand->ink.Hex() + "}\n";
  }
  if (const std::string* sheet = theme.File("kit/kit.css")) css += *sheet;
  css += "@page{@top-left{content:" + CssString(in.cluster_name) +
         "}@bottom-left{content:" + CssString(in.footer) +
         "}@bottom-right{content:" + PageCounter(in.page_label) + "}}\n";
  for (const KitPart& p : in.parts) {
    css += "#" + p.id + "{page:" + p.id + "}@page " + p.id +
           "{@top-right{content:" + CssString(p.title) + "}}\n";
  }
  css += "@media print{\n";
  for (size_t i = 1; i < in.parts.size(); ++i) {
    const std::string& id = in.parts[i].id;
    auto page = in.toc_pages.find(id);
    std::string number = page == in.toc_pages.end() ? "" : std::to_string(page->second);
    // Chromium rejects target-counter() and keeps the number before it.
    css += ".kit-toc a[href=\"#" + id + "\"]::after{content:\"" + number +
           "\";content:target-counter(url(#" + id + "),page)}\n";
  }
  return css + "}\n</style>";
}

}  // namespace clustersite
