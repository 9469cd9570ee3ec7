#include "media/media_file.h"

#include <algorithm>
#include <array>
#include <optional>

#include "core/media_type.h"
#include "core/text.h"
#include "media/svg.h"

namespace clustersite {
namespace {

bool IsPng(std::string_view b) { return StartsWith(b, "\x89PNG\r\n\x1a\n"); }
bool IsJpeg(std::string_view b) { return StartsWith(b, "\xff\xd8\xff"); }
bool IsGif(std::string_view b) { return StartsWith(b, "GIF87a") || StartsWith(b, "GIF89a"); }
bool IsWebp(std::string_view b) {
  return b.size() >= 12 && StartsWith(b, "RIFF") && b.substr(8, 4) == "WEBP";
}
bool IsPdf(std::string_view b) { return StartsWith(b, "%PDF-"); }

/// An ISO base media file whose `ftyp` box names an AVIF brand, major or compatible.
bool IsAvif(std::string_view b) {
  if (b.size() < 16 || b.substr(4, 4) != "ftyp") return false;
  size_t box = 0;
  for (int i = 0; i < 4; ++i) box = box << 8 | static_cast<unsigned char>(b[i]);
  box = std::min(box, b.size());
  for (size_t at = 8; at + 4 <= box; at += at == 8 ? 8 : 4) {  // major brand, version, compatible
    std::string_view brand = b.substr(at, 4);
    if (brand == "avif" || brand == "avis") return true;
  }
  return false;
}

/// A type the site publishes: its extensions, its name, how its bytes start
/// (nullptr for SVG, which is parsed).
struct MediaKind {
  std::string_view ext;
  std::string_view name;
  bool (*starts)(std::string_view bytes);
};

constexpr std::array<MediaKind, 8> kKinds = {{
    {"png", "PNG", IsPng},
    {"jpg", "JPEG", IsJpeg},
    {"jpeg", "JPEG", IsJpeg},
    {"gif", "GIF", IsGif},
    {"webp", "WebP", IsWebp},
    {"avif", "AVIF", IsAvif},
    {"pdf", "PDF", IsPdf},
    {"svg", "SVG", nullptr},
}};

const MediaKind* KindOf(std::string_view path) {
  std::string ext = Extension(path);
  for (const MediaKind& k : kKinds) {
    if (k.ext == ext) return &k;
  }
  return nullptr;
}

std::string NotPublished(std::string_view path) {
  std::string ext = Extension(path);
  return "cannot be published: media/ may hold PNG, JPEG, GIF, WebP, AVIF, PDF and SVG files, "
         "not " +
         (ext.empty() ? std::string("a file without an extension") : "a `." + ext + "` file") +
         " (another type could run scripts on the site); save it as one of those, or write "
         "its text in Markdown";
}

}  // namespace

MediaReader ReadMediaFrom(const FileSystem& fs, std::string root, size_t max_bytes) {
  return [&fs, root = std::move(root), max_bytes](const std::string& rel, std::string* bytes,
                                                  std::string* err) {
    return fs.Read(JoinPath(root, rel), max_bytes, bytes, err);
  };
}

std::string MediaProblem(std::string_view path, std::string_view bytes) {
  const MediaKind* kind = KindOf(path);
  if (!kind) return NotPublished(path);
  std::string name(kind->name);
  if (kind->starts) {
    if (kind->starts(bytes)) return "";
    return std::string(name[0] == 'A' ? "is not an " : "is not a ") + name +
           " file, though its name says so (its first bytes are not " + name + "'s); save it as " +
           name + ", or name it by what it is";
  }
  std::optional<SvgProblem> svg = FindSvgProblem(bytes);
  if (!svg) return "";
  return "is an SVG image the site cannot publish (line " + std::to_string(svg->line) + ": " +
         svg->what +
         "): an SVG may hold no scripts, event attributes, foreignObject, references to other "
         "files or DOCTYPE; take that out, or save the image as PNG";
}

std::string CheckMediaFile(const std::string& content_rel, const MediaReader& read,
                           std::string* bytes) {
  if (!KindOf(content_rel)) return NotPublished(content_rel);
  std::string err;
  if (!read || !read(content_rel, bytes, &err)) return "cannot be read: " + err;
  return MediaProblem(content_rel, *bytes);
}

}  // namespace clustersite
