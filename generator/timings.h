// Where a command's time went, as -v and --timings ask: -v's time of
// loading and of each cluster's render, --timings' table of each stage's CPU
// and wall time with the peak memory. Both go to stderr when the command is
// done; stdout may hold --diagnostics-format json.

#pragma once

#include <CLI/CLI.hpp>
#include <array>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "build.h"
#include "core/stage_clock.h"

namespace clustersite {

/// `--timings` on `cmd`: build and check have it.
void AddTimings(CLI::App* cmd);

/// Whether the command line asked for --timings.
bool& TimingsAsked();

/// What the command asked for: with -v, `options` reports the time of each
/// stage and cluster from the render's threads; with --timings, the stages
/// are timed from now on. Without either, nothing is asked or timed.
class Timings {
 public:
  explicit Timings(BuildOptions* options);

  /// -v's lines in order, then --timings' table.
  void Print();

 private:
  std::mutex mu_;
  std::vector<std::pair<std::string, double>> lines_;
  std::optional<StageClock> clock_;  ///< with --timings
};

/// The table --timings prints: a line a stage, one for the CPU time in no
/// stage ("other": the main thread between stages, the allocator, exit),
/// and the total with the peak resident memory, then what the columns mean.
std::string TimingsTable(const std::array<StageTime, kStageCount>& stages, const StageTime& total,
                         long peak_rss_kib);

}  // namespace clustersite
