#include "document/document_html.h"

#include <strings.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "check/html_links.h"
#include "core/find_bytes.h"
#include "core/media_type.h"
#include "core/text.h"
#include "core/url.h"
#include "theme/theme.h"

namespace clustersite {
namespace {

/// The value of attribute `key` (` name="`) in `tag` and where it starts,
/// or npos.
size_t FindAttribute(const std::string& tag, std::string_view key, std::string* value) {
  size_t at = tag.find(key);
  if (at == std::string::npos) return at;
  at += key.size();
  size_t end = tag.find('"', at);
  if (end == std::string::npos) return std::string::npos;
  value->assign(tag, at, end - at);
  return at;
}

void SetAttribute(std::string* tag, size_t at, size_t old_size, const std::string& value) {
  tag->replace(at, old_size, value);
}

/// `<h2>` → `<h3>` for a shift of 1; other tags unchanged.
bool ShiftHeading(std::string_view tag, int shift, std::string* out) {
  bool closing = tag.size() == 5 && tag[1] == '/';
  size_t h = closing ? 2 : 1;
  if (tag.size() != h + 3 || tag[h] != 'h' || tag[h + 1] < '1' || tag[h + 1] > '6') return false;
  int level = std::min(6, tag[h + 1] - '0' + shift);
  *out = std::string(closing ? "</h" : "<h") + static_cast<char>('0' + level) + ">";
  return true;
}

bool HasScheme(const std::string& url) {
  size_t colon = url.find(':');
  return StartsWith(url, "//") || (colon != std::string::npos && colon < FindAnyOf(url, "/?#"));
}

/// True for an image the browser would fetch from another site.
bool IsRemote(const std::string& url) {
  return HasScheme(url) && strncasecmp(url.c_str(), "data:", 5) != 0;
}

/// An image of another site as the kit shows it: its alt text and address.
std::string RemoteImageText(const std::string& alt, const std::string& url) {
  return "<span class=\"kit-remote-image\">" +
         HtmlEscape(alt.empty() ? url : alt + " (" + url + ")") + "</span>";
}

/// Where a relative link or image of the page goes in the kit: "" drops it.
/// A fragment stays only when `ids` (those of the same HTML) hold it: an id
/// of the page around it is not in the kit. `url` and what it returns are
/// decoded: the caller escapes it where it writes the attribute.
std::string KitUrl(const std::string& url, bool image, const KitHtmlRules& r,
                   const std::set<std::string>& ids, std::string* missing) {
  if (url.empty() || HasScheme(url)) return url;
  if (url[0] == '#') return ids.count(url.substr(1)) ? "#" + r.id_prefix + url.substr(1) : "";
  size_t cut = FindAnyOf(url, "?#");
  std::string fragment = cut == std::string::npos ? "" : url.substr(cut);
  auto rel = ResolveInTree(r.page_dir, url.substr(0, cut));
  if (!rel) return "";
  if (r.anchors) {
    auto it = r.anchors->find(*rel);
    if (it != r.anchors->end() && !image) return "#" + it->second;
  }
  if (image) {
    std::string bytes, err;
    std::string content_rel = r.cluster + "/" + *rel;
    if (r.read_media && (*r.read_media)(content_rel, &bytes, &err)) return DataUri(*rel, bytes);
    if (missing) *missing += (missing->empty() ? "" : ", ") + content_rel;
    return "";
  }
  if (r.base_url.empty()) return "";
  // Page folders are slugs, without dots: a last segment with one is a file
  // (media, feed.xml), linked as it is.
  bool file = rel->find('.', rel->rfind('/') + 1) != std::string::npos;
  return r.base_url + *rel + (file || rel->empty() ? "" : "/") + fragment;
}

/// RFC 4648 base64. Small enough to write here: none of the project's
/// libraries exports an encoder.
std::string Base64(const std::string& bytes) {
  static const char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16 |
                 static_cast<unsigned char>(bytes[i + 1]) << 8 |
                 static_cast<unsigned char>(bytes[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace

std::string AdaptForKit(const std::string& html, const KitHtmlRules& r, std::string* missing) {
  std::string out;
  out.reserve(html.size() + html.size() / 8);
  int dropped = 0;  // links turned into text whose `</a>` is still to come
  std::set<std::string> ids;
  for (std::string_view id : ScanHtml(html).ids) ids.insert(DecodeEntities(id));
  size_t pos = 0;
  while (pos < html.size()) {
    size_t lt = html.find('<', pos);
    size_t gt = lt == std::string::npos ? lt : html.find('>', lt);
    if (gt == std::string::npos) {
      out.append(html, pos, std::string::npos);
      break;
    }
    out.append(html, pos, lt - pos);
    const std::string_view whole(html.data() + lt, gt - lt + 1);
    pos = gt + 1;
    if (whole == "</a>" && dropped > 0) {
      --dropped;
      continue;
    }
    std::string shifted;
    if (r.heading_shift != 0 && ShiftHeading(whole, r.heading_shift, &shifted)) {
      out += shifted;
      continue;
    }
    // Every attribute follows a space: a tag without one (`<p>`, `</li>`,
    // most of a story) has nothing to adapt.
    if (whole.find(' ') == std::string_view::npos) {
      out += whole;
      continue;
    }
    std::string tag(whole);
    bool link = StartsWith(tag, "<a ");
    bool image = StartsWith(tag, "<img ");
    std::string value, alt;
    if (image && FindAttribute(tag, " src=\"", &value) != std::string::npos &&
        IsRemote(DecodeEntities(value))) {
      FindAttribute(tag, " alt=\"", &alt);
      out += RemoteImageText(DecodeEntities(alt), DecodeEntities(value));
      continue;
    }
    if (link || image) {
      size_t at = FindAttribute(tag, link ? " href=\"" : " src=\"", &value);
      if (at != std::string::npos) {
        std::string url = KitUrl(DecodeEntities(value), image, r, ids, missing);
        if (link && url.empty() && !value.empty()) {
          ++dropped;
          continue;
        }
        SetAttribute(&tag, at, value.size(), HtmlEscape(url));
      }
    }
    size_t id_at = FindAttribute(tag, " id=\"", &value);
    if (id_at != std::string::npos) tag.insert(id_at, HtmlEscape(r.id_prefix));
    out += tag;
  }
  return out;
}

namespace {

/// True for a reference the browser resolves without a request.
bool StaysInKit(std::string_view url) {
  url = Trim(url);
  return url.empty() || url[0] == '#' ||
         (url.size() >= 5 && strncasecmp(url.data(), "data:", 5) == 0);
}

/// The first URL of each candidate of a `srcset` ("a.png 1x, data:… 2x").
std::vector<std::string_view> SrcsetUrls(std::string_view srcset) {
  std::vector<std::string_view> urls;
  size_t at = 0;
  while (at < srcset.size()) {
    at = srcset.find_first_not_of(" \t\n,", at);
    if (at == std::string_view::npos) break;
    size_t end = std::min(srcset.find_first_of(" \t\n", at), srcset.size());
    urls.push_back(srcset.substr(at, end - at));
    at = srcset.find(',', end);  // past the descriptors
  }
  return urls;
}

/// True when `css` has `word` (any case) just before `end`.
bool WordBefore(std::string_view css, size_t end, std::string_view word) {
  return end >= word.size() && end <= css.size() &&
         strncasecmp(css.data() + end - word.size(), word.data(), word.size()) == 0;
}

/// What CSS would fetch: `url()`s that leave the document, `@import`,
/// `image-set()`. Found from each `(` and `@`: the base64 of the embedded
/// font, most of a kit's CSS, holds neither.
void CssReferences(std::string_view css, std::vector<std::string>* found) {
  for (size_t at = css.find('@'); at != std::string_view::npos; at = css.find('@', at + 1)) {
    if (WordBefore(css, at + 7, "@import"))
      found->push_back(std::string(Trim(css.substr(at, css.find(';', at) - at))));
  }
  for (size_t at = css.find('('); at != std::string_view::npos; at = css.find('(', at + 1)) {
    if (WordBefore(css, at, "image-set")) found->push_back("image-set()");
    if (!WordBefore(css, at, "url")) continue;
    size_t end = std::min(css.find(')', at), css.size());
    std::string_view arg = Trim(css.substr(at + 1, end - at - 1));
    if (!arg.empty() && (arg[0] == '"' || arg[0] == '\'')) arg = arg.substr(1, arg.size() - 2);
    if (!StaysInKit(arg)) found->push_back(std::string(arg));
    at = end;
  }
}

}  // namespace

std::vector<std::string> NetworkReferences(std::string_view html) {
  std::vector<std::string> found;
  for (size_t at = html.find("<style"); at != std::string_view::npos;
       at = html.find("<style", at + 1)) {
    size_t end = html.find("</style>", at);
    CssReferences(html.substr(at, end == std::string_view::npos ? end : end - at), &found);
  }
  for (size_t at = FindAttributeValue(html, 0); at != std::string_view::npos;
       at = FindAttributeValue(html, at + 2)) {
    size_t name = at;
    while (name > 0 && ((html[name - 1] >= 'a' && html[name - 1] <= 'z') || html[name - 1] == '-'))
      --name;
    if (name == 0 || name == at ||
        (html[name - 1] != ' ' && html[name - 1] != '\n' && html[name - 1] != '\t'))
      continue;
    std::string_view attr = html.substr(name, at - name);
    size_t end = FindQuote(html, at + 2);
    if (end == std::string_view::npos) break;
    // Most attributes (a chart's x, y, fill, class) are none of those below.
    const char first = attr[0];
    if (first != 's' && first != 'p' && first != 'd' && first != 'b' && first != 'h') {
      at = end - 1;
      continue;
    }
    std::string_view value = html.substr(at + 2, end - at - 2);
    // Only a <link>'s href fetches: its tag is looked for only then.
    auto link_tag = [&] {
      size_t tag = html.rfind('<', name);
      return tag != std::string_view::npos && html.substr(tag, 6) == "<link ";
    };
    if (attr == "srcset") {
      for (std::string_view url : SrcsetUrls(value)) {
        if (!StaysInKit(url)) found.push_back(DecodeEntities(url));
      }
    } else if (attr == "src" || attr == "poster" || attr == "data" || attr == "background" ||
               (attr == "href" && link_tag())) {
      if (!StaysInKit(value)) found.push_back(DecodeEntities(value));
    } else if (attr == "style") {
      CssReferences(DecodeEntities(value), &found);
    }
    at = end - 1;
  }
  return found;
}

std::string DataUri(const std::string& path, const std::string& bytes) {
  return "data:" + MediaType(path) + ";base64," + Base64(bytes);
}

std::string CssString(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%x ", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace clustersite
