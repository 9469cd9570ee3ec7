#include "timings.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "reporting.h"

namespace clustersite {
namespace {

/// A column of the table: seconds, or "—" where there are none (only the
/// last column has none, so nothing needs aligning after it).
std::string Cell(std::optional<double> seconds) {
  if (!seconds) return "         —";
  char cell[32];
  std::snprintf(cell, sizeof cell, " %9.3f s", *seconds);
  return cell;
}

/// One line of the table: `name`, its CPU and wall time, then `tail`.
std::string Row(std::string_view name, double cpu, std::optional<double> wall,
                const std::string& tail = "") {
  std::string row(name);
  row.resize(std::max<size_t>(row.size(), 10), ' ');
  return row + Cell(cpu) + Cell(wall) + tail + "\n";
}

long PeakRssKib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

}  // namespace

bool& TimingsAsked() {
  static bool asked = false;
  return asked;
}

void AddTimings(CLI::App* cmd) {
  cmd->add_flag("--timings", TimingsAsked(),
                "after the command, the CPU and wall time of each stage and the peak memory, on "
                "stderr");
}

Timings::Timings(BuildOptions* options) {
  if (TimingsAsked()) clock_.emplace();
  if (!Reporting().verbose) return;
  options->timing = [this](const std::string& what, double seconds) {
    std::lock_guard<std::mutex> lock(mu_);
    lines_.emplace_back(what, seconds);
  };
}

void Timings::Print() {
  std::sort(lines_.begin(), lines_.end());
  for (const auto& [what, seconds] : lines_) {
    char line[256];
    std::snprintf(line, sizeof line, "%s: %.0f ms\n", what.c_str(), seconds * 1000);
    std::cerr << line;
  }
  if (clock_) std::cerr << TimingsTable(clock_->Stages(), clock_->Total(), PeakRssKib());
}

std::string TimingsTable(const std::array<StageTime, kStageCount>& stages, const StageTime& total,
                         long peak_rss_kib) {
  char header[64];
  std::snprintf(header, sizeof header, "%-10s%10s  %10s\n", "stage", "cpu", "wall");
  std::string out = header;
  double staged = 0;
  for (size_t i = 0; i < kStageCount; ++i) {
    out += Row(StageName(static_cast<Stage>(i)), stages[i].cpu, stages[i].wall);
    staged += stages[i].cpu;
  }
  out += Row("other", std::max(0.0, total.cpu - staged), std::nullopt);
  out += Row("total", total.cpu, total.wall,
             "   peak RSS " + std::to_string((peak_rss_kib + 512) / 1024) + " MiB");
  out +=
      "cpu: the time of every thread in the stage, summed; a stage inside another counts apart\n"
      "wall: while at least one thread was in the stage; stages on several threads overlap\n";
  return out;
}

}  // namespace clustersite
