#include "theme/template_check.h"

#include <vector>

#include "core/text.h"
#include "theme/i18n.h"
#include "theme/template_scan.h"
#include "theme/template_schema.h"
#include "theme/theme.h"

namespace clustersite {
namespace {

constexpr size_t kMaxPartialDepth = 16;

std::vector<std::string> SplitDots(const std::string& name) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= name.size()) {
    size_t dot = name.find('.', start);
    if (dot == std::string::npos) dot = name.size();
    parts.push_back(name.substr(start, dot - start));
    start = dot + 1;
  }
  return parts;
}

/// Walks a template and the partials it includes, with the schemas of the
/// sections open around each tag.
class Walker {
 public:
  Walker(const TemplateFiles& theme, const TemplateNames& names, Diagnostics* diag)
      : theme_(theme), names_(names), diag_(diag) {
    if (names.schema) frames_.push_back(names.schema);
  }

  bool Walk(const std::string& rel);

 private:
  struct Open {
    const TemplateTag* tag;
    size_t frames;  ///< frames_.size() before it
  };

  bool Fail(const std::string& shown, Position pos, std::string message) {
    diag_->Error(shown, pos, std::move(message));
    return false;
  }
  bool Tag(const std::string& shown, const TemplateTag& tag, std::vector<Open>* open);
  bool Close(const std::string& shown, const TemplateTag& tag, std::vector<Open>* open);
  bool Include(const std::string& shown, const TemplateTag& tag);
  /// The schema `name` resolves to from the innermost frame outward, or nullptr.
  const Schema* Resolve(const std::string& name) const;
  /// Checks a name's tag; returns what its section pushes (nullptr: nothing).
  const Schema* CheckName(const std::string& shown, const TemplateTag& tag);
  std::string Suggestion(const std::string& name) const;

  const TemplateFiles& theme_;
  const TemplateNames& names_;
  Diagnostics* diag_;
  std::vector<const Schema*> frames_;
  std::vector<std::string> includes_;  ///< the partials being walked, outermost first
};

const Schema* Walker::Resolve(const std::string& name) const {
  static const Schema kString{Schema::Kind::kText, {}};
  const std::vector<std::string> parts = SplitDots(name);
  // Innermost section first. NOLINTNEXTLINE(modernize-loop-convert)
  for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
    const Schema* node = *frame;
    for (const std::string& part : parts) {
      if (!node) break;
      if (node->kind == Schema::Kind::kStrings) {
        node = names_.strings && names_.strings->count(part) ? &kString : nullptr;
        continue;
      }
      auto it = node->fields.find(part);
      node = it == node->fields.end() ? nullptr : &it->second;
    }
    if (node) return node;
  }
  return nullptr;
}

std::string Walker::Suggestion(const std::string& name) const {
  std::vector<std::string> candidates;
  const size_t dot = name.rfind('.');
  const std::string prefix = dot == std::string::npos ? "" : name.substr(0, dot + 1);
  if (prefix.empty()) {
    for (const Schema* frame : frames_) {
      for (const auto& [field, _] : frame->fields) candidates.push_back(field);
    }
  } else if (const Schema* parent = Resolve(name.substr(0, dot))) {
    if (parent->kind == Schema::Kind::kStrings && names_.strings) {
      for (const std::string& key : *names_.strings) candidates.push_back(prefix + key);
    }
    for (const auto& [field, _] : parent->fields) candidates.push_back(prefix + field);
  }
  return DidYouMean(name, candidates);
}

const Schema* Walker::CheckName(const std::string& shown, const TemplateTag& tag) {
  static const Schema kNothing;
  if (frames_.empty() || tag.name == ".") return nullptr;
  const Schema* node = Resolve(tag.name);
  const bool section = tag.kind == TemplateTag::Kind::kSection;
  if (!node) {
    std::string what = section || tag.kind == TemplateTag::Kind::kInverted ? "section" : "name";
    std::string message = "unknown " + what + " `" + tag.name + "` in template `" + names_.name +
                          "`, which would render as nothing";
    std::string close = Suggestion(tag.name);
    message += close.empty() ? "; use a name the template's data has (README: Themes)"
                             : "; did you mean `" + close + "`?";
    Fail(shown, tag.pos, std::move(message));
    return section ? &kNothing : nullptr;
  }
  if (tag.kind == TemplateTag::Kind::kUnescaped && node->kind != Schema::Kind::kRaw) {
    Fail(shown, tag.pos,
         "`" + tag.text + "` writes `" + tag.name +
             "` unescaped, but only HTML the generator made (from Markdown) may be written so; "
             "write `{{" +
             tag.name + "}}`");
  }
  if (!section) return nullptr;
  if (node->kind == Schema::Kind::kObject || node->kind == Schema::Kind::kList ||
      node->kind == Schema::Kind::kStrings)
    return node;
  return &kNothing;  // a value: names inside are looked up outside it
}

bool Walker::Include(const std::string& shown, const TemplateTag& tag) {
  const std::string rel = "partials/" + tag.name + ".html";
  if (!theme_.files->count(rel)) {
    return Fail(shown, tag.pos,
                "partial `" + tag.name + "` does not exist: the theme has no `" + rel + "`");
  }
  for (size_t i = 0; i < includes_.size(); ++i) {
    if (includes_[i] != tag.name) continue;
    std::string cycle;
    for (size_t j = i; j < includes_.size(); ++j) cycle += includes_[j] + " → ";
    return Fail(shown, tag.pos,
                "partial `" + tag.name + "` includes itself (" + cycle + tag.name + ")");
  }
  if (includes_.size() >= kMaxPartialDepth) {
    return Fail(shown, tag.pos,
                "partials nest over " + std::to_string(kMaxPartialDepth) + " deep here");
  }
  includes_.push_back(tag.name);
  bool ok = Walk(rel);
  includes_.pop_back();
  return ok;
}

bool Walker::Close(const std::string& shown, const TemplateTag& tag, std::vector<Open>* open) {
  if (open->empty()) {
    return Fail(shown, tag.pos,
                "`" + tag.text + "` closes a section that is not open in this file; remove it");
  }
  const TemplateTag& opened = *open->back().tag;
  if (opened.name != tag.name) {
    return Fail(shown, tag.pos,
                "`" + tag.text + "` closes `" + tag.name + "`, but the section open here is `" +
                    opened.name + "` (line " + std::to_string(opened.pos.line) +
                    "); close sections in the order they open");
  }
  frames_.resize(open->back().frames);
  open->pop_back();
  return true;
}

bool Walker::Tag(const std::string& shown, const TemplateTag& tag, std::vector<Open>* open) {
  switch (tag.kind) {
    case TemplateTag::Kind::kComment:
      return true;
    case TemplateTag::Kind::kDelimiters:
      return Fail(shown, tag.pos,
                  "`" + tag.text +
                      "` changes the tag delimiters, which a theme may not do; "
                      "write every tag with `{{` and `}}`");
    case TemplateTag::Kind::kPartial:
      return Include(shown, tag);
    case TemplateTag::Kind::kClose:
      return Close(shown, tag, open);
    case TemplateTag::Kind::kSection:
    case TemplateTag::Kind::kInverted: {
      open->push_back({&tag, frames_.size()});
      const Schema* inner = CheckName(shown, tag);
      if (inner) frames_.push_back(inner);
      return true;
    }
    default:
      CheckName(shown, tag);
      return true;
  }
}

bool Walker::Walk(const std::string& rel) {
  const std::string& text = theme_.files->at(rel);
  auto origin = theme_.origins->find(rel);
  const std::string& shown = origin == theme_.origins->end() ? rel : origin->second;
  std::vector<TemplateTag> tags;
  Position where;
  std::string error;
  if (!ScanTemplateTags(text, &tags, &where, &error)) return Fail(shown, where, error);
  std::vector<Open> open;
  for (const TemplateTag& tag : tags) {
    if (!Tag(shown, tag, &open)) return false;
  }
  if (!open.empty()) {
    const TemplateTag& tag = *open.back().tag;
    return Fail(shown, tag.pos,
                "section `" + tag.name + "` is never closed in this file; add `{{/" + tag.name +
                    "}}` where it ends");
  }
  return true;
}

}  // namespace

bool CheckTemplate(const TemplateFiles& theme, const std::string& rel, const TemplateNames& names,
                   Diagnostics* diag) {
  const size_t errors = diag->ErrorCount();
  Walker walker(theme, names, diag);
  return walker.Walk(rel) && diag->ErrorCount() == errors;
}

namespace {

/// The UI strings every language of `theme` has.
std::set<std::string> UiStringNames(const Theme& theme) {
  std::set<std::string> common;
  bool first = true;
  for (const auto& [rel, _] : *theme.Sources().files) {
    if (!StartsWith(rel, "i18n/") || !EndsWith(rel, ".yaml")) continue;
    Diagnostics ignored;  // reported where the strings are used
    Strings strings;
    Strings::Load(theme, rel.substr(5, rel.size() - 10), &ignored, &strings);
    std::set<std::string> names = strings.Names();
    if (first) {
      common = std::move(names);
    } else {
      std::erase_if(common, [&](const std::string& n) { return !names.count(n); });
    }
    first = false;
  }
  return common;
}

}  // namespace

bool CheckTemplateNames(const Theme& theme, const std::map<std::string, Schema>& schemas,
                        Diagnostics* diag) {
  const std::set<std::string> strings = UiStringNames(theme);
  bool ok = true;
  for (const auto& [name, schema] : schemas) {
    const std::string rel = Theme::TemplatePath(name);
    if (!theme.File(rel)) continue;
    ok = CheckTemplate(theme.Sources(), rel, TemplateNames{name, &schema, &strings}, diag) && ok;
  }
  return ok;
}

}  // namespace clustersite
