#include "load/yaml.h"

#include <yaml.h>

#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/text.h"
#include "core/unicode.h"

namespace clustersite {
namespace {

constexpr size_t kMaxDepth = 64;
/// Up to this many keys, a mapping's keys are compared one by one.
constexpr size_t kScannedKeys = 16;

/// Bytes of the line break at `i` as libyaml counts lines (LF, CR, CRLF,
/// NEL, LS, PS), or 0.
size_t BreakLength(std::string_view text, size_t i) {
  if (text[i] == '\n') return 1;
  if (text[i] == '\r') return i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
  std::string_view rest = text.substr(i, 3);
  if (StartsWith(rest, "\xC2\x85")) return 2;
  if (rest == "\xE2\x80\xA8" || rest == "\xE2\x80\xA9") return 3;
  return 0;
}

/// The lines of a YAML text as libyaml numbers them. The table is made the
/// first time a flow value spans lines, which most files never do.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {}

  /// The spaces that indent `line` (0-based), or npos when the line is blank
  /// or, with `comments`, holds only a comment: such lines may be indented less.
  size_t Indent(size_t line, bool comments) {
    Build();
    if (line >= starts_.size()) return std::string::npos;
    size_t p = starts_[line];
    size_t spaces = 0;
    while (p < text_.size() && text_[p] == ' ') ++p, ++spaces;
    while (p < text_.size() && text_[p] == '\t') ++p;
    if (p == text_.size() || BreakLength(text_, p) > 0) return std::string::npos;
    if (comments && text_[p] == '#') return std::string::npos;
    return spaces;
  }

  /// The byte at libyaml's `column` (in characters) of `line`, or '\0'.
  char CharAt(size_t line, size_t column) {
    Build();
    if (line >= starts_.size()) return '\0';
    size_t p = starts_[line];
    for (; column > 0 && p < text_.size(); --column) {
      ++p;  // past a lead byte, then past its continuation bytes
      while (p < text_.size() && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) ++p;
    }
    return p < text_.size() ? text_[p] : '\0';
  }

 private:
  void Build() {
    if (!starts_.empty()) return;
    starts_.push_back(0);
    for (size_t i = 0; i < text_.size();) {
      size_t n = BreakLength(text_, i);
      if (n == 0) {
        ++i;
      } else {
        i += n;
        starts_.push_back(i);
      }
    }
  }

  std::string_view text_;
  std::vector<size_t> starts_;
};

/// Builds YamlNodes from libyaml's events, and holds flow values (quoted
/// texts, `[…]` and `{…}`) to the YAML rule libyaml lets pass: a flow value
/// continued on further lines indents them past the block that holds it.
/// Without the rule an unclosed quote or bracket reads on into the next
/// lines and swallows their keys (`visibility: members` becomes text).
class Builder {
 public:
  Builder(const std::string& path, const std::string& text, int first_line, Diagnostics* diag)
      : path_(path), text_(text), lines_(text), first_line_(first_line), diag_(diag) {}

  bool Build(YamlNode* root) {
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) return Fail({first_line_, 1}, "out of memory");
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text_.data()),
                                 text_.size());
    root->kind = YamlNode::Kind::kNull;
    root->pos = {first_line_, 1};
    bool ok = true;
    int documents = 0;
    while (ok) {
      yaml_event_t event;
      if (!yaml_parser_parse(&parser, &event)) {
        ok = ParserError(parser);
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
        case YAML_MAPPING_START_EVENT:
          ok = Open(event, root);
          break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          Close(event.end_mark);
          break;
        default:
          break;
      }
      yaml_event_delete(&event);
      if (done) break;
    }
    yaml_parser_delete(&parser);
    return ok && !misindented_;
  }

 private:
  /// A mapping or list being read.
  struct Collection {
    YamlNode* node;
    bool expecting_value = false;  ///< of a mapping: a key has been read
    bool flow = false;             ///< written `[…]` or `{…}`
    size_t min_indent = 0;         ///< flow values inside continue on lines indented this much
    yaml_mark_t open{};            ///< of a flow collection: just past its `[` or `{`
    bool reported = false;         ///< a value inside it was misindented
    std::unordered_set<std::string> keys;  ///< of a mapping past kScannedKeys keys
  };

  Position At(const yaml_mark_t& mark) const {
    return {static_cast<int>(mark.line) + first_line_, static_cast<int>(mark.column) + 1};
  }

  bool Fail(Position pos, const std::string& message) {
    diag_->Error(path_, pos, message);
    return false;
  }

  /// libyaml's own error. After a misindented value it only confuses: the
  /// value's error says what to fix.
  bool ParserError(const yaml_parser_t& parser) {
    if (misindented_) return false;
    std::string problem = parser.problem ? parser.problem : "malformed YAML";
    std::string context = parser.context ? parser.context : "";
    if (context == "while scanning a quoted scalar" &&
        problem == "found unexpected end of stream") {
      char quote = lines_.CharAt(parser.context_mark.line, parser.context_mark.column);
      return Fail(At(parser.context_mark),
                  std::string("quoted value is not closed; add the closing `") + quote + "`");
    }
    if (!context.empty()) problem = context + ", " + problem;
    return Fail(At(parser.problem_mark), "invalid YAML: " + problem);
  }

  /// How far flow values continued inside the innermost collection must be
  /// indented: past a block mapping's keys or a block list's `-`.
  size_t MinIndent() const { return stack_.empty() ? 0 : stack_.back().min_indent; }

  /// The first line after `first` up to `last` (0-based) that continues a
  /// flow value with less than `min` spaces of indentation, or npos.
  size_t Misindented(size_t first, size_t last, size_t min, bool comments) {
    if (min == 0) return std::string::npos;
    for (size_t line = first + 1; line <= last; ++line) {
      size_t indent = lines_.Indent(line, comments);
      if (indent != std::string::npos && indent < min) return line;
    }
    return std::string::npos;
  }

  void ReportMisindented(Position pos, const std::string& what, size_t line, char closing) {
    misindented_ = true;
    diag_->Error(path_, pos,
                 what + " runs on into line " + std::to_string(line + first_line_) +
                     ", which is not indented enough to continue it; add the closing `" + closing +
                     "`");
  }

  /// A quoted text that spans lines: each next line must be indented past its block.
  void CheckQuoted(const yaml_event_t& event) {
    const yaml_scalar_style_t style = event.data.scalar.style;
    if (style != YAML_SINGLE_QUOTED_SCALAR_STYLE && style != YAML_DOUBLE_QUOTED_SCALAR_STYLE)
      return;
    size_t line = Misindented(event.start_mark.line, event.end_mark.line, MinIndent(), false);
    if (line == std::string::npos) return;
    ReportMisindented(At(event.start_mark), "quoted value", line,
                      style == YAML_SINGLE_QUOTED_SCALAR_STYLE ? '\'' : '"');
    for (auto it = stack_.rbegin(); it != stack_.rend() && it->flow; ++it) it->reported = true;
  }

  /// Ends the innermost collection; an outermost `[…]` or `{…}` that spans
  /// lines is checked like a quoted text (its comment lines may be indented less).
  void Close(const yaml_mark_t& end) {
    Collection c = std::move(stack_.back());
    stack_.pop_back();
    bool outermost = stack_.empty() || !stack_.back().flow;
    if (!c.flow || !outermost || c.reported) return;
    size_t line = Misindented(c.open.line, end.line, c.min_indent, true);
    if (line == std::string::npos) return;
    bool list = c.node->IsSequence();
    ReportMisindented(
        {static_cast<int>(c.open.line) + first_line_, static_cast<int>(c.open.column)},
        list ? "list" : "mapping", line, list ? ']' : '}');
  }

  /// A scalar, or the start of a mapping or list, placed into the tree.
  bool Open(const yaml_event_t& event, YamlNode* root) {
    YamlNode node;
    node.pos = At(event.start_mark);
    Collection c;
    if (event.type == YAML_SCALAR_EVENT) {
      CheckQuoted(event);
      std::string value(reinterpret_cast<const char*>(event.data.scalar.value),
                        event.data.scalar.length);
      // The text was cleaned as it was read; a double-quoted escape
      // ("\x01", "\uFFFE", "\0") still makes any character.
      ForbiddenCharacters bad = ReplaceForbiddenInMarkup(&value);
      if (bad.count > 0)
        diag_->Warning(path_, node.pos, ForbiddenMessage(bad, " (from an escape)", "value"));
      bool plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
      bool null = plain && (value.empty() || value == "~" || value == "null" || value == "Null" ||
                            value == "NULL");
      node.kind = null ? YamlNode::Kind::kNull : YamlNode::Kind::kScalar;
      node.scalar = std::move(value);
    } else {
      if (stack_.size() >= kMaxDepth)
        return Fail(node.pos, "YAML is nested more than 64 levels deep");
      bool map = event.type == YAML_MAPPING_START_EVENT;
      node.kind = map ? YamlNode::Kind::kMap : YamlNode::Kind::kSequence;
      c.flow = map ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                   : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
      c.open = event.end_mark;
      if (c.flow) {
        c.min_indent = MinIndent();
      } else if (map) {
        c.min_indent = event.end_mark.column + 1;  // the end mark is at the first key
      } else {
        // The start mark is at the first `-`, unless an anchor or tag comes
        // first; then the end mark is at the `-`, or just past it (no looser).
        const auto& seq = event.data.sequence_start;
        bool bare = !seq.anchor && !seq.tag;
        c.min_indent = (bare ? event.start_mark.column : event.end_mark.column) + 1;
      }
    }
    c.node = Place(std::move(node), root);
    if (!c.node) return false;
    if (c.node->IsMap() || c.node->IsSequence()) stack_.push_back(std::move(c));
    return true;
  }

  /// False when `key` is a key of the mapping already. A small mapping is
  /// scanned; a larger one keeps its keys in a hash set, so that a mapping
  /// of 80,000 keys is checked in linear time.
  static bool NewKey(Collection* open, const std::string& key) {
    const std::vector<YamlEntry>& entries = open->node->entries;
    if (entries.size() < kScannedKeys) {
      for (const YamlEntry& e : entries) {
        if (e.first.scalar == key) return false;
      }
      return true;
    }
    if (open->keys.empty()) {
      for (const YamlEntry& e : entries) open->keys.insert(e.first.scalar);
    }
    return open->keys.insert(key).second;
  }

  /// Puts a new node where it belongs: the root, the next item of a list, or
  /// a key or value of a mapping. Returns where it now lives.
  YamlNode* Place(YamlNode node, YamlNode* root) {
    if (stack_.empty()) {
      *root = std::move(node);
      return root;
    }
    Collection& open = stack_.back();
    YamlNode* parent = open.node;
    if (parent->IsSequence()) {
      parent->items.push_back(std::move(node));
      return &parent->items.back();
    }
    if (!open.expecting_value) {
      if (!node.IsScalar() && !node.IsNull()) {
        Fail(node.pos, "a key must be plain text");
        return nullptr;
      }
      if (!NewKey(&open, node.scalar)) {
        Fail(node.pos, "duplicate key `" + node.scalar + "`; each key may appear once");
      }
      parent->entries.push_back({std::move(node), YamlNode()});
      open.expecting_value = true;
      return &parent->entries.back().first;
    }
    open.expecting_value = false;
    parent->entries.back().second = std::move(node);
    return &parent->entries.back().second;
  }

  const std::string& path_;
  const std::string& text_;
  Lines lines_;
  int first_line_;
  Diagnostics* diag_;
  std::vector<Collection> stack_;  ///< open collections, outermost first
  bool misindented_ = false;       ///< a flow value ran on into a line indented too little
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
  Builder builder(path, text, first_line, diag);
  return builder.Build(&out->root_);
}

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
  diag_->Error(file_.path(), PositionOf(key),
               "`" + key + "` must be a date written YYYY-MM-DD, not `" + *text + "`");
  return std::nullopt;
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
