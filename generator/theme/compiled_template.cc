#include "theme/compiled_template.h"

#include <cctype>
#include <string_view>

#include "theme/theme.h"

namespace clustersite {

namespace {

using Data = TemplateData;

/// kainjow's trim: spaces as isspace has them, at both ends.
std::string Trim(std::string_view s) {
  size_t begin = 0, end = s.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(s[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(s[end - 1]))) --end;
  return std::string(s.substr(begin, end - begin));
}

/// kainjow's check of a set-delimiter tag's contents (`=<% %>=`): on
/// success the new delimiters are in `begin` and `end`.
bool ParseSetDelimiter(const std::string& contents, std::string* begin, std::string* end) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  const std::string inner = Trim(std::string_view(contents).substr(1, contents.size() - 2));
  const size_t space = inner.find(' ');
  if (space == std::string::npos) return false;
  const size_t rest = inner.find_first_not_of(' ', space + 1);
  if (rest == std::string::npos) return false;
  std::string b = inner.substr(0, space), e = inner.substr(rest);
  for (const std::string* d : {&b, &e}) {
    for (char c : *d) {
      if (c == '=' || std::isspace(static_cast<unsigned char>(c))) return false;
    }
  }
  *begin = std::move(b);
  *end = std::move(e);
  return true;
}

bool OnlySpacesAndTabs(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

}  // namespace

struct CompiledTemplate::State {
  std::vector<const Data*> stack;  ///< the innermost last
  std::string* out;
  size_t line_start;         ///< where the line being written starts in `out`
  bool section_tag = false;  ///< the line holds a section tag (kainjow's flag)

  /// kainjow's end of a line: one that holds a section tag and nothing but
  /// spaces and tabs is dropped with its line end.
  void EndLine(const std::string* newline) {
    if (section_tag && OnlySpacesAndTabs(std::string_view(*out).substr(line_start))) {
      out->resize(line_start);
    } else if (newline) {
      out->append(*newline);
    }
    line_start = out->size();
    section_tag = false;
  }
};

/// Reads a template as kainjow's parser does, into `nodes`.
struct CompiledTemplate::Parser {
  Parser(const std::string& text, std::vector<Node>* out) : input(text), nodes(out) {}

  const std::string& input;
  std::vector<Node>* nodes;
  std::string begin = "{{", end = "}}";
  bool brace = true;         ///< the delimiters are kainjow's default (`{{{` then opens a tag)
  bool text_open = false;    ///< the last node is text that more text joins
  std::vector<size_t> open;  ///< the sections not closed yet
  std::vector<std::string> open_names;

  /// Reads what starts at `pos`: a tag, a line end or text. npos when the
  /// template does not compile.
  size_t Next(size_t pos) {
    if (input.compare(pos, begin.size(), begin) == 0) return Tag(pos);
    const char c = input[pos];
    if (c == '\r' || c == '\n') {
      const size_t n = c == '\r' && pos + 1 < input.size() && input[pos + 1] == '\n' ? 2 : 1;
      nodes->emplace_back(Kind::kNewline, input.substr(pos, n));
      text_open = false;
      return pos + n;
    }
    // Text runs to the next line end or possible tag.
    size_t next = pos + 1;
    while (next < input.size() && input[next] != '\r' && input[next] != '\n' &&
           input[next] != begin[0])
      ++next;
    if (text_open) {
      nodes->back().text.append(input, pos, next - pos);
    } else {
      nodes->emplace_back(Kind::kText, input.substr(pos, next - pos));
      text_open = true;
    }
    return next;
  }

  size_t Tag(size_t pos) {
    const size_t size = input.size();
    const bool triple = brace && pos != size - 2 && input[pos + begin.size()] == '{';
    const std::string closing = triple ? "}}}" : end;
    const size_t contents_at = pos + begin.size() + (triple ? 1 : 0);
    const size_t tag_end = input.find(closing, contents_at);
    if (tag_end == std::string::npos) return std::string::npos;
    const std::string contents =
        Trim(std::string_view(input).substr(contents_at, tag_end - contents_at));
    if (!contents.empty() && contents[0] == '=') {
      if (!ParseSetDelimiter(contents, &begin, &end)) return std::string::npos;
      brace = begin == "{{" && end == "}}";
    } else if (!AddTag(contents, triple)) {
      return std::string::npos;
    }
    return tag_end + closing.size();
  }

  bool AddTag(const std::string& contents, bool triple) {
    const bool marked = !triple && !contents.empty() &&
                        std::string_view("#^/>&!").find(contents[0]) != std::string_view::npos;
    const char sigil = marked ? contents[0] : '\0';
    const std::string name = marked ? Trim(std::string_view(contents).substr(1)) : contents;
    Kind kind = triple ? Kind::kUnescaped : Kind::kVariable;
    switch (sigil) {
      case '>':
        return false;  // partials are expanded before
      case '!':
        return true;  // a comment writes nothing
      case '/':
        if (open.empty() || open_names.back() != name) return false;
        (*nodes)[open.back()].end = nodes->size();
        open.pop_back();
        open_names.pop_back();
        text_open = false;
        return true;
      case '#':
        kind = Kind::kSection;
        break;
      case '^':
        kind = Kind::kInverted;
        break;
      case '&':
        kind = Kind::kUnescaped;
        break;
      default:
        break;
    }
    if (kind == Kind::kSection || kind == Kind::kInverted) {
      open.push_back(nodes->size());
      open_names.push_back(name);
    }
    nodes->push_back(Named(kind, name));
    text_open = false;
    return true;
  }

  static Node Named(Kind kind, const std::string& name) {
    Node node(kind);
    if (name == ".") {
      node.self = true;
      return node;
    }
    // As the theme's context cuts a name: every part between dots, but no
    // empty last one.
    std::string_view rest = name;
    do {
      const size_t dot = rest.find('.');
      node.parts.emplace_back(rest.substr(0, dot));
      rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    } while (!rest.empty());
    for (const std::string& part : node.parts) node.tags.push_back(TemplateData::NameTag(part));
    return node;
  }
};

bool CompiledTemplate::Compile(const std::string& text) {
  nodes_.clear();
  Parser parser(text, &nodes_);
  size_t pos = 0;
  while (pos < text.size()) pos = parser.Next(pos);
  if (pos == std::string::npos || !parser.open.empty()) {
    nodes_.clear();
    return false;
  }
  return true;
}

const Data* CompiledTemplate::Lookup(const Node& n, const State& s) {
  if (n.self) return s.stack.back();
  for (size_t i = s.stack.size(); i-- > 0;) {
    const Data* var = s.stack[i];
    for (size_t p = 0; p < n.parts.size(); ++p) {
      if (!(var = var->get(n.parts[p], n.tags[p]))) break;
    }
    if (var) return var;
  }
  return nullptr;
}

void CompiledTemplate::RenderSection(const Node& n, size_t begin, const Data* var, State* s) const {
  if (var && var->is_non_empty_list()) {
    for (const Data& item : var->list_value()) {
      s->section_tag = true;
      s->stack.push_back(&item);
      RenderNodes(begin, n.end, s);
      s->stack.pop_back();
      s->section_tag = true;
    }
    return;
  }
  s->section_tag = true;
  if (var) s->stack.push_back(var);
  RenderNodes(begin, n.end, s);
  if (var) s->stack.pop_back();
  s->section_tag = true;
}

void CompiledTemplate::RenderNodes(size_t begin, size_t end, State* s) const {
  for (size_t i = begin; i < end;) {
    const Node& n = nodes_[i];
    switch (n.kind) {
      case Kind::kText:
        s->out->append(n.text);
        ++i;
        break;
      case Kind::kNewline:
        s->EndLine(&n.text);
        ++i;
        break;
      case Kind::kVariable:
      case Kind::kUnescaped:
        if (const Data* var = Lookup(n, *s); var && var->is_string()) {
          if (n.kind == Kind::kVariable) {
            AppendHtmlEscaped(var->string_value(), s->out);
          } else {
            s->out->append(var->string_value());
          }
        }
        ++i;
        break;
      case Kind::kSection: {
        const Data* var = Lookup(n, *s);
        if (var && !var->is_false() && !var->is_empty_list()) {
          RenderSection(n, i + 1, var, s);
        }
        i = n.end;
        break;
      }
      case Kind::kInverted: {
        const Data* var = Lookup(n, *s);
        if (!var || var->is_false() || var->is_empty_list()) RenderSection(n, i + 1, var, s);
        i = n.end;
        break;
      }
    }
  }
}

void CompiledTemplate::Render(const std::vector<const Data*>& layers, std::string* out) const {
  State s{layers, out, out->size()};
  RenderNodes(0, nodes_.size(), &s);
  s.EndLine(nullptr);
}

}  // namespace clustersite
