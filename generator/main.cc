// clustersite: argv → options → library call → exit code.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <mutex>

#include "build.h"
#include "markdown/markdown.h"

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
  build->add_option("--base-url", options.base_url, "absolute URL the site is published at");
  build->add_option("--theme", options.theme, "theme folder over the default theme");
  build->add_option("-j,--jobs", options.jobs, "threads (default: all hardware threads)")
      ->check(CLI::Range(1, 256));

  CLI::App* check = app.add_subcommand("check", "validate the content without writing anything");
  check->add_option("content", options.content, "content folder (default: content)");
  check->add_option("--cluster", options.cluster, "check only this cluster");

  CLI::App* render_md = app.add_subcommand(
      "render-markdown", "render Markdown from standard input to HTML, as pages are rendered");

  CLI11_PARSE(app, argc, argv);
  options.audience = audience == "members" ? Audience::kMembers : Audience::kPublic;

  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;

  if (*render_md) {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::cout << clustersite::RenderMarkdown({text, "<stdin>", "", 1}, nullptr, &diag);
    return 0;
  }
  if (*check) {
    clustersite::Portal portal;
    bool ok = clustersite::LoadAndValidate(fs, options, &diag, &portal);
    PrintDiagnostics(diag);
    if (!ok) {
      std::cerr << "check failed: " << Summary(diag) << "\n";
      return 1;
    }
    std::cerr << "check passed: " << portal.clusters.size() << " clusters";
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
  std::snprintf(line, sizeof line, "built %zu clusters, %zu pages, %zu files into %s/ in %.0f ms",
                stats.clusters, stats.pages, stats.files, out.c_str(), ms);
  std::cerr << line;
  if (diag.WarningCount() > 0) std::cerr << " (" << Summary(diag) << ")";
  std::cerr << "\n";
  return 0;
}
