#include "theme/theme.h"

#include <algorithm>
#include <array>

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
    auto tmpl = std::make_unique<kainjow::mustache::mustache>(expanded);
    tmpl->set_custom_escape(HtmlEscape);
    if (!tmpl->is_valid()) {
      diag->Error(shown, {}, "template error: " + tmpl->error_message());
      ok = false;
      continue;
    }
    Template& t = out->templates_[name];
    t.compiled = std::move(tmpl);
    auto fast = std::make_unique<CompiledTemplate>();
    if (fast->Compile(expanded)) t.fast = std::move(fast);
  }
  return ok;
}

namespace {

/// What kainjow writes each rendered line to: appended to one string,
/// rather than through the ostringstream (and its copy out) of its
/// string-returning render.
struct StringSink {
  std::string* out;
  StringSink& operator<<(const std::string& text) {
    out->append(text);
    return *this;
  }
};

}  // namespace

/// kainjow's context, but a dotted name (`t.nav_home`, `page.title`) is cut
/// at its dots in place: kainjow's own context splits it through a
/// stringstream on every lookup, a sixteenth of a build's instructions.
class Theme::Context : public kainjow::mustache::basic_context<std::string> {
 public:
  void push(const MustacheData* data) override { items_.insert(items_.begin(), data); }
  void pop() override { items_.erase(items_.begin()); }

  const MustacheData* get(const std::string& name) const override {
    if (name == ".") return items_.front();
    if (name.find('.') == std::string::npos) return get_partial(name);
    // As kainjow's split: every part between dots, but no empty last one.
    std::vector<std::string_view> parts;
    std::string_view rest = name;
    while (!rest.empty()) {
      size_t dot = rest.find('.');
      parts.push_back(rest.substr(0, dot));
      rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    }
    std::string part;
    for (const MustacheData* item : items_) {
      const MustacheData* var = item;
      for (std::string_view p : parts) {
        part.assign(p);
        if (!(var = var->get(part))) break;
      }
      if (var) return var;
    }
    return nullptr;
  }

  const MustacheData* get_partial(const std::string& name) const override {
    for (const MustacheData* item : items_) {
      if (const MustacheData* var = item->get(name)) return var;
    }
    return nullptr;
  }

 private:
  std::vector<const MustacheData*> items_;
};

void Put(MustacheData& obj, const std::string& key, MustacheData value) {
  if (obj.is_object()) obj[key] = std::move(value);
}

void Append(MustacheData& list, MustacheData item) {
  // kainjow has no way to move into a list, but the vector it hands out as
  // const is its own, allocated non-const: moving into it is well defined.
  if (!list.is_list()) return;
  auto& items = const_cast<kainjow::mustache::list&>(list.list_value());
  if (items.size() == items.capacity()) {
    // kainjow's move constructor is not noexcept, so a growing vector would
    // copy every item (a story card with its body, every page's data) to
    // its new storage. The items are moved into room made first instead.
    kainjow::mustache::list larger;
    larger.reserve(std::max<size_t>(4, 2 * items.size()));
    for (MustacheData& d : items) larger.emplace_back(std::move(d));
    items.swap(larger);
  }
  items.push_back(std::move(item));
}

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
  if (it->second.fast) {
    it->second.fast->Render(layers, &out);
  } else {
    // kainjow's render is not const, but with no partials and no lambdas
    // left it changes nothing in the compiled template, so threads can
    // share it.
    Context ctx;
    for (const MustacheData* layer : layers) ctx.push(layer);
    StringSink sink{&out};
    it->second.compiled->render(ctx, sink);
  }
  it->second.last_added->store(out.size() > inner ? out.size() - inner : 0,
                               std::memory_order_relaxed);
  return out;
}

std::vector<std::string> Theme::UncompiledTemplates() const {
  std::vector<std::string> names;
  for (const auto& [name, t] : templates_) {
    if (!t.fast) names.push_back(name);
  }
  return names;
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
