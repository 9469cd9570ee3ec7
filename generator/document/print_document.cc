#include "document/print_document.h"

#include "core/unicode.h"
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

}  // namespace

std::string ContentsId(const PrintDocument& doc) { return doc.prefix + "-contents"; }

std::string RenderPrintDocument(const Theme& theme, const PrintDocument& doc) {
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
  Put(d, "style_html", DocumentStyle(theme, doc));
  Put(d, "cover", CoverData(doc.cover));
  Put(d, "contents_title", doc.contents_title);
  Put(d, "parts", PartsData(doc.parts));
  // The document goes out in NFC. Most of it is its fonts' base64, so one
  // already in NFC (nearly always) is checked a word at a time, not copied.
  std::string html = theme.Render("document", d);
  return IsCleanText(html) ? html : Nfc(html);
}

}  // namespace clustersite
