#include "render/kit_html.h"

#include <cstdio>
#include <set>

#include "core/media_type.h"
#include "core/text.h"
#include "core/url.h"
#include "render/html_links.h"
#include "render/theme.h"

namespace clustersite {
namespace {

/// The value of attribute `name` in `tag` and where it starts, or npos.
size_t FindAttribute(const std::string& tag, const std::string& name, std::string* value) {
  std::string key = " " + name + "=\"";
  size_t at = tag.find(key);
  if (at == std::string::npos) return at;
  at += key.size();
  size_t end = tag.find('"', at);
  if (end == std::string::npos) return std::string::npos;
  *value = tag.substr(at, end - at);
  return at;
}

void SetAttribute(std::string* tag, size_t at, size_t old_size, const std::string& value) {
  tag->replace(at, old_size, value);
}

/// `<h2>` → `<h3>` for a shift of 1; other tags unchanged.
bool ShiftHeading(const std::string& tag, int shift, std::string* out) {
  bool closing = tag.size() == 5 && tag[1] == '/';
  size_t h = closing ? 2 : 1;
  if (tag.size() != h + 3 || tag[h] != 'h' || tag[h + 1] < '1' || tag[h + 1] > '6') return false;
  int level = std::min(6, tag[h + 1] - '0' + shift);
  *out = std::string(closing ? "</h" : "<h") + static_cast<char>('0' + level) + ">";
  return true;
}

bool HasScheme(const std::string& url) {
  size_t colon = url.find(':');
  return StartsWith(url, "//") || (colon != std::string::npos && colon < url.find_first_of("/?#"));
}

/// Where a relative link or image of the page goes in the kit: "" drops it.
/// A fragment stays only when `ids` (those of the same HTML) hold it: an id
/// of the page around it is not in the kit. `url` and what it returns are
/// decoded: the caller escapes it where it writes the attribute.
std::string KitUrl(const std::string& url, bool image, const KitHtmlRules& r,
                   const std::set<std::string>& ids, std::string* missing) {
  if (url.empty() || HasScheme(url)) return url;
  if (url[0] == '#') return ids.count(url.substr(1)) ? "#" + r.id_prefix + url.substr(1) : "";
  size_t cut = url.find_first_of("?#");
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
    std::string tag = html.substr(lt, gt - lt + 1);
    pos = gt + 1;
    if (tag == "</a>" && dropped > 0) {
      --dropped;
      continue;
    }
    std::string shifted;
    if (r.heading_shift != 0 && ShiftHeading(tag, r.heading_shift, &shifted)) {
      out += shifted;
      continue;
    }
    bool link = StartsWith(tag, "<a ");
    bool image = StartsWith(tag, "<img ");
    std::string value;
    if (link || image) {
      size_t at = FindAttribute(tag, link ? "href" : "src", &value);
      if (at != std::string::npos) {
        std::string url = KitUrl(DecodeEntities(value), image, r, ids, missing);
        if (link && url.empty() && !value.empty()) {
          ++dropped;
          continue;
        }
        SetAttribute(&tag, at, value.size(), HtmlEscape(url));
      }
    }
    size_t id_at = FindAttribute(tag, "id", &value);
    if (id_at != std::string::npos) tag.insert(id_at, HtmlEscape(r.id_prefix));
    out += tag;
  }
  return out;
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
