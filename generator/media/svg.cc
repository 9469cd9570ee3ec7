#include "media/svg.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <memory>
#include <mutex>

namespace clustersite {
namespace {

constexpr std::string_view kSvgNamespace = "http://www.w3.org/2000/svg";
constexpr std::string_view kXhtmlNamespace = "http://www.w3.org/1999/xhtml";

struct ParserDeleter {
  void operator()(xmlParserCtxt* ctxt) const {
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    xmlFreeParserCtxt(ctxt);
  }
};

/// What the SAX callbacks of one parse share (the context's _private).
struct Scan {
  xmlParserCtxtPtr ctxt = nullptr;
  std::optional<SvgProblem> problem;
  bool root_seen = false;
  int style_depth = 0;     ///< > 0 inside a `<style>` element
  int style_line = 0;      ///< where that element starts
  std::string style_text;  ///< its CSS
};

std::string_view View(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

Scan& ScanOf(void* ctx) {
  return *static_cast<Scan*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

/// Records the first problem and stops the parser: nothing after it is read.
void Refuse(Scan& s, std::string what, int line = 0) {
  if (s.problem) return;
  s.problem = SvgProblem{line > 0 ? line : xmlSAX2GetLineNumber(s.ctxt), std::move(what)};
  xmlStopParser(s.ctxt);
}

/// True for a reference that stays inside the image: "", "#id", or a
/// raster image as a data: URL (which cannot hold script).
bool StaysInside(std::string_view url) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  while (!url.empty() && space(url.front())) url.remove_prefix(1);
  while (!url.empty() && space(url.back())) url.remove_suffix(1);
  if (url.empty() || url[0] == '#') return true;
  std::string lower = Lower(url.substr(0, 16));
  for (std::string_view type :
       {"data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"}) {
    if (lower.size() > type.size() && lower.compare(0, type.size(), type) == 0 &&
        (lower[type.size()] == ';' || lower[type.size()] == ','))
      return true;
  }
  return false;
}

/// What in CSS (a style element, or any attribute: presentation attributes
/// are CSS too) reaches outside the image, or "". An escape could spell
/// `url(` or `@import` so that no search finds it: none is allowed.
std::string CssProblem(std::string_view css) {
  if (css.find('\\') != std::string_view::npos) return "a CSS escape (`\\`)";
  std::string lower = Lower(css);
  if (lower.find("@import") != std::string::npos) return "`@import`";
  if (lower.find("image-set(") != std::string::npos) return "`image-set()`";
  for (size_t at = lower.find("url("); at != std::string::npos; at = lower.find("url(", at + 4)) {
    size_t start = at + 4;
    while (start < css.size() && std::isspace(static_cast<unsigned char>(css[start]))) ++start;
    char quote = start < css.size() && (css[start] == '"' || css[start] == '\'') ? css[start] : 0;
    if (quote) ++start;
    size_t end = css.find(quote ? quote : ')', start);
    if (end == std::string_view::npos) end = css.size();
    if (!StaysInside(css.substr(start, end - start))) return "a `url()` pointing outside the image";
  }
  return "";
}

bool IsAnimation(const std::string& name) {
  return name == "set" || name == "animate" || name == "animatemotion" ||
         name == "animatetransform" || name == "animatecolor";
}

void CheckAttributes(Scan& s, std::string_view element, const std::string& name, int count,
                     const xmlChar** attributes) {
  for (int i = 0; i < count && !s.problem; ++i) {
    const xmlChar** a = attributes + 5 * i;  // local name, prefix, URI, value, value end
    std::string attr = Lower(View(a[0]));
    std::string_view value(reinterpret_cast<const char*>(a[3]), a[4] - a[3]);
    auto shown = [&] {
      std::string qualified(View(a[0]));
      if (a[1]) qualified.insert(0, std::string(View(a[1])) + ":");
      return "`" + qualified + "` on `<" + std::string(element) + ">`";
    };
    if (attr.compare(0, 2, "on") == 0) {
      Refuse(s, "an event attribute " + shown());
    } else if ((attr == "href" || attr == "src") && !StaysInside(value)) {
      Refuse(s, shown() + " pointing outside the image");
    } else if (IsAnimation(name) && attr == "attributename") {
      std::string target = Lower(value.substr(value.find(':') + 1));  // after any prefix
      if (target == "href" || target == "src" || target.compare(0, 2, "on") == 0) {
        Refuse(s,
               "an animation of `" + std::string(value) + "` (`<" + std::string(element) + ">`)");
      }
    } else if (std::string css = a[2] ? "" : CssProblem(value); !css.empty()) {
      // Presentation attributes have no namespace; editors' own (inkscape:…) are not CSS.
      Refuse(s, css + " in " + shown());
    }
  }
}

void StartElement(void* ctx, const xmlChar* localname, const xmlChar*, const xmlChar* uri, int,
                  const xmlChar**, int nb_attributes, int, const xmlChar** attributes) {
  Scan& s = ScanOf(ctx);
  std::string_view element = View(localname);
  std::string name = Lower(element);
  std::string shown = "`<" + std::string(element) + ">`";
  if (!s.root_seen) {
    s.root_seen = true;
    if (element != "svg" || View(uri) != kSvgNamespace) {
      return Refuse(s, "a root element " + shown +
                           " where an SVG's `<svg xmlns=\"http://www.w3.org/2000/svg\">` belongs");
    }
  }
  if (View(uri) == kXhtmlNamespace) return Refuse(s, "an XHTML element " + shown);
  if (name == "script" || name == "handler") return Refuse(s, "a " + shown + " element");
  if (name == "foreignobject") return Refuse(s, "a " + shown + " element");
  CheckAttributes(s, element, name, nb_attributes, attributes);
  if (name == "style" && s.style_depth++ == 0) s.style_line = xmlSAX2GetLineNumber(s.ctxt);
}

void EndElement(void* ctx, const xmlChar* localname, const xmlChar*, const xmlChar*) {
  Scan& s = ScanOf(ctx);
  if (s.style_depth == 0 || Lower(View(localname)) != "style" || --s.style_depth > 0) return;
  std::string css = CssProblem(s.style_text);
  if (!css.empty()) Refuse(s, css + " in a `<style>` element", s.style_line);
  s.style_text.clear();
}

void Characters(void* ctx, const xmlChar* text, int len) {
  Scan& s = ScanOf(ctx);
  if (s.style_depth > 0) s.style_text.append(reinterpret_cast<const char*>(text), len);
}

void ProcessingInstruction(void* ctx, const xmlChar* target, const xmlChar*) {
  Refuse(ScanOf(ctx), "a processing instruction `<?" + std::string(View(target)) + " …?>`");
}

void Doctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  Refuse(ScanOf(ctx), "a DOCTYPE (DTDs and entities are not allowed)");
}

/// Errors are read from the context afterwards; nothing is printed.
void IgnoreError(void*, xmlError*) {}

std::string TrimEnd(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  return s;
}

}  // namespace

std::optional<SvgProblem> FindSvgProblem(std::string_view bytes) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
    return SvgProblem{1, "a file too large for the XML parser"};
  std::unique_ptr<xmlParserCtxt, ParserDeleter> ctxt(
      xmlCreateMemoryParserCtxt(bytes.data(), static_cast<int>(bytes.size())));
  if (!ctxt) return SvgProblem{1, "an empty file"};  // the one input libxml2 takes no context for
  // Only these callbacks run: no tree is built, no DTD or entity is loaded.
  xmlSAXHandler sax{};
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = StartElement;
  sax.endElementNs = EndElement;
  sax.characters = Characters;
  sax.cdataBlock = Characters;
  sax.processingInstruction = ProcessingInstruction;
  sax.internalSubset = Doctype;
  sax.serror = IgnoreError;
  *ctxt->sax = sax;
  Scan scan;
  scan.ctxt = ctxt.get();
  ctxt->_private = &scan;
  xmlCtxtUseOptions(ctxt.get(), XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlParseDocument(ctxt.get());
  if (scan.problem) return scan.problem;
  if (ctxt->wellFormed && scan.root_seen) return std::nullopt;
  const xmlError* e = xmlCtxtGetLastError(ctxt.get());
  std::string message = e && e->message ? TrimEnd(e->message) : "";
  return SvgProblem{e && e->line > 0 ? e->line : 1,
                    "XML that is not well-formed" + (message.empty() ? "" : " (" + message + ")")};
}

}  // namespace clustersite
