#include "theme/theme.h"

#include <algorithm>
#include <array>
#include <kainjow/mustache.hpp>

#include "core/stage_clock.h"
#include "core/text.h"
#include "theme/default_theme.h"
#include "theme/template_check.h"

namespace clustersite {
namespace {

constexpr int kMaxPartialDepth = 16;

void ReadDir(const FileSystem& fs, const std::string& root, const std::string& rel, int depth,
             Diagnostics* diag, std::map<std::string, std::string>* files) {
  auto entries = fs.List(JoinPath(root, rel));
  if (!entries || depth > 8) return;
  for (const DirEntry& e : *entries) {
    if (StartsWith(e.name, ".")) continue;
    std::string path = JoinPath(rel, e.name);
    if (e.kind == EntryKind::kDirectory) {
      ReadDir(fs, root, path, depth + 1, diag, files);
    } else if (e.kind == EntryKind::kFile) {
      std::string text, err;
      if (fs.Read(JoinPath(root, path), 16 * 1024 * 1024, &text, &err)) {
        (*files)[path] = std::move(text);
      } else {
        diag->Error(JoinPath(root, path), {}, err);
      }
    } else if (e.kind == EntryKind::kSymlink) {
      diag->Error(JoinPath(root, path), {},
                  "is a symbolic link; clustersite reads only real files of a theme folder");
    } else {
      diag->Error(JoinPath(root, path), {}, kNotRegularFile);
    }
  }
}

}  // namespace

bool ExpandPartials(const std::string& text, const std::map<std::string, std::string>& partials,
                    int depth, std::string* out, std::string* err) {
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{>", pos);
    if (open == std::string::npos) {
      out->append(text, pos, std::string::npos);
      return true;
    }
    size_t close = text.find("}}", open);
    if (close == std::string::npos) {
      *err = "unclosed partial tag";
      return false;
    }
    out->append(text, pos, open - pos);
    std::string name(Trim(std::string_view(text).substr(open + 3, close - open - 3)));
    auto it = partials.find(name);
    if (it == partials.end()) {
      *err = "partial `" + name + "` does not exist";
      return false;
    }
    if (depth >= kMaxPartialDepth) {
      *err = "partial `" + name + "` includes itself (or partials nest over " +
             std::to_string(kMaxPartialDepth) + " deep)";
      return false;
    }
    if (!ExpandPartials(it->second, partials, depth + 1, out, err)) return false;
    pos = close + 2;
  }
}

namespace {

/// The name a template is rendered by: "home" for templates/home.html,
/// "feed.xml" for templates/feed.xml; "" for a file that is no template.
std::string TemplateName(const std::string& path) {
  if (!StartsWith(path, "templates/")) return "";
  std::string name = path.substr(10);
  if (EndsWith(name, ".html")) return name.substr(0, name.size() - 5);
  if (EndsWith(name, ".xml") || EndsWith(name, ".txt")) return name;
  return "";
}

}  // namespace

bool Theme::Load(const FileSystem& fs, const std::string& dir, Diagnostics* diag, Theme* out) {
  for (const EmbeddedFile& f : DefaultThemeFiles()) out->files_[f.path] = std::string(f.contents);
  for (const auto& [path, _] : out->files_) out->origins_[path] = JoinPath("themes/default", path);
  if (!dir.empty()) {
    if (fs.Kind(dir) != EntryKind::kDirectory) {
      diag->Error(dir, {}, "theme folder not found");
      return false;
    }
    std::map<std::string, std::string> own;
    ReadDir(fs, dir, "", 0, diag, &own);
    for (auto& [path, text] : own) {
      out->origins_[path] = JoinPath(dir, path);
      out->files_[path] = std::move(text);
    }
  }
  std::map<std::string, std::string> partials;
  for (const auto& [path, text] : out->files_) {
    if (StartsWith(path, "partials/") && EndsWith(path, ".html")) {
      partials[path.substr(9, path.size() - 14)] = text;
    }
  }
  bool ok = true;
  for (const auto& [path, text] : out->files_) {
    std::string name = TemplateName(path);
    if (name.empty()) continue;
    std::string expanded, err;
    const std::string& shown = out->origins_[path];
    if (!CheckTemplate(out->Sources(), path, TemplateNames{}, diag)) {
      ok = false;
      continue;
    }
    if (!ExpandPartials(text, partials, 0, &expanded, &err)) {
      diag->Error(shown, {}, err);
      ok = false;
      continue;
    }
    // kainjow parses the template: its errors are the ones a theme's
    // author gets. CompiledTemplate renders it.
    kainjow::mustache::mustache parsed(expanded);
    if (!parsed.is_valid()) {
      diag->Error(shown, {}, "template error: " + parsed.error_message());
      ok = false;
      continue;
    }
    // What kainjow parses and the check lets through (no partial tag is
    // left, no delimiter changed) compiles.
    auto compiled = std::make_unique<CompiledTemplate>();
    if (!compiled->Compile(expanded)) {
      diag->Error(shown, {}, "template error: the template does not compile");
      ok = false;
      continue;
    }
    out->templates_[name].compiled = std::move(compiled);
  }
  return ok;
}

void Put(MustacheData& obj, std::string_view key, MustacheData value) {
  obj.Set(key, std::move(value));
}

void Append(MustacheData& list, MustacheData item) { list.Add(std::move(item)); }

MustacheData Object() { return MustacheData(MustacheData::type::object); }
MustacheData List() { return MustacheData(MustacheData::type::list); }

MustacheData NameList(const std::vector<std::string>& names) {
  MustacheData list = List();
  for (const std::string& n : names) {
    MustacheData item = Object();
    Put(item, "name", n);
    Append(list, std::move(item));
  }
  return list;
}

namespace {

/// The characters `{{variable}}` escapes, by byte.
constexpr std::array<bool, 256> kHtmlSpecial = ByteSet("&<>\"'");

/// The first character at or after `from` that needs escaping, or npos.
/// A byte at a time through a table: find_first_of calls memchr over the
/// five characters for every byte of the text, and pages are mostly text.
size_t FindHtmlSpecial(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    if (kHtmlSpecial[static_cast<unsigned char>(text[i])]) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string HtmlEscape(const std::string& text) {
  const size_t first = FindHtmlSpecial(text, 0);
  if (first == std::string_view::npos) return text;
  std::string out;
  out.reserve(text.size() + 16);
  AppendHtmlEscaped(text, &out);
  return out;
}

void AppendHtmlEscaped(std::string_view text, std::string* out) {
  size_t done = 0;
  for (size_t at = FindHtmlSpecial(text, 0); at != std::string_view::npos;
       at = FindHtmlSpecial(text, at + 1)) {
    out->append(text, done, at - done);
    switch (text[at]) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        *out += "&quot;";
        break;
      default:
        *out += "&apos;";
        break;
    }
    done = at + 1;
  }
  out->append(text, done);
}

std::string Theme::Render(const std::string& name, const MustacheData& data, size_t inner) const {
  return Render(name, std::vector<const MustacheData*>{&data}, inner);
}

std::string Theme::Render(const std::string& name, const MustacheData& shared,
                          const MustacheData& page, size_t inner) const {
  return Render(name, std::vector<const MustacheData*>{&shared, &page}, inner);
}

std::string Theme::Render(const std::string& name, const MustacheData& shared,
                          const MustacheData* middle, const MustacheData& page,
                          size_t inner) const {
  std::vector<const MustacheData*> layers{&shared};
  if (middle) layers.push_back(middle);
  layers.push_back(&page);
  return Render(name, layers, inner);
}

std::string Theme::Render(const std::string& name, const std::vector<const MustacheData*>& layers,
                          size_t inner) const {
  StageScope stage(Stage::kTemplates);
  std::string out;
  auto it = templates_.find(name);
  if (it == templates_.end()) return out;
  // What a template adds moves a little from one output to the next (a
  // longer title, one more link): a quarter more, so a near miss is no copy.
  const size_t added = it->second.last_added->load(std::memory_order_relaxed);
  out.reserve(inner + added + added / 4);
  it->second.compiled->Render(layers, &out);
  it->second.last_added->store(out.size() > inner ? out.size() - inner : 0,
                               std::memory_order_relaxed);
  return out;
}

const std::string& Theme::Derived(const std::string& key,
                                  const std::function<std::string()>& make) const {
  std::lock_guard<std::mutex> lock(derived_->mu);
  auto it = derived_->made.find(key);
  if (it == derived_->made.end()) it = derived_->made.emplace(key, make()).first;
  return it->second;
}

const std::string* Theme::File(const std::string& rel) const {
  auto it = files_.find(rel);
  return it == files_.end() ? nullptr : &it->second;
}

std::string Theme::Origin(const std::string& rel) const {
  auto it = origins_.find(rel);
  return it == origins_.end() ? rel : it->second;
}

std::vector<std::string> Theme::TemplateSources() const {
  std::vector<std::string> out;
  for (const auto& [path, _] : files_) {
    if ((StartsWith(path, "templates/") || StartsWith(path, "partials/")) &&
        EndsWith(path, ".html"))
      out.push_back(path);
  }
  return out;
}

std::string Theme::TemplatePath(const std::string& name) {
  return "templates/" + name + (name.find('.') == std::string::npos ? ".html" : "");
}

std::vector<std::string> Theme::StaticFiles() const {
  std::vector<std::string> out;
  for (const auto& [path, _] : files_) {
    if (StartsWith(path, "static/")) out.push_back(path);
  }
  return out;
}

}  // namespace clustersite
