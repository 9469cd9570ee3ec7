#include "load/yaml.h"

#include <yaml.h>

#include <set>

#include "core/text.h"
#include "core/unicode.h"

namespace clustersite {
namespace {

constexpr size_t kMaxDepth = 64;

/// Finds quoted values that do not close on their own line. A YAML parser reads
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

/// Builds YamlNodes from libyaml's events.
class Builder {
 public:
  Builder(const std::string& path, int first_line, Diagnostics* diag)
      : path_(path), first_line_(first_line), diag_(diag) {}

  bool Build(const std::string& text, YamlNode* root) {
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) return Fail({first_line_, 1}, "out of memory");
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
    root->kind = YamlNode::Kind::kNull;
    root->pos = {first_line_, 1};
    bool ok = true;
    int documents = 0;
    std::vector<YamlNode*> stack;       // open collections
    std::vector<bool> expecting_value;  // per open mapping: a key has been read
    while (ok) {
      yaml_event_t event;
      if (!yaml_parser_parse(&parser, &event)) {
        Position pos = At(parser.problem_mark);
        std::string msg = parser.problem ? parser.problem : "malformed YAML";
        if (parser.context) msg = std::string(parser.context) + ", " + msg;
        ok = Fail(pos, "invalid YAML: " + msg);
        break;
      }
      Position pos = At(event.start_mark);
      bool done = event.type == YAML_STREAM_END_EVENT;
      switch (event.type) {
        case YAML_DOCUMENT_START_EVENT:
          if (++documents > 1) {
            ok = Fail(pos, "a second YAML document starts here; a file holds one document");
          }
          break;
        case YAML_ALIAS_EVENT:
          ok = Fail(pos, "aliases (`*name`) are not supported; write the value out");
          break;
        case YAML_SCALAR_EVENT:
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
          YamlNode node;
          node.pos = pos;
          if (event.type == YAML_SCALAR_EVENT) {
            std::string value(reinterpret_cast<const char*>(event.data.scalar.value),
                              event.data.scalar.length);
            // The text was cleaned as it was read; a double-quoted escape
            // ("\x01", "\uFFFE", "\0") still makes any character.
            ForbiddenCharacters bad = ReplaceForbiddenInMarkup(&value);
            if (bad.count > 0)
              diag_->Warning(path_, pos, ForbiddenMessage(bad, " (from an escape)", "value"));
            bool plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            bool null = plain && (value.empty() || value == "~" || value == "null" ||
                                  value == "Null" || value == "NULL");
            node.kind = null ? YamlNode::Kind::kNull : YamlNode::Kind::kScalar;
            node.scalar = std::move(value);
          } else {
            node.kind = event.type == YAML_MAPPING_START_EVENT ? YamlNode::Kind::kMap
                                                               : YamlNode::Kind::kSequence;
            if (stack.size() >= kMaxDepth) {
              ok = Fail(pos, "YAML is nested more than 64 levels deep");
              break;
            }
          }
          YamlNode* placed = Place(std::move(node), root, &stack, &expecting_value);
          if (!placed) {
            ok = false;
          } else if (placed->IsMap() || placed->IsSequence()) {
            stack.push_back(placed);
            expecting_value.push_back(false);
          }
          break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          stack.pop_back();
          expecting_value.pop_back();
          break;
        default:
          break;
      }
      yaml_event_delete(&event);
      if (done) break;
    }
    yaml_parser_delete(&parser);
    return ok;
  }

 private:
  Position At(const yaml_mark_t& mark) const {
    return {static_cast<int>(mark.line) + first_line_, static_cast<int>(mark.column) + 1};
  }

  bool Fail(Position pos, const std::string& message) {
    diag_->Error(path_, pos, message);
    return false;
  }

  /// Puts a new node where it belongs: the root, the next item of a list, or
  /// a key or value of a mapping. Returns where it now lives.
  YamlNode* Place(YamlNode node, YamlNode* root, std::vector<YamlNode*>* stack,
                  std::vector<bool>* expecting_value) {
    if (stack->empty()) {
      *root = std::move(node);
      return root;
    }
    YamlNode* parent = stack->back();
    if (parent->IsSequence()) {
      parent->items.push_back(std::move(node));
      return &parent->items.back();
    }
    if (!expecting_value->back()) {
      if (!node.IsScalar() && !node.IsNull()) {
        Fail(node.pos, "a key must be plain text");
        return nullptr;
      }
      for (const YamlEntry& e : parent->entries) {
        if (e.first.scalar == node.scalar) {
          Fail(node.pos, "duplicate key `" + node.scalar + "`; each key may appear once");
          break;
        }
      }
      parent->entries.push_back({std::move(node), YamlNode()});
      expecting_value->back() = true;
      return &parent->entries.back().first;
    }
    expecting_value->back() = false;
    parent->entries.back().second = std::move(node);
    return &parent->entries.back().second;
  }

  const std::string& path_;
  int first_line_;
  Diagnostics* diag_;
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
  // After an unclosed quote the parser's own errors only confuse.
  Diagnostics quotes;
  CheckQuotes(path, text, first_line, &quotes);
  diag->Append(quotes);
  if (quotes.HasErrors()) return false;
  Builder builder(path, first_line, diag);
  return builder.Build(text, &out->root_);
}

Fields::Fields(const YamlFile& file, const YamlNode& map, Diagnostics* diag)
    : file_(file), map_(map), diag_(diag) {}

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
    out.emplace_back(item.Scalar(), file_.PositionOf(item));
  }
  return out;
}

}  // namespace clustersite
