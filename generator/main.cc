// clustersite: argv → options → library call → exit code.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <tuple>

#include "build.h"
#include "core/unicode.h"
#include "core/url.h"
#include "document/print.h"
#include "markdown/markdown.h"
#include "scaffold/scaffold.h"
#include "serve/serve.h"

namespace {

using clustersite::Audience;

void PrintDiagnostics(const clustersite::Diagnostics& diag) { std::cerr << diag.ToString(); }

std::string Summary(const clustersite::Diagnostics& diag) {
  std::string s =
      std::to_string(diag.ErrorCount()) + (diag.ErrorCount() == 1 ? " error" : " errors");
  if (diag.WarningCount() > 0)
    s += ", " + std::to_string(diag.WarningCount()) +
         (diag.WarningCount() == 1 ? " warning" : " warnings");
  return s;
}

void AddAudience(CLI::App* cmd, std::string* audience) {
  cmd->add_option("--audience", *audience, "who the site is for: public or members")
      ->check(CLI::IsMember({"public", "members"}));
}

/// `--base-url`, refused by the parser unless it is a usable base URL (see BaseUrlProblem).
void AddBaseUrl(CLI::App* cmd, std::string* url,
                const char* help = "absolute URL the site is published at") {
  cmd->add_option("--base-url", *url, help)
      ->check(CLI::Validator(
          [](const std::string& value) { return clustersite::BaseUrlProblem(value); }, "URL"));
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
  std::cerr << line;
  return 0;
}

int RunKit(clustersite::KitCommand command, const std::string& date, const std::string& engine) {
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  if (date.empty()) {
    command.date = Today();
  } else if (!(command.date = clustersite::ParseDate(date))) {
    std::cerr << "error: --date `" << date << "` is not a date as YYYY-MM-DD\n";
    return 1;
  }
  command.engine = Engine(engine);
  if (command.html.empty() && command.pdf.empty()) {
    command.html = command.build.cluster + "-welcome-kit" +
                   (command.member.empty() ? "" : "-" + clustersite::AsciiSlug(command.member)) +
                   ".html";
  }
  auto start = std::chrono::steady_clock::now();
  std::string error;
  bool ok = clustersite::MakeKit(fs, command, &diag, &error);
  PrintDiagnostics(diag);
  if (!ok) {
    if (!error.empty()) std::cerr << "error: " << error << "\n";
    std::cerr << "kit failed" << (diag.ErrorCount() > 0 ? ": " + Summary(diag) : "") << "\n";
    return 1;
  }
  char line[512];
  std::snprintf(line, sizeof line, "welcome kit of %s%s%s:%s%s%s%s in %.1f s\n",
                command.build.cluster.c_str(), command.member.empty() ? "" : " for ",
                command.member.c_str(), command.html.empty() ? "" : " wrote ", command.html.c_str(),
                command.pdf.empty() ? "" : " printed ", command.pdf.c_str(), SecondsSince(start));
  std::cerr << line;
  return 0;
}

/// `serve` and its options; `*port` is the --port option, to tell whether it was given.
CLI::App* AddServe(CLI::App* app, clustersite::ServeOptions* options, std::string* audience,
                   CLI::Option** port) {
  CLI::App* serve = app->add_subcommand(
      "serve", "preview the site: build, serve on 127.0.0.1, rebuild and reload on every change");
  serve->add_option("content", options->preview.content, "content folder (default: content)");
  *port = serve
              ->add_option("-p,--port", options->port,
                           "port (default: 8000, or a free one when it is taken; 0: a free one)")
              ->check(CLI::Range(0, 65535));
  serve->add_option("--bind", options->bind,
                    "address to listen on (default: 127.0.0.1; another one opens the preview to "
                    "the network)");
  AddAudience(serve, audience);
  AddBaseUrl(serve, &options->preview.base_url);
  serve->add_option("--theme", options->preview.theme, "theme folder over the default theme");
  return serve;
}

/// `new` and its four kinds, each a subcommand; `kinds` tells which is which.
CLI::App* AddNew(CLI::App* app, clustersite::NewRequest* request,
                 std::map<CLI::App*, clustersite::NewKind>* kinds) {
  using clustersite::NewKind;
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
    sub->add_option("--theme", request->theme, "theme folder over the default theme");
    if (kind == NewKind::kCluster)
      sub->add_option("--language", request->language,
                      "the site's language (default: portal.yaml's, else lv)")
          ->check(CLI::IsMember({"lv", "en"}));
    (*kinds)[sub] = kind;
  }
  return new_cmd;
}

int RunNew(clustersite::NewRequest request,
           const std::map<CLI::App*, clustersite::NewKind>& kinds) {
  for (const auto& [sub, kind] : kinds) {
    if (*sub) request.kind = kind;
  }
  request.today = Today();
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  std::vector<std::string> written;
  bool ok = clustersite::NewContent(fs, request, &diag, &written);
  PrintDiagnostics(diag);
  for (const std::string& path : written) std::cerr << "wrote " << path << "\n";
  if (ok && request.kind == clustersite::NewKind::kStory)
    std::cerr << "fill in `consent` with the date the company allowed publication; until then "
                 "the story is published in neither audience\n";
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"clustersite: static sites and welcome kits for business-cluster portals"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "clustersite 0.1.0");

  clustersite::BuildOptions options;
  std::string audience = "public";

  CLI::App* build = app.add_subcommand("build", "build the site of every cluster");
  build->add_option("content", options.content, "content folder (default: content)");
  build->add_option("-o,--out", options.out, "output folder (default: public, or members)");
  AddAudience(build, &audience);
  build->add_option("--cluster", options.cluster, "build only this cluster, as the whole site");
  AddBaseUrl(build, &options.base_url);
  build->add_option("--theme", options.theme, "theme folder over the default theme");
  build->add_option("-j,--jobs", options.jobs, "threads (default: all hardware threads)")
      ->check(CLI::Range(1, 256));

  CLI::App* check = app.add_subcommand(
      "check",
      "validate the content, render the site in memory and check its links; write nothing");
  check->add_option("content", options.content, "content folder (default: content)");
  AddAudience(check, &audience);
  check->add_option("--cluster", options.cluster, "check only this cluster");
  AddBaseUrl(check, &options.base_url);
  check->add_option("--theme", options.theme, "theme folder over the default theme");
  check->add_option("-j,--jobs", options.jobs, "threads (default: all hardware threads)")
      ->check(CLI::Range(1, 256));

  clustersite::KitCommand kit_command;
  std::string kit_date, kit_engine = "chromium";
  CLI::App* kit = app.add_subcommand("kit", "write one cluster's welcome kit, optionally as PDF");
  kit->add_option("content", kit_command.build.content, "content folder (default: content)");
  kit->add_option("--cluster", kit_command.build.cluster, "the cluster's slug")->required();
  kit->add_option("--member", kit_command.member, "personalise the kit for this member");
  AddAudience(kit, &audience);
  kit->add_option("-o,--out", kit_command.html,
                  "HTML file (default: SLUG-welcome-kit.html, none with --pdf)");
  kit->add_option("--pdf", kit_command.pdf, "print the kit to this PDF file");
  AddEngine(kit, &kit_engine);
  kit->add_option("--date", kit_date, "date on the cover, YYYY-MM-DD (default: today)");
  AddBaseUrl(kit, &kit_command.build.base_url, "absolute URL of the portal");
  kit->add_option("--theme", kit_command.build.theme, "theme folder over the default theme");

  clustersite::ServeOptions serve_options;
  CLI::Option* port = nullptr;
  CLI::App* serve = AddServe(&app, &serve_options, &audience, &port);

  clustersite::NewRequest new_request;
  std::map<CLI::App*, clustersite::NewKind> new_kinds;
  CLI::App* new_cmd = AddNew(&app, &new_request, &new_kinds);

  PdfCommand pdf_command;
  CLI::App* pdf = AddPdf(&app, &pdf_command);

  CLI::App* render_md = app.add_subcommand(
      "render-markdown", "render Markdown from standard input to HTML, as pages are rendered");

  CLI11_PARSE(app, argc, argv);
  options.audience = audience == "members" ? Audience::kMembers : Audience::kPublic;

  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;

  if (*render_md) {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::cout << clustersite::RenderMarkdown({text, "<stdin>", "", 1}, nullptr, &diag);
    std::cerr << diag.ToString();
    return diag.HasErrors() ? 1 : 0;
  }
  if (*new_cmd) return RunNew(new_request, new_kinds);
  if (*pdf) return RunPdf(pdf_command);
  if (*serve) {
    serve_options.preview.audience = options.audience;
    serve_options.port_given = port->count() > 0;
    return clustersite::RunServe(serve_options);
  }
  if (*kit) {
    kit_command.build.audience = options.audience;
    return RunKit(kit_command, kit_date, kit_engine);
  }
  if (*check) {
    clustersite::BuildStats stats;
    bool ok = clustersite::Check(fs, options, &diag, &stats);
    PrintDiagnostics(diag);
    if (!ok) {
      std::cerr << "check failed: " << Summary(diag) << "\n";
      return 1;
    }
    std::cerr << "check passed: " << stats.clusters
              << (stats.clusters == 1 ? " cluster, " : " clusters, ") << stats.pages
              << " pages and their links";
    if (diag.WarningCount() > 0) std::cerr << ", " << Summary(diag);
    std::cerr << "\n";
    return 0;
  }

  auto start = std::chrono::steady_clock::now();
  // A progress line on a terminal, once a build has taken a second.
  std::mutex progress_mu;
  auto last = start;
  bool shown = false;
  if (isatty(STDERR_FILENO)) {
    options.progress = [&](size_t done, size_t total) {
      std::lock_guard<std::mutex> lock(progress_mu);
      auto now = std::chrono::steady_clock::now();
      if (now - start < std::chrono::seconds(1) || now - last < std::chrono::milliseconds(100))
        return;
      last = now;
      shown = true;
      std::fprintf(stderr, "\r%zu / %zu pages", done, total);
    };
  }
  clustersite::BuildStats stats;
  std::string write_error;
  bool ok = clustersite::Build(fs, options, &diag, &stats, &write_error);
  if (shown) std::fprintf(stderr, "\r\033[K");
  PrintDiagnostics(diag);
  std::string out = clustersite::OutputFolder(options);
  if (!ok) {
    if (!write_error.empty()) std::cerr << "error: " << write_error << "\n";
    std::cerr << "build failed: " << Summary(diag) << "; " << out << "/ is unchanged\n";
    return 1;
  }
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  char line[256];
  std::snprintf(line, sizeof line, "built %zu cluster%s, %zu pages, %zu files into %s/ in %.0f ms",
                stats.clusters, stats.clusters == 1 ? "" : "s", stats.pages, stats.files,
                out.c_str(), ms);
  std::cerr << line;
  if (diag.WarningCount() > 0) std::cerr << " (" << Summary(diag) << ")";
  std::cerr << "\n";
  return 0;
}
