#include "serve/serve.h"

#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <thread>

#include "load/content_tree.h"
#include "serve/live_state.h"
#include "serve/preview_server.h"
#include "serve/watcher.h"

namespace clustersite {
namespace {

/// Editors save in bursts (a temporary file, a rename, a chmod): changes
/// that come within this long of each other make one rebuild.
constexpr std::chrono::milliseconds kQuiet{10};
constexpr std::chrono::milliseconds kLongest{300};

/// Signals arrive on a file descriptor the watcher polls, so shutting down
/// (and removing the temporary folder) happens on the main thread, never
/// in a handler. Blocked before any thread starts, so every thread inherits it.
int BlockSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  signal(SIGPIPE, SIG_IGN);
  return signalfd(-1, &set, SFD_CLOEXEC);
}

std::string Duration(std::chrono::steady_clock::time_point start) {
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  char buf[32];
  if (ms < 1000) {
    std::snprintf(buf, sizeof buf, "%.0f ms", ms);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f s", ms / 1000);
  }
  return buf;
}

std::string Counted(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// The line a rebuild prints: what was rendered, how long it took, and
/// what the content's diagnostics are now.
void Report(const RebuildSummary& s, bool has_build, const std::vector<Diagnostic>& diagnostics,
            const std::vector<Diagnostic>& before, std::chrono::steady_clock::time_point start,
            const ReportOptions& report) {
  std::string what;
  for (const std::string& c : s.clusters) what += (what.empty() ? "" : ", ") + c;
  if (s.everything) what = "everything";
  if (!s.everything && s.portal_index) what += " and the portal index";
  size_t errors = 0;
  for (const Diagnostic& d : diagnostics) errors += d.severity == Severity::kError;
  bool changed = diagnostics.size() != before.size();
  for (size_t i = 0; !changed && i < diagnostics.size(); ++i)
    changed = diagnostics[i].ToString() != before[i].ToString();
  if (changed) {
    (report.style.format == DiagnosticsFormat::kJson ? std::cout : std::cerr)
        << FormatDiagnostics(diagnostics, report) << std::flush;
  }
  if (!s.error.empty()) std::cerr << "error: " << s.error << "\n";
  if (report.quiet) return;
  // Without content errors the cause was printed above (a write error).
  const std::string count = errors > 0 ? ": " + Counted(errors, "error", "errors") : "";
  if (!has_build) {
    std::cerr << "not built" << count << "; the site is built as soon as "
              << (errors > 0 ? "they are" : "that is") << " fixed (" << Duration(start) << ")\n";
  } else if (s.clusters.empty() && !s.portal_index) {
    std::cerr << "not rebuilt" << count << "; serving the last good build (" << Duration(start)
              << ")\n";
  } else {
    std::cerr << "rebuilt " << what << ": " << Counted(s.files, "file", "files") << " in "
              << Duration(start);
    if (errors > 0) {
      std::cerr << "; clusters with errors keep their last good build ("
                << Counted(errors, "error", "errors") << ")";
    }
    std::cerr << "\n";
  }
}

/// Watches the content folder and, when there is one, the theme folder.
void WatchTrees(Watcher* watcher, const PreviewOptions& options, const std::string& theme_dir) {
  std::string err;
  watcher->Unwatch(kContentTree);
  watcher->Unwatch(kThemeTree);
  if (!watcher->Watch(kContentTree, options.content, &err)) std::cerr << "warning: " << err << "\n";
  if (!theme_dir.empty() && !watcher->Watch(kThemeTree, theme_dir, &err))
    std::cerr << "warning: " << err << "\n";
  if (!watcher->problem().empty())
    std::cerr << "warning: changes may go unseen: cannot watch " << watcher->problem() << "\n";
}

/// The preview's options, with each cluster's render time printed for -v.
PreviewOptions WithTimings(const ServeOptions& options) {
  PreviewOptions preview = options.preview;
  if (options.report.verbose) {
    preview.timing = [](const std::string& what, double seconds) {
      std::cerr << what + ": " + std::to_string(std::lround(seconds * 1000)) + " ms\n";
    };
  }
  return preview;
}

/// After a rebuild: the diagnostics to the terminal (those that changed
/// since `shown`) and to the pages' error panel, with the excerpts of their
/// source lines read as the content is now.
void Show(const FileSystem& fs, const PreviewSite& site, const RebuildSummary& summary,
          std::chrono::steady_clock::time_point start, const ReportOptions& report, LiveState* live,
          std::vector<Diagnostic>* shown) {
  std::vector<Diagnostic> now = site.Diagnostics();
  ReadSourceLines(fs, &now);
  live->SetWords(site.words());
  live->Update(now, site.has_build());
  Report(summary, site.has_build(), now, *shown, start, report);
  *shown = std::move(now);
}

}  // namespace

int RunServe(const ServeOptions& options) {
  RealFileSystem fs;
  if (std::string problem = ContentFolderProblem(fs, options.preview.content); !problem.empty()) {
    std::cerr << options.preview.content << ": error: " << problem << "\n";
    return 1;
  }
  int signals = BlockSignals();
  std::string err;
  SiteFolder folder;
  Watcher watcher;
  if (signals < 0 || !folder.Create(&err) || !watcher.Open(&err)) {
    std::cerr << "error: " << (err.empty() ? "cannot receive signals" : err) << "\n";
    return 1;
  }
  LiveState live(std::to_string(getpid()) + "." +
                 std::to_string(std::chrono::system_clock::now().time_since_epoch().count()));
  PreviewServer server(folder, &live);
  int port = server.Bind(options.bind, options.port, &err);
  if (port < 0 && !options.port_given) port = server.Bind(options.bind, 0, &err);
  if (port < 0) {
    std::cerr << "error: " << err << "\n";
    return 1;
  }

  PreviewSite site(fs, WithTimings(options), &folder);
  auto start = std::chrono::steady_clock::now();
  std::vector<Diagnostic> shown;
  Show(fs, site, site.RebuildAll(), start, options.report, &live, &shown);
  WatchTrees(&watcher, options.preview, site.theme_dir());

  std::thread serving([&server] { server.Run(); });
  std::cout << "Serving " << options.preview.content << " (" << Name(options.preview.audience)
            << " audience) at " << server.hosts().url() << "\nBuilt into " << folder.path()
            << "; press Ctrl-C to stop" << std::endl;

  std::vector<FileChange> changes;
  while (watcher.Wait(signals, kQuiet, kLongest, &changes)) {
    RebuildPlan plan = PlanRebuild(changes);
    changes.clear();
    if (plan.empty()) continue;
    start = std::chrono::steady_clock::now();
    RebuildSummary summary = site.Rebuild(plan);
    Show(fs, site, summary, start, options.report, &live, &shown);
    if (summary.everything) WatchTrees(&watcher, options.preview, site.theme_dir());
  }
  live.Stop();
  server.Stop();
  serving.join();
  folder.Remove();
  close(signals);
  if (!options.report.quiet) std::cerr << "stopped; the temporary folder is removed\n";
  return 0;
}

}  // namespace clustersite
