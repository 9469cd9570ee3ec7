#include "serve/live_pages.h"

#include <kainjow/mustache.hpp>

#include "core/diagnostic_format.h"
#include "core/text.h"
#include "model/closed_sets.h"
#include "theme/i18n.h"

namespace clustersite {
namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

/// Reloads the page when the event stream sends another version; after a
/// lost connection (the server restarting) it connects again, and a new
/// server's version differs, so the page reloads then too.
constexpr const char* kScript = R"html(<script>
(function () {
  var version = "{{version}}";
  function connect() {
    var events = new EventSource("{{events}}");
    events.onmessage = function (e) { if (e.data !== version) location.reload(); };
    events.onerror = function () { events.close(); setTimeout(connect, 1000); };
  }
  connect();
})();
</script>
)html";

/// The panel's looks, in one style element whose text never changes, so
/// that the preview's Content-Security-Policy allows it by its hash and no
/// element needs a `style` attribute.
constexpr const char* kPanelStyle =
    R"css(<style>
#clustersite-live{all:initial;position:fixed;z-index:2147483647;right:0;bottom:0;max-width:40rem;max-height:50vh;overflow:auto;background:#fff;color:#1a1a1a;border:3px solid #8a5a00;font:15px/1.45 system-ui,sans-serif;box-shadow:0 4px 24px rgba(0,0,0,.3)}
#clustersite-live.has-errors{inset:0 0 auto 0;max-width:none;max-height:80vh;border-color:#a40000}
#clustersite-live details{padding:0.75rem 1rem}
#clustersite-live summary{cursor:pointer;font-weight:bold;color:#8a5a00}
#clustersite-live.has-errors summary{color:#a40000}
#clustersite-live p{margin:0.5rem 0}
#clustersite-live ol{margin:0;padding-left:1.5rem;font:13px/1.5 ui-monospace,monospace}
#clustersite-live li{margin:0.25rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
#clustersite-live li.is-error{color:#a40000}
</style>
)css";

constexpr const char* kPanel =
    R"html({{#count}}<div id="clustersite-live" lang="{{lang}}" role="alert"{{#errors}} class="has-errors"{{/errors}}>
<details{{#errors}} open{{/errors}}>
<summary>{{summary}}</summary>
<p>{{note}}</p>
{{#list}}<ol lang="en">
{{#items}}<li{{#error}} class="is-error"{{/error}}>{{text}}</li>
{{/items}}</ol>{{/list}}
</details>
</div>
{{/count}})html";

constexpr const char* kStandalone = R"html(<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} – clustersite serve</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem}h1{font-size:1.4rem}</style>
</head>
<body>
<h1>{{title}}</h1>
<p>{{message}}</p>
)html";

/// The word `key`_one or `key`_many of `lang` for `n`, `{count}` filled in.
std::string Counted(const LiveWords& words, const std::string& lang, const std::string& key,
                    size_t n) {
  std::string text = words.Get(lang, key + (n == 1 ? "_one" : "_many"));
  size_t at = text.find("{count}");
  if (at != std::string::npos) text.replace(at, 7, std::to_string(n));
  return text;
}

std::string Render(const char* tmpl, const data& d) {
  mustache m{std::string(tmpl)};
  return m.render(d);
}

std::string Script(const std::string& version) {
  data d;
  d.set("version", version);
  d.set("events", kEventsPath);
  return Render(kScript, d);
}

/// A diagnostic as the terminal shows it, with the source line and the
/// hint below it; without colours, and escaped as every other text.
std::string PanelText(const Diagnostic& diag) {
  DiagnosticStyle style;
  style.source = true;
  std::string text = FormatDiagnostic(diag, style);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

std::string Panel(const std::vector<Diagnostic>& diagnostics, DiagnosticsShown shown,
                  const LiveWords& words, const std::string& lang) {
  bool list = shown == DiagnosticsShown::kList;
  size_t errors = 0;
  data items = data::type::list;
  for (const Diagnostic& diag : diagnostics) {
    bool error = diag.severity == Severity::kError;
    errors += error;
    if (!list) continue;
    data item;
    item.set("text", PanelText(diag));
    item.set("error", error);
    items.push_back(item);
  }
  size_t warnings = diagnostics.size() - errors;
  data d;
  d.set("count", !diagnostics.empty());
  d.set("errors", errors > 0);
  std::string summary = errors > 0 ? Counted(words, lang, "serve_errors", errors)
                                   : Counted(words, lang, "serve_warnings", warnings);
  if (errors > 0 && warnings > 0) summary += Counted(words, lang, "serve_and_warnings", warnings);
  d.set("summary", summary);
  d.set("lang", lang);
  d.set("note", words.Get(lang, errors > 0 ? "serve_note_errors" : "serve_note_warnings") + " " +
                    words.Get(lang, !list        ? "serve_list_elsewhere"
                                    : errors > 0 ? "serve_list_errors"
                                                 : "serve_list_warnings"));
  d.set("list", list);
  d.set("items", items);
  return diagnostics.empty() ? "" : kPanelStyle + Render(kPanel, d);
}

/// Puts the `serve_` strings of each language of `theme` into `words`.
void AddWords(const Theme& theme, LiveWords* words) {
  for (const std::string& lang : AcceptedNames<Language>()) {
    Diagnostics ignored;  // the pages' build reports problems of the strings
    Strings strings;
    if (!Strings::Load(theme, lang, &ignored, &strings)) continue;
    for (const std::string& key : strings.Names()) {
      if (StartsWith(key, "serve_")) words->by_lang[lang][key] = strings.Get(key);
    }
  }
}

}  // namespace

std::string LiveWords::Get(const std::string& lang, const std::string& key) const {
  for (const std::string& l : {lang, portal_lang, std::string("en")}) {
    auto strings = by_lang.find(l);
    if (strings == by_lang.end()) continue;
    auto it = strings->second.find(key);
    if (it != strings->second.end()) return it->second;
  }
  return key;
}

LiveWords LoadLiveWords(const Theme& theme, const std::string& portal_lang) {
  LiveWords words = DefaultLiveWords();
  AddWords(theme, &words);
  words.portal_lang = portal_lang;
  return words;
}

const LiveWords& DefaultLiveWords() {
  static const LiveWords words = [] {
    Theme theme;
    Diagnostics ignored;
    Theme::Load(MemoryFileSystem(), "", &ignored, &theme);
    LiveWords w;
    AddWords(theme, &w);
    return w;
  }();
  return words;
}

std::string PageLanguage(const std::string& html) {
  size_t tag = html.find("<html");
  size_t end = tag == std::string::npos ? tag : html.find('>', tag);
  if (end == std::string::npos) return "";
  size_t at = html.find(" lang=\"", tag);
  if (at == std::string::npos || at > end) return "";
  at += 7;
  size_t close = html.find('"', at);
  return close == std::string::npos || close > end ? "" : html.substr(at, close - at);
}

std::string LivePage(const std::string& html, const std::string& version,
                     const std::vector<Diagnostic>& diagnostics, DiagnosticsShown shown,
                     const LiveWords& words) {
  std::string lang = PageLanguage(html);
  if (lang.empty()) lang = words.portal_lang;
  std::string extra = Panel(diagnostics, shown, words, lang) + Script(version);
  size_t body = html.rfind("</body>");
  if (body == std::string::npos) return html + extra;
  return html.substr(0, body) + extra + html.substr(body);
}

std::string StandalonePage(const std::string& title, const std::string& message,
                           const std::string& version, const std::vector<Diagnostic>& diagnostics,
                           DiagnosticsShown shown, const LiveWords& words) {
  data d;
  d.set("title", title);
  d.set("message", message);
  d.set("lang", words.portal_lang);
  return LivePage(Render(kStandalone, d) + "</body>\n</html>\n", version, diagnostics, shown,
                  words);
}

}  // namespace clustersite
