// clustersite: argv → options → library call → exit code.

#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "build.h"
#include "core/diagnostic_format.h"
#include "core/unicode.h"
#include "core/url.h"
#include "document/print.h"
#include "markdown/markdown.h"
#include "scaffold/scaffold.h"
#include "serve/serve.h"

namespace {

using clustersite::Audience;

/// How every command reports: set from the command line before it runs.
clustersite::ReportOptions reporting;

/// The diagnostics options as given, before the terminal is asked.
struct ReportingArgs {
  std::string format = "text";
  bool no_source = false;
};
ReportingArgs reporting_args;

/// `--diagnostics-format`, `--no-source`, `--warnings-as-errors`, `-q` and
/// `-v`, on `cmd` and each of its subcommands.
void AddReporting(CLI::App* cmd) {
  cmd->add_option("--diagnostics-format", reporting_args.format,
                  "text (default), or json: one JSON object a line on stdout")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_flag("--no-source", reporting_args.no_source,
                "each diagnostic on one line, without its source line (as when stderr is not a "
                "terminal, or NO_COLOR is set)");
  cmd->add_flag("--warnings-as-errors", reporting.warnings_as_errors,
                "a warning fails the command, as an error does");
  CLI::Option* quiet =
      cmd->add_flag("-q,--quiet", reporting.quiet, "errors only: no warnings, no summary");
  cmd->add_flag("-v,--verbose", reporting.verbose, "more: the time each stage and cluster took")
      ->excludes(quiet);
  for (CLI::App* sub : cmd->get_subcommands({})) AddReporting(sub);
}

/// The style the terminal allows: the source lines and colours only on a
/// terminal, without NO_COLOR (https://no-color.org) and --no-source.
clustersite::DiagnosticStyle TerminalStyle() {
  clustersite::DiagnosticStyle style;
  const char* no_color = std::getenv("NO_COLOR");
  const bool plain = (no_color && *no_color) || !isatty(STDERR_FILENO);
  if (reporting_args.format == "json") style.format = clustersite::DiagnosticsFormat::kJson;
  style.color = !plain;
  style.source = !plain && !reporting_args.no_source;
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) style.width = size.ws_col;
  return style;
}

/// Diagnostics go to stderr, or as JSON to stdout, where nothing else is written.
std::ostream& DiagnosticsOut() {
  return reporting.style.format == clustersite::DiagnosticsFormat::kJson ? std::cout : std::cerr;
}

/// A new collection of diagnostics, with warnings made errors when asked.
void Configure(clustersite::Diagnostics* diag) {
  if (reporting.warnings_as_errors) diag->TreatWarningsAsErrors();
}

void PrintDiagnostics(const clustersite::Diagnostics& diag) {
  std::vector<clustersite::Diagnostic> list = diag.Sorted();
  if (reporting.style.source) clustersite::ReadSourceLines(clustersite::RealFileSystem(), &list);
  DiagnosticsOut() << clustersite::FormatDiagnostics(list, reporting) << std::flush;
}

/// A line of a summary, left out with -q.
std::ostream& Say() {
  static std::ostream none(nullptr);
  return reporting.quiet ? none : std::cerr;
}

std::string Summary(const clustersite::Diagnostics& diag) {
  std::string s =
      std::to_string(diag.ErrorCount()) + (diag.ErrorCount() == 1 ? " error" : " errors");
  if (diag.WarningCount() > 0)
    s += ", " + std::to_string(diag.WarningCount()) +
         (diag.WarningCount() == 1 ? " warning" : " warnings");
  return s;
}

/// "a, b or c": the names of a closed set, for help texts.
std::string OrList(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

/// `--audience`: one of the audiences the command line offers, by their
/// table (model/closed_sets.h).
void AddAudience(CLI::App* cmd, Audience* audience) {
  const std::vector<std::string> names = clustersite::AcceptedNames<Audience>();
  cmd->add_option_function<std::string>(
         "--audience",
         [audience](const std::string& name) {
           *audience = clustersite::FromName<Audience>(name).value_or(Audience::kPublic);
         },
         "who the site is for: " + OrList(names))
      ->check(CLI::IsMember(names));
}

/// `--base-url`, refused by the parser unless it is a usable base URL (see BaseUrlProblem).
void AddBaseUrl(CLI::App* cmd, std::string* url,
                const char* help = "absolute URL the site is published at") {
  cmd->add_option("--base-url", *url, help)
      ->check(CLI::Validator(
          [](const std::string& value) { return clustersite::BaseUrlProblem(value); }, "URL"));
}

/// `--theme`, the theme folder read over the default theme.
void AddTheme(CLI::App* cmd, std::string* theme) {
  cmd->add_option("--theme", *theme, "theme folder over the default theme");
}

/// `-j`, the number of threads.
void AddJobs(CLI::App* cmd, int* jobs) {
  cmd->add_option("-j,--jobs", *jobs, "threads (default: all hardware threads)")
      ->check(CLI::Range(1, 256));
}

/// Today's date, or SOURCE_DATE_EPOCH's (UTC) when set, for reproducible kits.
clustersite::Date Today() {
  std::time_t now = std::time(nullptr);
  bool reproducible = false;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
    reproducible = true;
  }
  std::tm tm{};
  if (reproducible) {
    gmtime_r(&now, &tm);
  } else {
    localtime_r(&now, &tm);
  }
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// With -v, the time each stage and cluster took: collected from the
/// render's threads, printed in order when the command is done.
class Timings {
 public:
  explicit Timings(clustersite::BuildOptions* options) {
    if (!reporting.verbose) return;
    options->timing = [this](const std::string& what, double seconds) {
      std::lock_guard<std::mutex> lock(mu_);
      lines_.emplace_back(what, seconds);
    };
  }

  void Print() {
    std::sort(lines_.begin(), lines_.end());
    for (const auto& [what, seconds] : lines_) {
      char line[256];
      std::snprintf(line, sizeof line, "%s: %.0f ms\n", what.c_str(), seconds * 1000);
      std::cerr << line;
    }
  }

 private:
  std::mutex mu_;
  std::vector<std::pair<std::string, double>> lines_;
};

/// `build`: the site of every cluster, written to the output folder.
CLI::App* AddBuild(CLI::App* app, clustersite::BuildOptions* options) {
  CLI::App* build = app->add_subcommand("build", "build the site of every cluster");
  build->add_option("content", options->content, "content folder (default: content)");
  build->add_option("-o,--out", options->out, "output folder (default: public, or members)");
  AddAudience(build, &options->audience);
  build->add_option("--cluster", options->cluster, "build only this cluster, as the whole site");
  AddBaseUrl(build, &options->base_url);
  AddTheme(build, &options->theme);
  AddJobs(build, &options->jobs);
  return build;
}

/// The "pages written" line of a build on a terminal, drawn once the build
/// has taken a second; called from any thread.
class ProgressLine {
 public:
  explicit ProgressLine(std::chrono::steady_clock::time_point start)
      : start_(start), last_(start) {}

  void Show(size_t done, size_t total) {
    std::lock_guard<std::mutex> lock(mu_);
    auto now = std::chrono::steady_clock::now();
    if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(100))
      return;
    last_ = now;
    shown_ = true;
    std::fprintf(stderr, "\r%zu / %zu pages", done, total);
  }

  /// Takes the line away, when one was drawn.
  void Clear() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  std::mutex mu_;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
};

int RunBuild(clustersite::BuildOptions options) {
  auto start = std::chrono::steady_clock::now();
  ProgressLine progress(start);
  if (isatty(STDERR_FILENO) && !reporting.quiet)
    options.progress = [&](size_t done, size_t total) { progress.Show(done, total); };
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  clustersite::BuildStats stats;
  std::string write_error;
  Timings timings(&options);
  bool ok = clustersite::Build(fs, options, &diag, &stats, &write_error);
  progress.Clear();
  PrintDiagnostics(diag);
  timings.Print();
  std::string out = clustersite::OutputFolder(options);
  if (!ok) {
    if (!write_error.empty()) std::cerr << "error: " << write_error << "\n";
    Say() << "build failed: " << Summary(diag) << "; " << out << "/ is unchanged\n";
    return 1;
  }
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  char line[256];
  std::snprintf(line, sizeof line, "built %zu cluster%s, %zu pages, %zu files into %s/ in %.0f ms",
                stats.clusters, stats.clusters == 1 ? "" : "s", stats.pages, stats.files,
                out.c_str(), ms);
  Say() << line;
  if (diag.WarningCount() > 0) Say() << " (" << Summary(diag) << ")";
  Say() << "\n";
  return 0;
}

/// `check`: the whole pipeline in memory, links checked, nothing written.
CLI::App* AddCheck(CLI::App* app, clustersite::BuildOptions* options) {
  CLI::App* check = app->add_subcommand(
      "check",
      "validate the content, render the site in memory and check its links; write nothing");
  check->add_option("content", options->content, "content folder (default: content)");
  AddAudience(check, &options->audience);
  check->add_option("--cluster", options->cluster, "check only this cluster");
  AddBaseUrl(check, &options->base_url);
  AddTheme(check, &options->theme);
  AddJobs(check, &options->jobs);
  return check;
}

int RunCheck(clustersite::BuildOptions options) {
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  clustersite::BuildStats stats;
  Timings timings(&options);
  bool ok = clustersite::Check(fs, options, &diag, &stats);
  PrintDiagnostics(diag);
  timings.Print();
  if (!ok) {
    Say() << "check failed: " << Summary(diag) << "\n";
    return 1;
  }
  Say() << "check passed: " << stats.clusters
        << (stats.clusters == 1 ? " cluster, " : " clusters, ") << stats.pages
        << " pages and their links";
  if (diag.WarningCount() > 0) Say() << ", " << Summary(diag);
  Say() << "\n";
  return 0;
}

/// `--engine`, for kit and pdf.
void AddEngine(CLI::App* cmd, std::string* engine) {
  cmd->add_option("--engine", *engine, "print engine: chromium (default) or weasyprint")
      ->check(CLI::IsMember({"chromium", "weasyprint"}));
}

clustersite::PdfEngine Engine(const std::string& name) {
  return name == "weasyprint" ? clustersite::PdfEngine::kWeasyPrint
                              : clustersite::PdfEngine::kChromium;
}

/// What `clustersite pdf` is asked to do.
struct PdfCommand {
  std::string html;
  std::string pdf;
  std::string engine = "chromium";
};

CLI::App* AddPdf(CLI::App* app, PdfCommand* command) {
  CLI::App* pdf =
      app->add_subcommand("pdf", "print a built print document, such as a welcome kit, to PDF");
  pdf->add_option("file", command->html, "the document's HTML file")->required();
  pdf->add_option("-o,--out", command->pdf, "the PDF file to write")->required();
  AddEngine(pdf, &command->engine);
  return pdf;
}

int RunPdf(const PdfCommand& command) {
  auto start = std::chrono::steady_clock::now();
  std::string error;
  if (!clustersite::PrintDocumentFile(command.html, command.pdf, Engine(command.engine), &error)) {
    std::cerr << "error: " << error << "\n";
    return 1;
  }
  char line[512];
  std::snprintf(line, sizeof line, "printed %s to %s in %.1f s\n", command.html.c_str(),
                command.pdf.c_str(), SecondsSince(start));
  Say() << line;
  return 0;
}

/// `kit`'s options; the date and the engine are read as text.
struct KitArgs {
  clustersite::KitCommand command;
  std::string date;
  std::string engine = "chromium";
};

CLI::App* AddKit(CLI::App* app, KitArgs* args) {
  clustersite::KitCommand& command = args->command;
  CLI::App* kit = app->add_subcommand("kit", "write one cluster's welcome kit, optionally as PDF");
  kit->add_option("content", command.build.content, "content folder (default: content)");
  kit->add_option("--cluster", command.build.cluster, "the cluster's slug")->required();
  kit->add_option("--member", command.member, "personalise the kit for this member");
  AddAudience(kit, &command.build.audience);
  kit->add_option("-o,--out", command.html,
                  "HTML file (default: SLUG-welcome-kit.html, none with --pdf)");
  kit->add_option("--pdf", command.pdf, "print the kit to this PDF file");
  AddEngine(kit, &args->engine);
  kit->add_option("--date", args->date, "date on the cover, YYYY-MM-DD (default: today)");
  AddBaseUrl(kit, &command.build.base_url, "absolute URL of the portal");
  AddTheme(kit, &command.build.theme);
  return kit;
}

int RunKit(KitArgs args) {
  clustersite::KitCommand& command = args.command;
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  Timings timings(&command.build);
  if (args.date.empty()) {
    command.date = Today();
  } else if (!(command.date = clustersite::ParseDate(args.date))) {
    std::cerr << "error: --date `" << args.date << "` is not a date as YYYY-MM-DD\n";
    return 1;
  }
  command.engine = Engine(args.engine);
  if (command.html.empty() && command.pdf.empty()) {
    command.html = command.build.cluster + "-welcome-kit" +
                   (command.member.empty() ? "" : "-" + clustersite::AsciiSlug(command.member)) +
                   ".html";
  }
  auto start = std::chrono::steady_clock::now();
  std::string error;
  bool ok = clustersite::MakeKit(fs, command, &diag, &error);
  PrintDiagnostics(diag);
  timings.Print();
  if (!ok) {
    if (!error.empty()) std::cerr << "error: " << error << "\n";
    Say() << "kit failed" << (diag.ErrorCount() > 0 ? ": " + Summary(diag) : "") << "\n";
    return 1;
  }
  char line[512];
  std::snprintf(line, sizeof line, "welcome kit of %s%s%s:%s%s%s%s in %.1f s\n",
                command.build.cluster.c_str(), command.member.empty() ? "" : " for ",
                command.member.c_str(), command.html.empty() ? "" : " wrote ", command.html.c_str(),
                command.pdf.empty() ? "" : " printed ", command.pdf.c_str(), SecondsSince(start));
  Say() << line;
  return 0;
}

/// `serve`'s options; `port` is the --port option, to tell whether it was given.
struct ServeArgs {
  clustersite::ServeOptions options;
  CLI::Option* port = nullptr;
};

CLI::App* AddServe(CLI::App* app, ServeArgs* args) {
  clustersite::ServeOptions& options = args->options;
  CLI::App* serve = app->add_subcommand(
      "serve", "preview the site: build, serve on 127.0.0.1, rebuild and reload on every change");
  serve->add_option("content", options.preview.content, "content folder (default: content)");
  args->port = serve
                   ->add_option("-p,--port", options.port,
                                "port (default: 8000, or a free one when it is taken; 0: a free "
                                "one)")
                   ->check(CLI::Range(0, 65535));
  serve->add_option("--bind", options.bind,
                    "address to listen on (default: 127.0.0.1; another one opens the preview to "
                    "the network)");
  AddAudience(serve, &options.preview.audience);
  AddBaseUrl(serve, &options.preview.base_url);
  AddTheme(serve, &options.preview.theme);
  return serve;
}

int RunServeCommand(ServeArgs args) {
  args.options.port_given = args.port->count() > 0;
  args.options.report = reporting;
  args.options.preview.warnings_as_errors = reporting.warnings_as_errors;
  return clustersite::RunServe(args.options);
}

/// `new`'s request; `kinds` tells which subcommand makes which kind.
struct NewArgs {
  clustersite::NewRequest request;
  std::map<CLI::App*, clustersite::NewKind> kinds;
};

/// `new` and its four kinds, each a subcommand.
CLI::App* AddNew(CLI::App* app, NewArgs* args) {
  using clustersite::NewKind;
  clustersite::NewRequest* request = &args->request;
  CLI::App* new_cmd = app->add_subcommand(
      "new", "start a cluster, service, story or roadmap from the theme's archetypes");
  new_cmd->require_subcommand(1);
  for (auto [name, kind, help] :
       {std::tuple{"cluster", NewKind::kCluster, "a cluster: SLUG/cluster.yaml, about.md"},
        std::tuple{"service", NewKind::kService, "a service: CLUSTER/services/SLUG.md"},
        std::tuple{"story", NewKind::kStory, "a story: CLUSTER/stories/SLUG.md"},
        std::tuple{"roadmap", NewKind::kRoadmap, "a roadmap: CLUSTER/roadmaps/SLUG.md"}}) {
    CLI::App* sub = new_cmd->add_subcommand(name, help);
    if (kind != NewKind::kCluster)
      sub->add_option("cluster", request->cluster, "the cluster's folder")->required();
    sub->add_option("slug", request->slug, "the new name: lowercase letters, digits, hyphens")
        ->required();
    sub->add_option("-C,--content", request->content, "content folder (default: content)");
    AddTheme(sub, &request->theme);
    if (kind == NewKind::kCluster)
      sub->add_option("--language", request->language,
                      "the site's language (default: portal.yaml's, else lv)")
          ->check(CLI::IsMember(clustersite::AcceptedNames<clustersite::Language>()));
    args->kinds[sub] = kind;
  }
  return new_cmd;
}

int RunNew(NewArgs args) {
  clustersite::NewRequest& request = args.request;
  for (const auto& [sub, kind] : args.kinds) {
    if (*sub) request.kind = kind;
  }
  request.today = Today();
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  std::vector<std::string> written;
  bool ok = clustersite::NewContent(fs, request, &diag, &written);
  PrintDiagnostics(diag);
  for (const std::string& path : written) Say() << "wrote " << path << "\n";
  if (ok && request.kind == clustersite::NewKind::kStory)
    Say() << "fill in `consent` with the date the company allowed publication; until then "
             "the story is published in neither audience\n";
  return ok ? 0 : 1;
}

CLI::App* AddRenderMarkdown(CLI::App* app) {
  return app->add_subcommand("render-markdown",
                             "render Markdown from standard input to HTML, as pages are rendered");
}

int RunRenderMarkdown() {
  clustersite::Diagnostics diag;
  Configure(&diag);
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::cout << clustersite::RenderMarkdown({text, "<stdin>", "", 1}, nullptr, &diag);
  // Standard output holds the HTML: the diagnostics, in any format, go to stderr.
  std::cerr << clustersite::FormatDiagnostics(diag.Sorted(), reporting);
  return diag.HasErrors() ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"clustersite: static sites and welcome kits for business-cluster portals"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "clustersite 0.1.0");

  clustersite::BuildOptions build, check;
  KitArgs kit;
  ServeArgs serve;
  NewArgs new_args;
  PdfCommand pdf;
  // Each subcommand with what runs it, in the order `--help` lists them.
  const std::vector<std::pair<CLI::App*, std::function<int()>>> commands = {
      {AddBuild(&app, &build), [&] { return RunBuild(build); }},
      {AddCheck(&app, &check), [&] { return RunCheck(check); }},
      {AddKit(&app, &kit), [&] { return RunKit(kit); }},
      {AddServe(&app, &serve), [&] { return RunServeCommand(serve); }},
      {AddNew(&app, &new_args), [&] { return RunNew(new_args); }},
      {AddPdf(&app, &pdf), [&] { return RunPdf(pdf); }},
      {AddRenderMarkdown(&app), [] { return RunRenderMarkdown(); }},
  };
  for (const auto& [command, run] : commands) AddReporting(command);
  CLI11_PARSE(app, argc, argv);
  reporting.style = TerminalStyle();
  for (const auto& [command, run] : commands) {
    if (*command) return run();
  }
  return 1;
}
