#include "document/print_document.h"

#include "core/unicode.h"
#include "document/document_html.h"
#include "document/document_style.h"

namespace clustersite {
namespace {

MustacheData CoverData(const DocumentCover& cover) {
  MustacheData d = Object();
  Put(d, "kind", cover.kind);
  Put(d, "title", cover.title);
  Put(d, "lead", cover.lead);
  Put(d, "lead_label", cover.lead_label);
  if (!cover.logo.empty()) Put(d, "logo", cover.logo);
  if (!cover.greeting.empty()) Put(d, "greeting", cover.greeting);
  Put(d, "text", cover.text);
  MustacheData facts = List();
  for (const CoverFact& f : cover.facts) {
    MustacheData fact = Object();
    if (!f.label.empty()) Put(fact, "label", f.label);
    MustacheData lines = List();
    for (const std::string& text : f.lines) {
      MustacheData line = Object();
      Put(line, "text", text);
      Put(line, "br", !lines.is_empty_list());
      Append(lines, std::move(line));
    }
    Put(fact, "lines", std::move(lines));
    Append(facts, std::move(fact));
  }
  Put(d, "facts", std::move(facts));
  return d;
}

MustacheData PartsData(const std::vector<DocumentPart>& parts) {
  MustacheData list = List();
  for (const DocumentPart& p : parts) {
    MustacheData part = Object();
    Put(part, "id", p.id);
    Put(part, "title", p.title);
    Put(part, "body_html", p.body_html);
    Put(part, "blank_line", list.is_empty_list() ? "" : "\n");  // between two parts
    Append(list, std::move(part));
  }
  return list;
}

/// What the document is rendered with in place of SharedDocumentCss: a
/// CSS comment, which no network check or normalisation changes.
constexpr const char* kSharedCssStandIn = "/*clustersite:shared-css*/";

/// NetworkReferences of SharedDocumentCss, found once a theme and style sheet.
std::vector<std::string> SharedCssReferences(const Theme& theme, const std::string& style_sheet) {
  // Derived values are not made inside one another: the theme's lock is held.
  const std::string& css = SharedDocumentCss(theme, style_sheet);
  const std::string& joined = theme.Derived("document/shared-css-references:" + style_sheet, [&] {
    std::string out;
    for (const std::string& url : NetworkReferences("<style>\n" + css + "</style>"))
      out.append(url).push_back('\0');
    return out;
  });
  std::vector<std::string> urls;
  for (size_t at = 0; at < joined.size();) {
    size_t end = joined.find('\0', at);
    urls.push_back(joined.substr(at, end - at));
    at = end + 1;
  }
  return urls;
}

}  // namespace

std::string ContentsId(const PrintDocument& doc) { return doc.prefix + "-contents"; }

std::string RenderPrintDocument(const Theme& theme, const PrintDocument& doc,
                                std::vector<std::string>* references) {
  MustacheData d = Object();
  Put(d, "lang", doc.lang);
  Put(d, "prefix", doc.prefix);
  Put(d, "title", doc.title);
  Put(d, "description", doc.description);
  if (!doc.robots.empty()) Put(d, "robots", doc.robots);
  Put(d, "skip_link", doc.skip_link);
  if (!doc.back_url.empty()) {
    MustacheData back = Object();
    Put(back, "url", doc.back_url);
    Put(back, "text", doc.back_text);
    Put(back, "label", doc.back_label);
    Put(d, "back", std::move(back));
  }
  // Most of a document is the style its kind shares (the fonts' base64):
  // the document is rendered, put in NFC and searched for network
  // references with a stand-in, and the shared text, made and checked once
  // a theme, is put in the stand-in's place after. Both are ASCII around
  // the join, so the whole is in NFC too.
  Put(d, "style_html", DocumentStyle(theme, doc, kSharedCssStandIn));
  Put(d, "cover", CoverData(doc.cover));
  Put(d, "contents_title", doc.contents_title);
  Put(d, "parts", PartsData(doc.parts));
  size_t parts_size = 0;
  for (const DocumentPart& part : doc.parts) parts_size += part.body_html.size();
  std::string html = theme.Render("document", d, parts_size);
  if (!IsCleanText(html)) html = Nfc(html);
  if (references) {
    *references = SharedCssReferences(theme, doc.style_sheet);
    for (std::string& url : NetworkReferences(html)) references->push_back(std::move(url));
  }
  // The stand-in opens the first style element, which content cannot open
  // (its `<` is escaped).
  const std::string opening = std::string("<style>\n") + kSharedCssStandIn;
  if (size_t at = html.find(opening); at != std::string::npos) {
    html.replace(at + opening.size() - std::string_view(kSharedCssStandIn).size(),
                 std::string_view(kSharedCssStandIn).size(),
                 SharedDocumentCss(theme, doc.style_sheet));
  }
  return html;
}

}  // namespace clustersite
