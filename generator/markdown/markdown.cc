#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <strings.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "core/stage_clock.h"
#include "core/text.h"
#include "core/unicode.h"
#include "core/url.h"
#include "markdown/markdown_shape.h"

namespace clustersite {
namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct CharDeleter {
  void operator()(char* p) const { std::free(p); }
};

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

/// Aligned table cells get `class="align-left|align-center|align-right"`,
/// which the theme's style sheets align, for cmark-gfm's `align` attribute:
/// HTML5 made it obsolete and any style sheet's `text-align` overrides it,
/// and a `style` attribute would need 'unsafe-inline' in the site's
/// Content-Security-Policy. cmark-gfm escapes every `"` of text, so
/// `<td align="` is never the text of a page.
void AlignByClass(std::string* html) {
  for (const char* cell : {"<th align=\"", "<td align=\""}) {
    const std::string from = cell;
    const std::string to = from.substr(0, 4) + "class=\"align-";
    for (size_t at = html->find(from); at != std::string::npos; at = html->find(from, at)) {
      html->replace(at, from.size(), to);
      at += to.size();
    }
  }
}

void EnsureExtensions() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

/// Where `url` is written in the source, for a diagnostic that points at it.
Position FindUrl(const MarkdownSource& src, const std::string& url, cmark_node* node) {
  size_t at = src.text.find("(" + url);
  if (at == std::string::npos) at = src.text.find(url);
  if (at != std::string::npos) {
    if (src.text[at] == '(') ++at;
    Position p = PositionAt(src.text, at);
    p.line += src.first_line - 1;
    return p;
  }
  for (cmark_node* n = node; n; n = cmark_node_parent(n)) {
    int line = cmark_node_get_start_line(n);
    if (line > 0) return {line + src.first_line - 1, cmark_node_get_start_column(n)};
  }
  return {src.first_line, 1};
}

/// Replaces a link node by its children: the text stays, the link goes.
void Unlink(cmark_node* link) {
  while (cmark_node* child = cmark_node_first_child(link)) {
    cmark_node_insert_before(link, child);
  }
  cmark_node_unlink(link);
  cmark_node_free(link);
}

/// The byte offset of the first numeric character reference in `text`
/// (`&#1;`, `&#xFFFE;`, as CommonMark reads them) that cmark decodes to a
/// character IsForbiddenInMarkup, its text in `written` and that character
/// in `code`; npos when there is none.
size_t FindForbiddenReference(std::string_view text, std::string* written, char32_t* code) {
  for (size_t at = text.find("&#"); at != std::string_view::npos; at = text.find("&#", at + 2)) {
    size_t i = at + 2;
    bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    i += hex;
    size_t digits = 0;
    unsigned long value = 0;
    for (; i < text.size() && digits < (hex ? 6u : 7u); ++i, ++digits) {
      char c = text[i];
      int d = c >= '0' && c <= '9'          ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + d;
    }
    if (digits == 0 || i >= text.size() || text[i] != ';') continue;
    // cmark itself makes 0, surrogates and values past U+10FFFF U+FFFD.
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ||
        !IsForbiddenInMarkup(static_cast<char32_t>(value)))
      continue;
    *written = std::string(text.substr(at, i + 1 - at));
    *code = static_cast<char32_t>(value);
    return at;
  }
  return std::string_view::npos;
}

/// Replaces in the rendered `html` what HTML and XML forbid and that the
/// loader could not see in the text: characters written as references, or
/// text that did not come through the loader (`render-markdown`).
void ReplaceForbidden(const MarkdownSource& src, std::string* html, Diagnostics* diag) {
  ForbiddenCharacters bad = ReplaceForbiddenInMarkup(html);
  if (bad.count == 0) return;
  std::string written;
  size_t at = FindForbiddenReference(src.text, &written, &bad.code);
  if (at == std::string_view::npos) {  // written as itself
    std::string text(src.text);
    ForbiddenCharacters literal = ReplaceForbiddenInMarkup(&text);
    at = literal.count > 0 ? literal.first : 0;
    if (literal.count > 0) bad.code = literal.code;
  }
  Position pos = PositionAt(src.text, at);
  pos.line += src.first_line - 1;
  diag->Warning(
      src.path, pos,
      ForbiddenMessage(bad, written.empty() ? "" : " (written `" + written + "`)", "document"));
}

std::string Dir(const std::string& rel) {
  size_t slash = rel.rfind('/');
  return slash == std::string::npos ? "" : rel.substr(0, slash);
}

/// Removes a link that goes nowhere: a link keeps its text, an image its place.
void DropLink(cmark_node* n) {
  if (cmark_node_get_type(n) == CMARK_NODE_IMAGE) {
    cmark_node_set_url(n, "");
  } else {
    Unlink(n);
  }
}

/// Latvian sentences start with a year as "2026. gada …", which Markdown
/// takes for a numbered list starting at 2026: a warning says how to keep
/// it text.
void WarnYearList(const MarkdownSource& src, cmark_node* list, Diagnostics* diag) {
  int year = cmark_node_get_list_start(list);
  if (cmark_node_get_list_type(list) != CMARK_ORDERED_LIST || year < 1000 || year > 2999) return;
  std::string n = std::to_string(year);
  diag->Warning(
      src.path,
      {cmark_node_get_start_line(list) + src.first_line - 1, cmark_node_get_start_column(list)},
      "a line starting `" + n + ". ` begins a numbered list at " + n + "; write `" + n +
          "\\. ` to keep the year as text");
}

/// The nodes under `root` of an extension's `type` ("table", "tasklist"),
/// in document order.
std::vector<cmark_node*> NodesOfType(cmark_node* root, std::string_view type) {
  std::vector<cmark_node*> nodes;
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(root), cmark_iter_free);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it.get());
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type_string(n) == type) nodes.push_back(n);
  }
  return nodes;
}

/// Puts each table in `<div class="table-scroll" tabindex="0">`: a table
/// wider than a phone scrolls in that box instead of widening the page, and
/// the box takes keyboard focus so it can be scrolled without a mouse.
void WrapTables(cmark_node* root) {
  for (cmark_node* table : NodesOfType(root, "table")) {
    cmark_node* box = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(box, "<div class=\"table-scroll\" tabindex=\"0\">");
    cmark_node_set_on_exit(box, "</div>");
    cmark_node_insert_before(table, box);
    cmark_node_append_child(box, table);
  }
}

/// Gives each task list item's checkbox its text as a label: cmark-gfm
/// writes a bare `<input>` before the item's first paragraph, which a screen
/// reader announces as an unnamed checkbox. The first paragraph's content is
/// wrapped in `<label class="task">` with the checkbox inside it; `is-done`
/// lets print style sheets draw the box as text, since WeasyPrint prints no
/// form controls. An item with no paragraph first keeps cmark-gfm's markup.
void LabelTasks(cmark_node* root) {
  for (cmark_node* item : NodesOfType(root, "tasklist")) {
    cmark_node* para = cmark_node_first_child(item);
    if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH) continue;
    bool done = cmark_gfm_extensions_get_tasklist_item_checked(item);
    cmark_node* label = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(label,
                            done ? "<label class=\"task is-done\"><input type=\"checkbox\" "
                                   "checked disabled> "
                                 : "<label class=\"task\"><input type=\"checkbox\" disabled> ");
    cmark_node_set_on_exit(label, "</label>");
    cmark_node* child = cmark_node_first_child(para);
    cmark_node_prepend_child(para, label);
    while (child) {
      cmark_node* next = cmark_node_next(child);
      if (!cmark_node_append_child(label, child)) break;  // never for a paragraph's inlines
      child = next;
    }
    cmark_node_set_syntax_extension(item, nullptr);  // a plain <li>: the checkbox is in the label
  }
}

/// The links and images under `root`, in document order; a numbered list
/// that starts at a year is warned about on the way (WarnYearList).
std::vector<cmark_node*> CollectLinks(cmark_node* root, const MarkdownSource& src,
                                      Diagnostics* diag) {
  std::vector<cmark_node*> links;
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(root), cmark_iter_free);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it.get());
    cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) links.push_back(n);
    if (t == CMARK_NODE_LIST) WarnYearList(src, n, diag);
  }
  return links;
}

/// True when `url` leaves the page's site: it has a scheme, or starts `//`.
bool IsAbsoluteUrl(const std::string& url) {
  size_t colon = url.find(':');
  return (colon != std::string::npos && colon < FindAnyOf(url, "/?#")) || StartsWith(url, "//");
}

/// What link `n` to the relative `url` asks the resolver, or nullopt when
/// it leaves the content folder (an error, and the link is dropped).
std::optional<LinkRequest> RequestOf(cmark_node* n, const std::string& url, bool image,
                                     const MarkdownSource& src, Diagnostics* diag) {
  size_t cut = FindAnyOf(url, "?#");
  LinkRequest req;
  req.path = url.substr(0, cut);
  if (cut != std::string::npos) req.suffix = url.substr(cut);
  req.image = image;
  req.where = [&src, url, n] { return FindUrl(src, url, n); };
  if (req.path.empty()) return req;
  auto rel = ResolveInTree(Dir(src.rel), req.path);
  if (!rel) {
    diag->Error(src.path, req.where(),
                "link `" + url + "` leaves the content folder; link to files inside it");
    DropLink(n);
    return std::nullopt;
  }
  req.content_rel = *rel;
  return req;
}

/// Points link `n` where the resolver found `req`, or drops it: hidden from
/// this audience, or missing (an error).
void ApplyTarget(cmark_node* n, const LinkRequest& req, const LinkTarget& target,
                 const MarkdownSource& src, Diagnostics* diag) {
  switch (target.kind) {
    case LinkTarget::kPage:
    case LinkTarget::kMedia:
      cmark_node_set_url(n, (target.url + req.suffix).c_str());
      break;
    case LinkTarget::kHidden:
      DropLink(n);
      break;
    case LinkTarget::kMissing:
      diag->Error(
          src.path, req.where(),
          target.error.empty() ? "link to `" + req.path + "`, which does not exist" : target.error);
      DropLink(n);
      break;
  }
}

/// Rewrites link or image `n`: an unsafe URL is removed, another site's is
/// kept (its images noted in `remote_images`), a path in the content tree
/// becomes the URL of what it names.
void RewriteLink(cmark_node* n, const MarkdownSource& src, const LinkResolver& resolve,
                 Diagnostics* diag, std::vector<RemoteImage>* remote_images) {
  bool image = cmark_node_get_type(n) == CMARK_NODE_IMAGE;
  const char* raw = cmark_node_get_url(n);
  std::string url = raw ? raw : "";
  if (url.empty()) return;
  if (!IsSafeUrl(url, image)) {
    diag->Warning(src.path, FindUrl(src, url, n),
                  "link `" + url.substr(0, 40) + "` uses a scheme that is not allowed; removed");
    cmark_node_set_url(n, "");
    return;
  }
  if (IsAbsoluteUrl(url)) {
    // Safe data: images are part of the page; anything else absolute is on another site.
    if (image && remote_images && strncasecmp(url.c_str(), "data:", 5) != 0)
      remote_images->push_back({url, src.path, FindUrl(src, url, n)});
    return;
  }
  std::optional<LinkRequest> req = RequestOf(n, url, image, src, diag);
  if (req) ApplyTarget(n, *req, resolve(*req), src, diag);
}

void RewriteLinks(cmark_node* root, const MarkdownSource& src, const LinkResolver& resolve,
                  Diagnostics* diag, std::vector<RemoteImage>* remote_images) {
  for (cmark_node* n : CollectLinks(root, src, diag))
    RewriteLink(n, src, resolve, diag, remote_images);
}

/// `src` parsed by `parser`, a new parser with the GFM extensions attached.
std::unique_ptr<cmark_node, NodeDeleter> Parse(const MarkdownSource& src,
                                               std::unique_ptr<cmark_parser, ParserDeleter>* out) {
  EnsureExtensions();
  std::unique_ptr<cmark_parser, ParserDeleter>& parser = *out;
  parser.reset(cmark_parser_new(kOptions));
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), src.text.data(), src.text.size());
  std::unique_ptr<cmark_node, NodeDeleter> doc;
  {
    // cmark-gfm 0.29 parses inlines against one table of special characters
    // for all parsers, which each parser changes as it starts and finishes
    // (cmark_manage_extensions_special_characters): two documents parsed at
    // once lose strikethrough and autolinks now and then. Block parsing
    // (feed) and rendering run in parallel; the inline pass, one at a time.
    static std::mutex inline_pass;
    std::lock_guard<std::mutex> lock(inline_pass);
    doc.reset(cmark_parser_finish(parser.get()));
  }
  return doc;
}

}  // namespace

std::string RenderMarkdown(const MarkdownSource& src, const LinkResolver* resolve,
                           Diagnostics* diag, std::vector<RemoteImage>* remote_images) {
  StageScope stage(Stage::kMarkdown);
  if (!CheckMarkdownShape(src, diag)) return "";
  std::unique_ptr<cmark_parser, ParserDeleter> parser;
  std::unique_ptr<cmark_node, NodeDeleter> doc = Parse(src, &parser);
  WrapTables(doc.get());
  LabelTasks(doc.get());
  if (resolve) RewriteLinks(doc.get(), src, *resolve, diag, remote_images);
  std::unique_ptr<char, CharDeleter> html(
      cmark_render_html(doc.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get())));
  std::string out = html ? std::string(html.get()) : std::string();
  AlignByClass(&out);
  ReplaceForbidden(src, &out, diag);
  return out;
}

std::string RenderMarkdownText(const MarkdownSource& src, int width, Diagnostics* diag) {
  StageScope stage(Stage::kMarkdown);
  if (!CheckMarkdownShape(src, diag)) return "";
  std::unique_ptr<cmark_parser, ParserDeleter> parser;
  std::unique_ptr<cmark_node, NodeDeleter> doc = Parse(src, &parser);
  std::unique_ptr<char, CharDeleter> text(cmark_render_plaintext(doc.get(), kOptions, width));
  std::string out = text ? std::string(text.get()) : std::string();
  ReplaceForbidden(src, &out, diag);
  return out;
}

}  // namespace clustersite
