#include "serve/live_pages.h"

#include <kainjow/mustache.hpp>

#include "core/diagnostic_format.h"

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

constexpr const char* kPanel =
    R"html({{#count}}<div id="clustersite-live" role="alert" style="all:initial;position:fixed;z-index:2147483647;{{#errors}}inset:0 0 auto 0;max-height:80vh;{{/errors}}{{^errors}}right:0;bottom:0;max-width:40rem;max-height:50vh;{{/errors}}overflow:auto;background:#fff;color:#1a1a1a;border:3px solid {{color}};font:15px/1.45 system-ui,sans-serif;box-shadow:0 4px 24px rgba(0,0,0,.3)">
<details{{#errors}} open{{/errors}} style="padding:0.75rem 1rem">
<summary style="cursor:pointer;font-weight:bold;color:{{color}}">{{summary}}</summary>
<p style="margin:0.5rem 0">{{note}}</p>
{{#list}}<ol style="margin:0;padding-left:1.5rem;font:13px/1.5 ui-monospace,monospace">
{{#items}}<li style="margin:0.25rem 0;white-space:pre-wrap;overflow-wrap:anywhere{{#error}};color:#a40000{{/error}}">{{text}}</li>
{{/items}}</ol>{{/list}}
</details>
</div>
{{/count}})html";

constexpr const char* kStandalone = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} – clustersite serve</title>
</head>
<body style="font:16px/1.5 system-ui,sans-serif;margin:2rem">
<h1 style="font-size:1.4rem">{{title}}</h1>
<p>{{message}}</p>
)html";

std::string Plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
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

std::string Panel(const std::vector<Diagnostic>& diagnostics, DiagnosticsShown shown) {
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
  d.set("color", errors > 0 ? "#a40000" : "#8a5a00");
  std::string summary = errors > 0 ? "The content has " + Plural(errors, "error", "errors")
                                   : "The content has " + Plural(warnings, "warning", "warnings");
  if (errors > 0 && warnings > 0) summary += " and " + Plural(warnings, "warning", "warnings");
  d.set("summary", summary);
  std::string note = errors > 0 ? "This is the last good build. The page reloads as soon as the "
                                  "content is fixed; "
                                : "The site builds; ";
  note += list ? (errors > 0 ? "the terminal shows the same list." : "these are worth a look.")
               : "the list is shown in the terminal running the preview and on pages opened on "
                 "that machine.";
  d.set("note", note);
  d.set("list", list);
  d.set("items", items);
  return Render(kPanel, d);
}

}  // namespace

std::string LivePage(const std::string& html, const std::string& version,
                     const std::vector<Diagnostic>& diagnostics, DiagnosticsShown shown) {
  std::string extra = Panel(diagnostics, shown) + Script(version);
  size_t body = html.rfind("</body>");
  if (body == std::string::npos) return html + extra;
  return html.substr(0, body) + extra + html.substr(body);
}

std::string StandalonePage(const std::string& title, const std::string& message,
                           const std::string& version, const std::vector<Diagnostic>& diagnostics,
                           DiagnosticsShown shown) {
  data d;
  d.set("title", title);
  d.set("message", message);
  return LivePage(Render(kStandalone, d) + "</body>\n</html>\n", version, diagnostics, shown);
}

}  // namespace clustersite
