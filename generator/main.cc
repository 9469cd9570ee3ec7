// clustersite: argv → options → library call → exit code.

#include <sys/ioctl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
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
#include "command_line.h"
#include "core/unicode.h"
#include "core/url.h"
#include "deploy/deploy_site.h"
#include "deploy/server_config.h"
#include "document/print.h"
#include "markdown/markdown.h"
#include "reporting.h"
#include "scaffold/scaffold.h"
#include "serve/serve.h"
#include "timings.h"
#include "write/output.h"

namespace clustersite {
namespace {

/// `build`: the site of every cluster, written to the output folder.
CLI::App* AddBuild(CLI::App* app, BuildOptions* options) {
  CLI::App* build = app->add_subcommand("build", "build the site of every cluster");
  build->add_option("content", options->content, "content folder (default: content)");
  build->add_option("-o,--out", options->out, "output folder (default: public, or members)");
  AddAudience(build, &options->audience);
  AddShard(build, &options->shard,
           build->add_option("--cluster", options->cluster,
                             "build only this cluster, as the whole site"));
  AddBaseUrl(build, &options->base_url);
  AddTheme(build, &options->theme);
  AddJobs(build, &options->jobs);
  AddAsOf(build, &options->as_of);
  AddFuture(build, &options->future);
  AddDrafts(build, &options->drafts);
  AddTimings(build);
  return build;
}

int RunBuild(BuildOptions options) {
  auto start = std::chrono::steady_clock::now();
  ProgressLine progress(start);
  if (isatty(STDERR_FILENO) && !Reporting().quiet)
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
    Say() << Failed("build", diag) << "; " << out << "/ is unchanged\n";
    return 1;
  }
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::string held_back;
  std::string as_of = AsOfSummary(stats, &held_back);
  char line[256];
  std::snprintf(line, sizeof line,
                "built %zu cluster%s, %zu pages, %zu files into %s/%s in %.0f ms", stats.clusters,
                stats.clusters == 1 ? "" : "s", stats.pages, stats.files, out.c_str(),
                as_of.c_str(), ms);
  Say() << line;
  if (diag.WarningCount() > 0) Say() << " (" << Summary(diag) << ")";
  Say() << held_back << "\n";
  return 0;
}

/// `check`: the whole pipeline in memory, links checked, nothing written.
CLI::App* AddCheck(CLI::App* app, BuildOptions* options) {
  CLI::App* check = app->add_subcommand(
      "check",
      "validate the content, render the site in memory and check its links; write nothing");
  check->add_option("content", options->content, "content folder (default: content)");
  AddAudience(check, &options->audience);
  AddShard(check, &options->shard,
           check->add_option("--cluster", options->cluster, "check only this cluster"));
  AddBaseUrl(check, &options->base_url);
  AddTheme(check, &options->theme);
  AddJobs(check, &options->jobs);
  AddAsOf(check, &options->as_of);
  AddFuture(check, &options->future);
  AddDrafts(check, &options->drafts);
  AddTimings(check);
  return check;
}

int RunCheck(BuildOptions options) {
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  clustersite::BuildStats stats;
  Timings timings(&options);
  bool ok = clustersite::Check(fs, options, &diag, &stats);
  PrintDiagnostics(diag);
  timings.Print();
  if (!ok) {
    Say() << Failed("check", diag) << "\n";
    return 1;
  }
  std::string held_back;
  std::string as_of = AsOfSummary(stats, &held_back);
  Say() << "check passed: " << stats.clusters
        << (stats.clusters == 1 ? " cluster, " : " clusters, ") << stats.pages
        << " pages and their links" << as_of;
  if (diag.WarningCount() > 0) Say() << ", " << Summary(diag);
  Say() << held_back << "\n";
  return 0;
}

/// `portal`: the output of `build --shard` jobs assembled into the portal's.
CLI::App* AddPortal(CLI::App* app, PortalCommand* command) {
  BuildOptions& options = command->build;
  CLI::App* portal = app->add_subcommand(
      "portal",
      "assemble the folders of `build --shard` jobs into the portal: its index, sitemap, "
      "robots.txt and 404 page over them");
  portal->add_option("content", options.content, "content folder")->required();
  portal->add_option("shards", command->shards, "the output folders of `build --shard`")
      ->required();
  portal->add_option("-o,--out", options.out, "output folder (default: public, or members)");
  AddAudience(portal, &options.audience);
  AddBaseUrl(portal, &options.base_url);
  AddTheme(portal, &options.theme);
  AddJobs(portal, &options.jobs);
  AddAsOf(portal, &options.as_of);
  AddFuture(portal, &options.future);
  AddDrafts(portal, &options.drafts);
  AddTimings(portal);
  return portal;
}

int RunPortal(PortalCommand command) {
  auto start = std::chrono::steady_clock::now();
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  clustersite::BuildStats stats;
  std::string write_error;
  Timings timings(&command.build);
  bool ok = clustersite::AssembleShards(fs, command, &diag, &stats, &write_error);
  PrintDiagnostics(diag);
  timings.Print();
  std::string out = clustersite::OutputFolder(command.build);
  if (!ok) {
    if (!write_error.empty()) std::cerr << "error: " << write_error << "\n";
    Say() << Failed("portal", diag) << "; " << out << "/ is unchanged\n";
    return 1;
  }
  char line[256];
  std::snprintf(
      line, sizeof line,
      "assembled %zu cluster%s from %zu shard%s, %zu pages, %zu files into %s/ in %.0f ms",
      stats.clusters, stats.clusters == 1 ? "" : "s", command.shards.size(),
      command.shards.size() == 1 ? "" : "s", stats.pages, stats.files, out.c_str(),
      SecondsSince(start) * 1000);
  Say() << line;
  if (diag.WarningCount() > 0) Say() << " (" << Summary(diag) << ")";
  Say() << "\n";
  return 0;
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
  if (!clustersite::PrintDocumentFile(command.html, command.pdf,
                                      Printing(command.engine, Reporting().verbose), &error)) {
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
  kit->add_option("--date", args->date, "date on the cover, YYYY-MM-DD (default: the as-of date)");
  AddAsOf(kit, &command.build.as_of);
  AddFuture(kit, &command.build.future);
  AddBaseUrl(kit, &command.build.base_url, "absolute URL of the portal");
  AddTheme(kit, &command.build.theme);
  AddDrafts(kit, &command.build.drafts);
  return kit;
}

int RunKit(KitArgs args) {
  clustersite::KitCommand& command = args.command;
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  Timings timings(&command.build);
  if (!args.date.empty() && !(command.date = clustersite::ParseDate(args.date))) {
    std::string impossible = clustersite::ImpossibleDate(args.date);
    std::cerr << "error: --date "
              << (impossible.empty() ? "`" + args.date + "` is not a date as YYYY-MM-DD"
                                     : impossible)
              << "\n";
    return 1;
  }
  command.print = Printing(args.engine, Reporting().verbose);
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
    // A file or the print engine failed: that one line says it all.
    if (!error.empty()) {
      std::cerr << "error: " << error << "\n";
    } else {
      Say() << Failed("kit", diag) << "\n";
    }
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

/// `digest`'s options; the month is read as text.
struct DigestArgs {
  clustersite::DigestCommand command;
  std::string month;
};

CLI::App* AddDigest(CLI::App* app, DigestArgs* args) {
  clustersite::DigestCommand& command = args->command;
  CLI::App* digest = app->add_subcommand(
      "digest", "write a month's news digest as one e-mail (.eml) to the members who asked for it");
  digest->add_option("content", command.build.content, "content folder (default: content)");
  digest->add_option("--cluster", command.build.cluster, "the cluster's slug")->required();
  digest->add_option("--month", args->month, "the month, YYYY-MM")->required();
  digest->add_option("-o,--out", command.out,
                     "the .eml file (default: CLUSTER-YYYY-MM-digest.eml in the current folder)");
  AddAsOf(digest, &command.build.as_of);
  AddTheme(digest, &command.build.theme);
  return digest;
}

int RunDigest(DigestArgs args) {
  clustersite::DigestCommand& command = args.command;
  std::optional<clustersite::Month> month = clustersite::ParseMonth(args.month);
  if (!month) {
    std::cerr << "error: --month `" << args.month << "` is not a month as YYYY-MM, like 2026-11\n";
    return 1;
  }
  command.month = *month;
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  clustersite::DigestStats stats;
  std::string error;
  bool ok = clustersite::MakeDigest(fs, command, &diag, &stats, &error);
  PrintDiagnostics(diag);
  if (!ok) {
    if (!error.empty()) {
      std::cerr << "error: " << error << "\n";
    } else {
      Say() << Failed("digest", diag) << "\n";
    }
    return 1;
  }
  Say() << "wrote " << stats.path << ": the digest of " << month->Iso() << " to "
        << stats.recipients << (stats.recipients == 1 ? " member" : " members")
        << " (Bcc, listed in the file); send it with `sendmail -t < " << stats.path << "`\n";
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
  AddJobs(serve, &options.preview.jobs);
  AddAsOf(serve, &options.preview.as_of);
  AddFuture(serve, &options.preview.future);
  return serve;
}

int RunServeCommand(ServeArgs args) {
  args.options.port_given = args.port->count() > 0;
  args.options.report = Reporting();
  args.options.preview.warnings_as_errors = Reporting().warnings_as_errors;
  return clustersite::RunServe(args.options);
}

/// `new`'s request; `kinds` tells which subcommand makes which kind.
struct NewArgs {
  clustersite::NewRequest request;
  std::map<CLI::App*, clustersite::NewKind> kinds;
};

/// `new` and its seven kinds, each a subcommand.
CLI::App* AddNew(CLI::App* app, NewArgs* args) {
  using clustersite::NewKind;
  clustersite::NewRequest* request = &args->request;
  CLI::App* new_cmd = app->add_subcommand(
      "new",
      "start a cluster, service, story, roadmap, event, news item or strategy from the theme's "
      "archetypes");
  new_cmd->require_subcommand(1);
  for (auto [name, kind, help] :
       {std::tuple{"cluster", NewKind::kCluster, "a cluster: SLUG/cluster.yaml, about.md"},
        std::tuple{"service", NewKind::kService, "a service: CLUSTER/services/SLUG.md"},
        std::tuple{"story", NewKind::kStory, "a story: CLUSTER/stories/SLUG.md"},
        std::tuple{"roadmap", NewKind::kRoadmap, "a roadmap: CLUSTER/roadmaps/SLUG.md"},
        std::tuple{"event", NewKind::kEvent, "an event: CLUSTER/events/SLUG.md"},
        std::tuple{"news", NewKind::kNews, "a news item: CLUSTER/news/SLUG.md"},
        std::tuple{"strategy", NewKind::kStrategy,
                   "the development strategy: CLUSTER/strategy/strategy.yaml and the section "
                   "files"}}) {
    CLI::App* sub = new_cmd->add_subcommand(name, help);
    if (kind != NewKind::kCluster)
      sub->add_option("cluster", request->cluster, "the cluster's folder")->required();
    if (kind != NewKind::kStrategy) {
      sub->add_option("slug", request->slug, "the new name: lowercase letters, digits, hyphens")
          ->required();
    }
    sub->add_option("-C,--content", request->content, "content folder (default: content)");
    AddTheme(sub, &request->theme);
    AddAsOf(sub, &request->as_of);
    if (kind == NewKind::kCluster) {
      sub->add_option("--language", request->language,
                      "the site's language (default: portal.yaml's, else lv)")
          ->check(CLI::IsMember(clustersite::AcceptedNames<clustersite::Language>()));
    }
    args->kinds[sub] = kind;
  }
  return new_cmd;
}

int RunNew(NewArgs args) {
  clustersite::NewRequest& request = args.request;
  for (const auto& [sub, kind] : args.kinds) {
    if (*sub) request.kind = kind;
  }
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  std::vector<std::string> written;
  bool ok = clustersite::NewContent(fs, request, &diag, &written);
  PrintDiagnostics(diag);
  for (const std::string& path : written) Say() << "wrote " << path << "\n";
  if (ok && request.kind == clustersite::NewKind::kStrategy) {
    Say() << "each section file starts as a draft (`draft: true`): write its text in place of "
             "the placeholder, then delete that line; `clustersite check` lists the sections "
             "still to write\n";
  } else if (ok) {
    Say() << "it starts as a draft (`draft: true`): `clustersite serve` and `build --drafts` "
             "show it; replace the placeholder text, then delete that line to publish it\n";
  }
  if (ok && request.kind == clustersite::NewKind::kStory) {
    Say() << "fill in `consent` with the date the company allowed publication; until then "
             "the story is published in neither audience\n";
  }
  return ok ? 0 : 1;
}

/// `deploy-config`'s options; `out` is "" for standard output.
struct DeployArgs {
  clustersite::DeployOptions options;
  std::string out;
};

CLI::App* AddDeployConfig(CLI::App* app, DeployArgs* args) {
  clustersite::DeployOptions& options = args->options;
  CLI::App* deploy = app->add_subcommand(
      "deploy-config",
      "write the nginx or Apache configuration that publishes the public, members and staff "
      "builds");
  deploy->add_option("--server", options.server, "nginx or apache")
      ->required()
      ->transform(CLI::CheckedTransformer(std::map<std::string, clustersite::ServerKind>{
          {"nginx", clustersite::ServerKind::kNginx},
          {"apache", clustersite::ServerKind::kApache}}));
  deploy->add_option("--root", options.root,
                     "folder holding the builds public/, members/ and staff/ (default: the "
                     "current folder)");
  deploy->add_option("--members-path", options.members_path,
                     "URL path of the members build (default: /members/)");
  deploy->add_option("--staff-path", options.staff_path,
                     "URL path of the staff build (default: /staff/)");
  deploy->add_option("--members-htpasswd", options.members_htpasswd,
                     "the members' password file (default: /etc/clustersite/members.htpasswd)");
  deploy->add_option("--staff-htpasswd", options.staff_htpasswd,
                     "the staff's password file (default: /etc/clustersite/staff.htpasswd)");
  deploy->add_option("--server-name", options.server_name,
                     "host name (default: the host of the public build's base URL)");
  deploy->add_option("--listen", options.listen, "PORT or ADDR:PORT to listen on (default: 80)");
  deploy->add_option("-o,--out", args->out, "the file to write (default: standard output)");
  return deploy;
}

int RunDeployConfig(DeployArgs args) {
  clustersite::DeployOptions& options = args.options;
  std::filesystem::path root =
      std::filesystem::absolute(options.root.empty() ? "." : options.root).lexically_normal();
  options.root = root.string();
  while (options.root.size() > 1 && options.root.back() == '/') options.root.pop_back();
  clustersite::RealFileSystem fs;
  clustersite::Diagnostics diag;
  Configure(&diag);
  clustersite::DeploySite site;
  bool ok = clustersite::LoadDeploySite(fs, options, &site, &diag);
  PrintDiagnostics(diag);
  if (!ok) {
    Say() << Failed("deploy-config", diag) << "\n";
    return 1;
  }
  std::string config = clustersite::ServerConfig(site, options.server);
  if (args.out.empty()) {
    std::cout << config;
    return 0;
  }
  std::string error;
  if (!clustersite::WriteFileAtomically(args.out, config, &error)) {
    std::cerr << "error: " << error << "\n";
    return 1;
  }
  Say() << "wrote " << args.out << ": the "
        << (options.server == clustersite::ServerKind::kNginx ? "nginx" : "Apache")
        << " configuration of " << site.builds.size()
        << (site.builds.size() == 1 ? " build" : " builds") << "\n";
  return 0;
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
  std::cerr << clustersite::FormatDiagnostics(diag.Sorted(), Reporting());
  return diag.HasErrors() ? 1 : 0;
}

}  // namespace

/// Parses the command line and runs the subcommand it names.
int RunCommandLine(int argc, char** argv) {
  CLI::App app{"clustersite: static sites and welcome kits for business-cluster portals"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "clustersite " CLUSTERSITE_VERSION);

  BuildOptions build, check;
  PortalCommand portal;
  KitArgs kit;
  ServeArgs serve;
  NewArgs new_args;
  DigestArgs digest;
  PdfCommand pdf;
  DeployArgs deploy;
  // Each subcommand with what runs it, in the order `--help` lists them.
  const std::vector<std::pair<CLI::App*, std::function<int()>>> commands = {
      {AddBuild(&app, &build), [&] { return RunBuild(build); }},
      {AddCheck(&app, &check), [&] { return RunCheck(check); }},
      {AddPortal(&app, &portal), [&] { return RunPortal(portal); }},
      {AddKit(&app, &kit), [&] { return RunKit(kit); }},
      {AddServe(&app, &serve), [&] { return RunServeCommand(serve); }},
      {AddNew(&app, &new_args), [&] { return RunNew(new_args); }},
      {AddDigest(&app, &digest), [&] { return RunDigest(digest); }},
      {AddPdf(&app, &pdf), [&] { return RunPdf(pdf); }},
      {AddDeployConfig(&app, &deploy), [&] { return RunDeployConfig(deploy); }},
      {AddRenderMarkdown(&app), [] { return RunRenderMarkdown(); }},
  };
  for (const auto& [command, run] : commands) AddReporting(command);
  CLI11_PARSE(app, argc, argv);
  ApplyTerminalStyle();
  for (const auto& [command, run] : commands) {
    if (*command) return run();
  }
  return 1;
}

}  // namespace clustersite

int main(int argc, char** argv) {
  try {
    return clustersite::RunCommandLine(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "clustersite: internal error: " << e.what() << "\n";
    return 2;
  }
}
