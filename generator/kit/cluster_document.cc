#include "kit/cluster_document.h"

#include "core/url.h"
#include "document/document_html.h"

namespace clustersite {

std::string LogoDataUri(const Cluster& c, const MediaReader& read, std::string* missing) {
  if (!c.logo || !read) return "";
  std::string bytes, err;
  auto rel = ResolveInTree(c.slug, c.logo->value);
  if (rel && read(*rel, &bytes, &err)) return DataUri(*rel, bytes);
  if (rel) *missing += (missing->empty() ? "" : ", ") + *rel;
  return "";
}

CoverFact Fact(const std::string& label, const std::string& value) {
  if (value.empty()) return {};
  return {label, {value}};
}

CoverFact ContactFact(const Strings& t, const Contact& c) {
  CoverFact fact{t.Get("contact_person"), {c.name + (c.role.empty() ? "" : ", " + c.role)}};
  for (const std::string* line : {&c.email, &c.phone}) {
    if (!line->empty()) fact.lines.push_back(*line);
  }
  return fact;
}

std::string RenderParts(const Theme& theme, PrintDocument doc, const MustacheData& data,
                        const std::string& dir, const std::string& what, Diagnostics* diag) {
  const std::string folder = doc.prefix + "/";
  for (DocumentPart& part : doc.parts) {
    if (part.body_html.empty())
      part.body_html = theme.Render(folder + part.id.substr(folder.size()), data);
  }
  std::vector<std::string> references;
  std::string html = RenderPrintDocument(theme, doc, &references);
  const std::string style = doc.style_sheet.substr(doc.style_sheet.rfind('/') + 1);
  const std::string why = "` when opened, and it makes no network requests: a theme's " +
                          doc.prefix + " templates and " + style +
                          " may refer only to data: URIs and #fragments";
  for (const std::string& url : references) {
    std::string message = what;
    message.append(" would load `").append(url).append(why);
    diag->Error(dir, {}, message);
  }
  return html;
}

}  // namespace clustersite
