#include "theme/template_scan.h"

#include "core/text.h"

namespace clustersite {
namespace {

/// Counts lines and columns (in UTF-8 characters) as the scan moves on.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}
  /// The position of byte `offset`, which must not be before the last one asked.
  Position At(size_t offset) {
    for (; done_ < offset; ++done_) {
      unsigned char c = static_cast<unsigned char>(text_[done_]);
      if (c == '\n') {
        ++pos_.line;
        pos_.column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++pos_.column;
      }
    }
    return pos_;
  }

 private:
  std::string_view text_;
  size_t done_ = 0;
  Position pos_{1, 1};
};

TemplateTag::Kind KindOf(char sigil) {
  switch (sigil) {
    case '#':
      return TemplateTag::Kind::kSection;
    case '^':
      return TemplateTag::Kind::kInverted;
    case '/':
      return TemplateTag::Kind::kClose;
    case '>':
      return TemplateTag::Kind::kPartial;
    case '!':
      return TemplateTag::Kind::kComment;
    case '&':
      return TemplateTag::Kind::kUnescaped;
    case '=':
      return TemplateTag::Kind::kDelimiters;
    default:
      return TemplateTag::Kind::kVariable;
  }
}

}  // namespace

bool ScanTemplateTags(std::string_view text, std::vector<TemplateTag>* tags, Position* where,
                      std::string* error) {
  Cursor cursor(text);
  size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string_view::npos) {
    const bool triple = text.substr(pos, 3) == "{{{";
    const std::string_view close = triple ? "}}}" : "}}";
    const size_t start = pos + close.size();
    const size_t end = text.find(close, start);
    TemplateTag tag;
    tag.pos = cursor.At(pos);
    if (end == std::string_view::npos) {
      *where = tag.pos;
      *error = "`" + std::string(text.substr(pos, close.size())) + "` is never closed with `" +
               std::string(close) + "`";
      return false;
    }
    std::string_view inner = Trim(text.substr(start, end - start));
    if (triple) {
      tag.kind = TemplateTag::Kind::kUnescaped;
    } else if (!inner.empty()) {
      tag.kind = KindOf(inner.front());
      if (tag.kind != TemplateTag::Kind::kVariable) inner = Trim(inner.substr(1));
    }
    tag.name = std::string(inner);
    tag.text = std::string(text.substr(pos, end + close.size() - pos));
    tags->push_back(std::move(tag));
    pos = end + close.size();
  }
  return true;
}

}  // namespace clustersite
