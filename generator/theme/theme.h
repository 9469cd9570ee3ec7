#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "theme/compiled_template.h"
#include "theme/template_check.h"
#include "theme/template_data.h"

namespace clustersite {

using MustacheData = TemplateData;

/// Puts `value` under `key` of the object `obj`. Pass values with
/// std::move: a copy copies the whole tree (a list of cards).
void Put(MustacheData& obj, std::string_view key, MustacheData value);
/// Appends `item` to the list `list` (see Put).
void Append(MustacheData& list, MustacheData item);

/// Builders for Mustache data, so view code reads as a list of fields.
MustacheData Object();
MustacheData List();
/// [{name}] for each text: sectors, interests.
MustacheData NameList(const std::vector<std::string>& names);

/// The templates, static files and UI strings of a theme: the default theme
/// compiled into the binary, overridden file by file by a theme folder.
/// Partials are expanded into the templates when the theme loads and every
/// template is compiled once; at render time nothing is looked up by name,
/// so content data can never be taken for a partial.
class Theme {
 public:
  /// Loads the default theme, then `dir` (may be empty) over it.
  static bool Load(const FileSystem& fs, const std::string& dir, Diagnostics* diag, Theme* out);

  /// Renders template `name`: "home" for templates/home.html, "feed.xml"
  /// for templates/feed.xml (templates may be .html, .xml or .txt).
  /// `inner` is the size of text the output is known to hold (a page's
  /// rendered content inside the layout): the output starts with room for
  /// it and for what the template added around it last time.
  std::string Render(const std::string& name, const MustacheData& data, size_t inner = 0) const;
  /// Renders with `page` looked up first, then `shared`: data common to many
  /// pages (UI strings, the cluster) is built once and never copied per page.
  std::string Render(const std::string& name, const MustacheData& shared, const MustacheData& page,
                     size_t inner = 0) const;
  /// Renders with `page` looked up first, then `middle` (data some pages
  /// share, such as their navigation; may be null), then `shared`.
  std::string Render(const std::string& name, const MustacheData& shared,
                     const MustacheData* middle, const MustacheData& page, size_t inner = 0) const;
  bool HasTemplate(const std::string& name) const { return templates_.count(name) > 0; }
  /// A raw file of the theme by relative path, or nullptr.
  const std::string* File(const std::string& rel) const;
  /// What `make` derives from the theme's files alone, made on the first
  /// call for `key` and kept: the fonts every print document embeds are
  /// encoded once a build, not once a document. Safe from any thread;
  /// `make` must not call Derived itself (the lock is held while it runs).
  const std::string& Derived(const std::string& key,
                             const std::function<std::string()>& make) const;
  /// Relative paths of the files under static/.
  std::vector<std::string> StaticFiles() const;
  /// Relative paths of the HTML templates and partials, for finding where a
  /// link of a page was written.
  std::vector<std::string> TemplateSources() const;
  /// Where file `rel` came from, for diagnostics: "themes/default/…" or the
  /// theme folder's path.
  std::string Origin(const std::string& rel) const;
  /// The theme's files and their origins, for checking templates.
  TemplateFiles Sources() const { return {&files_, &origins_}; }
  /// The file of template `name`: templates/home.html, templates/feed.xml.
  static std::string TemplatePath(const std::string& name);

 private:
  /// `layers` outermost first.
  std::string Render(const std::string& name, const std::vector<const MustacheData*>& layers,
                     size_t inner) const;

  std::map<std::string, std::string> files_;
  std::map<std::string, std::string> origins_;  ///< display path of each file
  /// A compiled template, and what it added last time to the text its
  /// output was known to hold (all of its output when nothing was known):
  /// with that room reserved, a page grows without copying itself again at
  /// every doubling.
  struct Template {
    std::unique_ptr<CompiledTemplate> compiled;
    std::unique_ptr<std::atomic<size_t>> last_added = std::make_unique<std::atomic<size_t>>(0);
  };
  std::map<std::string, Template> templates_;
  struct DerivedFiles {
    std::mutex mu;
    std::map<std::string, std::string> made;  ///< by key; a map keeps references valid
  };
  std::unique_ptr<DerivedFiles> derived_ = std::make_unique<DerivedFiles>();
};

/// HTML-escapes `text` for a `{{variable}}` as kainjow does (`&`, `<`, `>`,
/// `"`, `'`), in runs between the characters that need it.
std::string HtmlEscape(const std::string& text);

/// Appends `text` HTML-escaped as HtmlEscape does to `out`.
void AppendHtmlEscaped(std::string_view text, std::string* out);

/// Expands `{{> name}}` tags in `text` from `partials`, at most `depth`
/// levels deep; a partial that includes itself (directly or not) or a
/// missing partial is an error in `*err`.
bool ExpandPartials(const std::string& text, const std::map<std::string, std::string>& partials,
                    int depth, std::string* out, std::string* err);

}  // namespace clustersite
