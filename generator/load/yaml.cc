#include "load/yaml.h"

#include <yaml.h>

#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/stage_clock.h"
#include "core/text.h"
#include "core/unicode.h"
#include "load/flow_indentation.h"
#include "load/record_list.h"

namespace clustersite {
namespace {

constexpr size_t kMaxDepth = 64;

YamlMark MarkOf(const yaml_mark_t& mark) { return {mark.line, mark.column}; }

/// Builds YamlNodes from libyaml's events, with FlowIndentation holding
/// flow values to the indentation libyaml does not check.
class Builder {
 public:
  /// `each_item`, when given, takes each item of a root list instead of the
  /// list (for `file`, the YamlFile being read).
  Builder(const std::string& path, const std::string& text, int first_line, Diagnostics* diag,
          const YamlFile* file, const YamlFile::ItemVisitor* each_item)
      : path_(path),
        text_(text),
        indentation_(path, text, first_line, diag),
        first_line_(first_line),
        diag_(diag),
        file_(file),
        each_item_(each_item) {}

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
          if (ok && event.type == YAML_SCALAR_EVENT) HandOver(root);
          break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          Close(event.end_mark);
          HandOver(root);
          break;
        default:
          break;
      }
      yaml_event_delete(&event);
      if (done) break;
    }
    yaml_parser_delete(&parser);
    return ok && !indentation_.misindented();
  }

 private:
  /// A mapping or list being read.
  struct Collection {
    YamlNode* node = nullptr;
    bool expecting_value = false;          ///< of a mapping: a key has been read
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
    if (indentation_.misindented()) return false;
    if (TabError(MarkOf(parser.problem_mark))) return false;
    std::string problem = parser.problem ? parser.problem : "malformed YAML";
    std::string context = parser.context ? parser.context : "";
    if (context == "while scanning a quoted scalar" &&
        problem == "found unexpected end of stream") {
      char quote = indentation_.CharAt(MarkOf(parser.context_mark));
      return Fail(At(parser.context_mark),
                  std::string("quoted value is not closed; add the closing `") + quote + "`");
    }
    if (!context.empty()) problem = context + ", " + problem;
    return Fail(At(parser.problem_mark), "invalid YAML: " + problem);
  }

  /// A tab where YAML indents with spaces, at or before `at`, where libyaml
  /// stopped: its message ("found character that cannot start any token")
  /// names no tab. False when there is none.
  bool TabError(YamlMark at) {
    YamlLines& lines = indentation_.lines();
    size_t tab = lines.LeadingTab(at.line);
    const bool starts_line = tab != std::string::npos;
    if (!starts_line) {
      if (lines.CharAt(at) != '\t') return false;
      tab = at.column;  // after a list's `-`
    }
    const std::string column = std::to_string(tab + 1);
    Fail({static_cast<int>(at.line) + first_line_, static_cast<int>(tab) + 1},
         std::string("a tab indents this ") + (starts_line ? "line" : "value") +
             "; YAML indents with spaces — replace the tab at column " + column + " with spaces");
    return true;
  }

  /// With an item visitor: hands a finished item of the root list over
  /// and drops it.
  void HandOver(YamlNode* root) {
    if (!each_item_ || stack_.size() != 1 || stack_.back().node != root || !root->IsSequence() ||
        root->items.empty())
      return;
    (*each_item_)(*file_, root->items.back());
    root->items.pop_back();
  }

  /// Ends the innermost collection.
  void Close(const yaml_mark_t& end) {
    stack_.pop_back();
    indentation_.Close(MarkOf(end));
  }

  /// Tells `indentation_` of a quoted text.
  void CheckQuoted(const yaml_event_t& event) {
    const yaml_scalar_style_t style = event.data.scalar.style;
    if (style != YAML_SINGLE_QUOTED_SCALAR_STYLE && style != YAML_DOUBLE_QUOTED_SCALAR_STYLE)
      return;
    indentation_.Quoted(MarkOf(event.start_mark), MarkOf(event.end_mark),
                        style == YAML_SINGLE_QUOTED_SCALAR_STYLE ? '\'' : '"');
  }

  /// Tells `indentation_` of a mapping or list that starts.
  void OpenCollection(const yaml_event_t& event) {
    bool map = event.type == YAML_MAPPING_START_EVENT;
    bool flow = map ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                    : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
    if (flow) {
      indentation_.OpenFlow(MarkOf(event.end_mark), !map);
    } else if (map) {
      indentation_.OpenBlock(event.end_mark.column + 1);  // the end mark is at the first key
    } else {
      // The start mark is at the first `-`, unless an anchor or tag comes
      // first; then the end mark is at the `-`, or just past it (no looser).
      const auto& seq = event.data.sequence_start;
      bool bare = !seq.anchor && !seq.tag;
      indentation_.OpenBlock((bare ? event.start_mark.column : event.end_mark.column) + 1);
    }
  }

  /// A scalar, or the start of a mapping or list, placed into the tree.
  bool Open(const yaml_event_t& event, YamlNode* root) {
    YamlNode node;
    node.pos = At(event.start_mark);
    if (event.type == YAML_SCALAR_EVENT) {
      CheckQuoted(event);
      std::string value(reinterpret_cast<const char*>(event.data.scalar.value),
                        event.data.scalar.length);
      // The text was cleaned as it was read (ReadSourceFile); only a
      // double-quoted escape ("\x01", "\uFFFE", "\0") makes any character.
      if (event.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) {
        ForbiddenCharacters bad = ReplaceForbiddenInMarkup(&value);
        if (bad.count > 0)
          diag_->Warning(path_, node.pos, ForbiddenMessage(bad, " (from an escape)", "value"));
      }
      bool plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
      bool null = plain && (value.empty() || value == "~" || value == "null" || value == "Null" ||
                            value == "NULL");
      node.kind = null ? YamlNode::Kind::kNull : YamlNode::Kind::kScalar;
      node.scalar = std::move(value);
    } else {
      if (stack_.size() >= kMaxDepth)
        return Fail(node.pos, "YAML is nested more than 64 levels deep");
      node.kind =
          event.type == YAML_MAPPING_START_EVENT ? YamlNode::Kind::kMap : YamlNode::Kind::kSequence;
      // Most mappings are records of a few keys: one allocation, not four.
      if (node.IsMap()) node.entries.reserve(8);
    }
    YamlNode* placed = Place(std::move(node), root);
    if (!placed) return false;
    if (placed->IsMap() || placed->IsSequence()) {
      OpenCollection(event);
      stack_.emplace_back().node = placed;
    }
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
      YamlEntry& entry = parent->entries.emplace_back();
      entry.first = std::move(node);
      open.expecting_value = true;
      return &entry.first;
    }
    open.expecting_value = false;
    parent->entries.back().second = std::move(node);
    return &parent->entries.back().second;
  }

  const std::string& path_;
  const std::string& text_;
  FlowIndentation indentation_;
  int first_line_;
  Diagnostics* diag_;
  const YamlFile* file_;
  const YamlFile::ItemVisitor* each_item_;
  std::vector<Collection> stack_;  ///< open collections, outermost first
};

}  // namespace

bool YamlFile::Parse(const std::string& path, const std::string& text, int first_line,
                     Diagnostics* diag, YamlFile* out) {
  // Problems of this document are collected apart, so that other threads'
  // problems never count against it.
  Diagnostics local;
  bool ok = ParseInto(path, text, first_line, &local, nullptr, nullptr, out) && !local.HasErrors();
  diag->Append(local);
  return ok;
}

bool YamlFile::Parse(const std::string& path, const std::string& text, int first_line,
                     Diagnostics* diag, const ItemVisitor& each_item, const Restart& restart,
                     YamlFile* out) {
  Diagnostics local;
  bool ok =
      ParseInto(path, text, first_line, &local, &each_item, &restart, out) && !local.HasErrors();
  diag->Append(local);
  return ok;
}

bool YamlFile::ParseInto(const std::string& path, const std::string& text, int first_line,
                         Diagnostics* diag, const ItemVisitor* each_item, const Restart* restart,
                         YamlFile* out) {
  StageScope stage(Stage::kYaml);
  out->path_ = path;
  out->first_line_ = first_line;
  // What the caller makes of each item is the model's time, not the YAML's.
  ItemVisitor modelled;
  if (each_item) {
    modelled = [each_item](const YamlFile& file, YamlNode& item) {
      StageScope model(Stage::kModel);
      (*each_item)(file, item);
    };
    // A list of records in its usual shape needs none of libyaml's work.
    out->root_ = YamlNode();
    out->root_.kind = YamlNode::Kind::kSequence;
    bool handed = false;
    auto hand_over = [&](YamlNode& item) {
      handed = true;
      modelled(*out, item);
    };
    if (ReadRecordList(text, first_line, hand_over, &out->root_.pos)) return true;
    if (handed && restart && *restart) (*restart)();
  }
  Builder builder(path, text, first_line, diag, out, each_item ? &modelled : nullptr);
  return builder.Build(&out->root_);
}

}  // namespace clustersite
