#pragma once

#include <string>
#include <vector>

#include "theme/template_data.h"

namespace clustersite {

/// A mustache template cut once into what rendering does with it, rendered
/// over TemplateData with exactly kainjow's output (its line handling
/// included), but straight into one string.
///
/// kainjow walks its parsed tree through a std::function a node, copies
/// every variable it writes (an unescaped one too) into a line buffer and
/// hands each line on as a string: a fifth of a build went to that. Here a
/// template is a flat list of nodes, a section knowing where it ends; a name
/// is cut at its dots once; text and variables are appended where they end
/// up, and a line that holds only a section tag and spaces or tabs is taken
/// back when its line end comes, as kainjow drops it.
///
/// Parsing stays kainjow's: a template is compiled here only after kainjow
/// accepted it, so its errors are kainjow's. A partial tag is not handled
/// (the theme expands partials before): Compile refuses it.
class CompiledTemplate {
 public:
  /// Cuts `text`, parsed as kainjow parses it. False when the text has a
  /// partial tag or does not parse; the template is then empty.
  bool Compile(const std::string& text);

  /// Appends the template rendered over `layers` (outermost first: a name is
  /// looked up in the last layer first) to `out`.
  void Render(const std::vector<const TemplateData*>& layers, std::string* out) const;

 private:
  enum class Kind : unsigned char { kText, kNewline, kVariable, kUnescaped, kSection, kInverted };
  struct Node {
    explicit Node(Kind k, std::string written = {}) : kind(k), text(std::move(written)) {}

    Kind kind;
    std::string text;                ///< kText, kNewline: what is written
    std::vector<std::string> parts;  ///< a name, cut at its dots; empty for `.`
    std::vector<uint32_t> tags;      ///< TemplateData::NameTag of each part
    bool self = false;               ///< the name is `.`
    size_t end = 0;                  ///< kSection, kInverted: the node after the section
  };
  struct Parser;
  struct State;

  void RenderNodes(size_t begin, size_t end, State* s) const;
  void RenderSection(const Node& n, size_t begin, const TemplateData* var, State* s) const;
  static const TemplateData* Lookup(const Node& n, const State& s);

  std::vector<Node> nodes_;
};

}  // namespace clustersite
