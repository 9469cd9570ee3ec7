// The command line's shared pieces: options several subcommands take, the
// summary and progress lines they print. main.cc builds the subcommands.

#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include "build.h"
#include "document/pdf.h"

namespace clustersite {

/// "2 errors, 1 warning", "1 warning", or "" when there are none: never
/// "0 errors", which would say a failed run had nothing wrong.
std::string Summary(const Diagnostics& diag);

/// "build failed: 2 errors", or "build failed" when what failed was no
/// problem of the content (an output folder that cannot be written).
std::string Failed(const std::string& command, const Diagnostics& diag);

/// "a, b or c": the names of a closed set, for help texts.
std::string OrList(const std::vector<std::string>& names);

/// `--audience`: one of the audiences the command line offers, by their
/// table (model/closed_sets.h).
void AddAudience(CLI::App* cmd, Audience* audience);

/// `--base-url`, refused by the parser unless it is a usable base URL (see BaseUrlProblem).
void AddBaseUrl(CLI::App* cmd, std::string* url,
                const char* help = "absolute URL the site is published at");

/// `--theme`, the theme folder read over the default theme.
void AddTheme(CLI::App* cmd, std::string* theme);

/// `-j`, the number of threads.
void AddJobs(CLI::App* cmd, int* jobs);

/// `--engine`, for kit and pdf.
void AddEngine(CLI::App* cmd, std::string* engine);

/// How to print: the engine by name, its output on stderr when `verbose`.
PrintOptions Printing(const std::string& engine, bool verbose);

/// `--shard K/N`: build the K-th of N parts of the portal's clusters, for
/// `clustersite portal` to assemble; not with `cluster`.
void AddShard(CLI::App* cmd, Shard* shard, CLI::Option* cluster);

/// `--as-of`, the date the command is as of; without it SOURCE_DATE_EPOCH,
/// read once the command line is, and else the clock (see AsOfDate).
void AddAsOf(CLI::App* cmd, AsOfSource* as_of);

/// `--drafts`: the `draft: true` files and clusters too, each page marked as a draft.
void AddDrafts(CLI::App* cmd, bool* drafts);

/// `--future`: stories dated after the as-of date are published too.
void AddFuture(CLI::App* cmd, bool* future);

/// " as of 2026-12-01", and in `held_back` how many stories that date held back.
std::string AsOfSummary(const BuildStats& stats, std::string* held_back);

double SecondsSince(std::chrono::steady_clock::time_point start);

/// The "pages written" line of a build on a terminal, drawn once the build
/// has taken a second; called from any thread.
class ProgressLine {
 public:
  explicit ProgressLine(std::chrono::steady_clock::time_point start)
      : start_(start), last_(start) {}

  void Show(size_t done, size_t total);

  /// Takes the line away, when one was drawn.
  void Clear() const;

 private:
  std::mutex mu_;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
};

}  // namespace clustersite
