#include "load/yaml.h"

#include <set>

#include "core/text.h"

namespace clustersite {
namespace {

constexpr int kMaxDepth = 64;
constexpr size_t kMaxNodes = 100000;

/// Finds quoted values that do not close on their own line. yaml-cpp reads
/// such a value on into the next lines, swallowing the keys there.
void CheckQuotes(const std::string& path, const std::string& text, int first_line,
                 Diagnostics* diag) {
  int line_no = first_line;
  size_t block_indent = std::string::npos;  // inside a `|` or `>` block scalar
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    size_t indent = line.find_first_not_of(' ');
    bool blank = indent == std::string_view::npos;
    if (block_indent != std::string::npos && (blank || indent > block_indent)) {
      // Still inside a block scalar: its text is literal.
    } else if (!blank && line[indent] != '#') {
      block_indent = std::string::npos;
      size_t v = indent;
      while (v + 1 < line.size() && line[v] == '-' && line[v + 1] == ' ') {
        v = line.find_first_not_of(' ', v + 1);
        if (v == std::string_view::npos) break;
      }
      if (v != std::string_view::npos && v < line.size() && line[v] != '"' && line[v] != '\'') {
        // A `key: value` line: look at the value.
        size_t colon = line.find(": ", v);
        if (colon == std::string_view::npos && EndsWith(line, ":")) colon = line.size() - 1;
        v = colon == std::string_view::npos ? std::string_view::npos
                                            : line.find_first_not_of(' ', colon + 1);
      }
      if (v != std::string_view::npos && v < line.size()) {
        char q = line[v];
        std::string_view rest = Trim(line.substr(v));
        if (q == '|' || q == '>') {
          block_indent = indent;
        } else if (q == '"' || q == '\'') {
          bool closed = false;
          for (size_t i = v + 1; i < line.size(); ++i) {
            if (q == '"' && line[i] == '\\') {
              ++i;
            } else if (line[i] == q) {
              if (q == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
                ++i;
              } else {
                closed = true;
                break;
              }
            }
          }
          if (!closed && !rest.empty()) {
            diag->Error(
                path, {line_no, static_cast<int>(v) + 1},
                std::string("quoted value is not closed on this line; add the closing ") + q);
          }
        }
      }
    }
    if (end == text.size()) break;
    pos = end + 1;
    ++line_no;
  }
}

/// A `---` or `...` line after the start begins a second document, which
/// YAML::Load would silently drop.
bool CheckSingleDocument(const std::string& path, const std::string& text, int first_line,
                         Diagnostics* diag) {
  int line_no = first_line;
  size_t pos = 0;
  bool content_seen = false;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line = Trim(std::string_view(text.data() + pos, end - pos));
    bool marker =
        line == "---" || line == "..." || StartsWith(line, "--- ") || StartsWith(line, "... ");
    if (marker && content_seen) {
      diag->Error(path, {line_no, 1},
                  "a second YAML document starts here; a file holds one document");
      return false;
    }
    if (!line.empty() && line[0] != '#' && !(marker && !content_seen)) content_seen = true;
    pos = end + 1;
    ++line_no;
  }
  return true;
}

struct Walker {
  const YamlFile& file;
  Diagnostics* diag;
  size_t nodes = 0;
  bool failed = false;

  void Walk(const YAML::Node& node, int depth) {
    if (failed) return;
    if (++nodes > kMaxNodes) {
      diag->Error(file.path(), file.PositionOf(node),
                  "YAML document expands to more than 100000 values (aliases?); simplify it");
      failed = true;
      return;
    }
    if (depth > kMaxDepth) {
      diag->Error(file.path(), file.PositionOf(node), "YAML is nested more than 64 levels deep");
      failed = true;
      return;
    }
    if (node.IsMap()) {
      std::set<std::string> seen;
      for (const auto& kv : node) {
        std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "";
        if (kv.first.IsScalar() && !seen.insert(key).second) {
          diag->Error(file.path(), file.PositionOf(kv.first),
                      "duplicate key `" + key + "`; each key may appear once");
        }
        Walk(kv.second, depth + 1);
        if (failed) return;
      }
    } else if (node.IsSequence()) {
      for (const auto& item : node) {
        Walk(item, depth + 1);
        if (failed) return;
      }
    }
  }
};

}  // namespace

bool YamlFile::Parse(const std::string& path, const std::string& text, int first_line,
                     Diagnostics* diag, YamlFile* out) {
  // Problems of this document are collected apart, so that other threads'
  // problems never count against it.
  Diagnostics local;
  bool ok = ParseInto(path, text, first_line, &local, out) && !local.HasErrors();
  diag->Append(local);
  return ok;
}

bool YamlFile::ParseInto(const std::string& path, const std::string& text, int first_line,
                         Diagnostics* diag, YamlFile* out) {
  out->path_ = path;
  out->first_line_ = first_line;
  CheckQuotes(path, text, first_line, diag);
  if (!CheckSingleDocument(path, text, first_line, diag)) return false;
  try {
    out->root_ = YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    diag->Error(path, {e.mark.line + first_line, e.mark.column + 1}, "YAML is nested too deeply");
    return false;
  } catch (const YAML::Exception& e) {
    Position pos{first_line, 1};
    if (!e.mark.is_null()) pos = {e.mark.line + first_line, e.mark.column + 1};
    diag->Error(path, pos, "invalid YAML: " + e.msg);
    return false;
  }
  Walker walker{*out, diag};
  walker.Walk(out->root_, 0);
  return true;
}

Position YamlFile::PositionOf(const YAML::Node& node) const {
  YAML::Mark m = node.Mark();
  if (m.is_null()) return {first_line_, 1};
  return {m.line + first_line_, m.column + 1};
}

Fields::Fields(const YamlFile& file, YAML::Node map, Diagnostics* diag)
    : file_(file), map_(std::move(map)), diag_(diag) {}

bool Fields::IsMap(const std::string& what) const {
  if (map_.IsMap()) return true;
  diag_->Error(file_.path(), file_.PositionOf(map_), what + " must be a mapping of `key: value`");
  return false;
}

void Fields::CheckKeys(const std::vector<std::string>& known) const {
  if (!map_.IsMap()) return;
  for (const auto& kv : map_) {
    std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "";
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

bool Fields::Has(const std::string& key) const {
  if (!map_.IsMap()) return false;
  for (const auto& kv : map_) {
    if (kv.first.IsScalar() && kv.first.Scalar() == key) return true;
  }
  return false;
}

YAML::Node Fields::Node(const std::string& key) const {
  if (!map_.IsMap()) return YAML::Node();
  for (const auto& kv : map_) {
    if (kv.first.IsScalar() && kv.first.Scalar() == key) return kv.second;
  }
  return YAML::Node();
}

Position Fields::PositionOf(const std::string& key) const {
  if (map_.IsMap()) {
    for (const auto& kv : map_) {
      if (kv.first.IsScalar() && kv.first.Scalar() == key) return file_.PositionOf(kv.second);
    }
  }
  return file_.PositionOf(map_);
}

void Fields::Missing(const std::string& key) const {
  diag_->Error(file_.path(), file_.PositionOf(map_), "missing required key `" + key + "`");
}

std::optional<std::string> Fields::String(const std::string& key, bool required) const {
  YAML::Node n = Node(key);
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
  diag_->Error(file_.path(), PositionOf(key),
               "`" + key + "` must be a date written YYYY-MM-DD, not `" + *text + "`");
  return std::nullopt;
}

std::vector<std::pair<std::string, Position>> Fields::StringList(const std::string& key) const {
  std::vector<std::pair<std::string, Position>> out;
  YAML::Node n = Node(key);
  if (!n.IsDefined() || n.IsNull()) return out;
  if (!n.IsSequence()) {
    diag_->Error(file_.path(), file_.PositionOf(n),
                 "`" + key + "` must be a list, like `" + key + ": [a, b]`");
    return out;
  }
  for (const auto& item : n) {
    if (!item.IsScalar()) {
      diag_->Error(file_.path(), file_.PositionOf(item), "each item of `" + key + "` must be text");
      continue;
    }
    out.emplace_back(item.Scalar(), file_.PositionOf(item));
  }
  return out;
}

}  // namespace clustersite
