#include "load/fields.h"

#include "core/text.h"
#include "core/unicode.h"

namespace clustersite {

Fields::Fields(const YamlFile& file, const YamlNode& map, Diagnostics* diag)
    : file_(file), map_(map), diag_(diag) {
  if (map_.entries.size() < kScannedKeys) return;
  for (const auto& kv : map_.entries) index_.emplace(kv.first.Scalar(), &kv.second);
}

bool Fields::IsMap(const std::string& what) const {
  if (map_.IsMap()) return true;
  diag_->Error(file_.path(), file_.PositionOf(map_), what + " must be a mapping of `key: value`");
  return false;
}

void Fields::CheckKeys(const std::vector<std::string>& known) const {
  if (!map_.IsMap()) return;
  for (const auto& kv : map_.entries) {
    const std::string& key = kv.first.Scalar();
    bool ok = false;
    for (const std::string& k : known) ok = ok || k == key;
    if (ok) continue;
    std::string msg = "unknown key `" + key + "`";
    std::string hint = DidYouMean(key, known);
    msg += hint.empty() ? "; known keys are " + QuotedList(known, "and")
                        : "; did you mean `" + hint + "`?";
    diag_->Error(file_.path(), file_.PositionOf(kv.first), msg);
  }
}

bool Fields::Has(const std::string& key) const { return Node(key).IsDefined(); }

const YamlNode& Fields::Node(const std::string& key) const {
  static const YamlNode undefined;
  if (!index_.empty()) {
    auto it = index_.find(key);
    return it == index_.end() ? undefined : *it->second;
  }
  for (const auto& kv : map_.entries) {
    if (kv.first.Scalar() == key) return kv.second;
  }
  return undefined;
}

Position Fields::PositionOf(const std::string& key) const {
  const YamlNode& n = Node(key);
  return n.IsDefined() ? n.pos : map_.pos;
}

void Fields::Missing(const std::string& key) const {
  diag_->Error(file_.path(), file_.PositionOf(map_), "missing required key `" + key + "`");
}

std::optional<std::string> Fields::String(const std::string& key, bool required) const {
  const YamlNode& n = Node(key);
  if (!n.IsDefined() || n.IsNull()) {
    if (required) Missing(key);
    return std::nullopt;
  }
  if (!n.IsScalar()) {
    diag_->Error(file_.path(), file_.PositionOf(n), "`" + key + "` must be text");
    return std::nullopt;
  }
  if (required && Trim(n.Scalar()).empty()) {
    diag_->Error(file_.path(), file_.PositionOf(n), "`" + key + "` must not be empty");
    return std::nullopt;
  }
  return n.Scalar();
}

std::optional<std::string> Fields::Text(const std::string& key, size_t max_characters,
                                        bool required) const {
  auto text = String(key, required);
  if (text && !Fits(Node(key), "`" + key + "`", max_characters)) return std::nullopt;
  return text;
}

bool Fields::Fits(const YamlNode& node, const std::string& what, size_t max_characters) const {
  size_t n = CountCharacters(node.Scalar());
  if (n <= max_characters) return true;
  diag_->Error(
      file_.path(), file_.PositionOf(node),
      what + " is " + Thousands(n) + " characters; it must fit in " + Thousands(max_characters));
  return false;
}

std::optional<long> Fields::Integer(const std::string& key, bool required) const {
  auto text = String(key, required);
  if (!text) return std::nullopt;
  try {
    size_t used = 0;
    long v = std::stol(*text, &used);
    if (used == text->size() && v >= 0) return v;
  } catch (const std::exception&) {
  }
  diag_->Error(file_.path(), PositionOf(key),
               "`" + key + "` must be a whole number of 0 or more, not `" + *text + "`");
  return std::nullopt;
}

std::optional<Date> Fields::DateValue(const std::string& key, bool required) const {
  auto text = String(key, required);
  if (!text) return std::nullopt;
  if (auto d = ParseDate(*text)) return d;
  std::string impossible = ImpossibleDate(*text);
  diag_->Error(file_.path(), PositionOf(key),
               impossible.empty()
                   ? "`" + key + "` must be a date written YYYY-MM-DD, not `" + *text + "`"
                   : "`" + key + "`: " + impossible);
  return std::nullopt;
}

bool Fields::Flag(const std::string& key, bool absent, bool invalid) const {
  if (!Has(key)) return absent;
  auto text = String(key);  // an error when it is a list or a mapping
  if (text && *text == "true") return true;
  if (text && *text == "false") return false;
  if (text || Node(key).IsNull()) {
    diag_->Error(file_.path(), PositionOf(key),
                 "`" + key + "` must be `true` or `false`, not `" + text.value_or("") + "`");
  }
  return invalid;
}

std::vector<std::pair<std::string, Position>> Fields::StringList(const std::string& key,
                                                                 size_t max_characters) const {
  std::vector<std::pair<std::string, Position>> out;
  const YamlNode& n = Node(key);
  if (!n.IsDefined() || n.IsNull()) return out;
  if (!n.IsSequence()) {
    diag_->Error(file_.path(), file_.PositionOf(n),
                 "`" + key + "` must be a list, like `" + key + ": [a, b]`");
    return out;
  }
  for (const auto& item : n.items) {
    if (!item.IsScalar()) {
      diag_->Error(file_.path(), file_.PositionOf(item), "each item of `" + key + "` must be text");
      continue;
    }
    if (!Fits(item, "an item of `" + key + "`", max_characters)) continue;
    out.emplace_back(item.Scalar(), file_.PositionOf(item));
  }
  return out;
}

}  // namespace clustersite
