// Where a build's time goes, for `--timings`: each thread's CPU time charged
// to the stage it is in, and for each stage the wall time during which some
// thread was in it. Like ninja's metrics, one clock for the process, reached
// through StageScope: code deep in the pipeline marks its stage without an
// option passed down to it, and without a clock a scope costs a null check.

#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string_view>

namespace clustersite {

/// The stages `--timings` reports, in the order a build meets them.
enum class Stage : uint8_t {
  kLoad,       ///< reading the content, the page bodies and the theme
  kYaml,       ///< parsing YAML: front matter, cluster.yaml, members.yaml, feedback
  kModel,      ///< turning the parsed files into the model, and its as-of dates
  kValidate,   ///< the rules across files, the media and the templates' names
  kMarkdown,   ///< rendering the bodies with cmark-gfm, links rewritten
  kTemplates,  ///< the pages' views and every Mustache render
  kLinkCheck,  ///< scanning the output for links and reporting the broken ones
  kIndexes,    ///< feeds, sitemaps, robots.txt, search indexes, JSON-LD, calendars, CSP manifest
  kKit,        ///< the welcome kits and the other print documents
  kWrite,      ///< writing the output folder
};
inline constexpr size_t kStageCount = 10;

/// The stage's name in the table: "load", "YAML", "link check", …
std::string_view StageName(Stage stage);

/// The time of one stage, or of the whole command.
struct StageTime {
  double cpu = 0;   ///< seconds of CPU, summed over the threads
  double wall = 0;  ///< seconds during which at least one thread was in the stage
};

/// Collects the stages' times while it exists: every StageScope on any
/// thread charges it. One at a time, and it must outlive the scopes opened
/// while it exists.
class StageClock {
 public:
  StageClock();
  ~StageClock();
  StageClock(const StageClock&) = delete;
  StageClock& operator=(const StageClock&) = delete;

  /// Each stage's time so far, by Stage.
  std::array<StageTime, kStageCount> Stages() const;
  /// The process's CPU time and the wall time since the clock started.
  StageTime Total() const;

 private:
  friend class StageScope;

  /// What one stage has taken, in nanoseconds.
  struct Account {
    int64_t cpu = 0;
    int64_t wall = 0;
    int64_t since = 0;  ///< when `active` last went from 0 to 1
    int active = 0;     ///< threads in the stage now
  };

  /// A thread leaves `from` after `cpu` nanoseconds in it, and enters `to`.
  void Switch(std::optional<Stage> from, int64_t cpu, std::optional<Stage> to);

  int64_t start_wall_;
  int64_t start_cpu_;
  mutable std::mutex mu_;
  std::array<Account, kStageCount> accounts_;
};

/// Charges the calling thread's time to `stage` until the scope ends. A
/// stage opened inside it takes its own time and this one resumes after, so
/// each CPU second counts once: the kit's Mustache renders count as
/// templates, the page bodies read during Markdown as load. Opening the
/// stage the thread is in, or nullopt, does nothing.
class StageScope {
 public:
  explicit StageScope(std::optional<Stage> stage);
  ~StageScope();
  StageScope(const StageScope&) = delete;
  StageScope& operator=(const StageScope&) = delete;

  /// The stage the calling thread is in, while a clock runs: for the
  /// threads that take a share of its work (ParallelFor) to be in it too.
  static std::optional<Stage> Current();

 private:
  StageClock* clock_ = nullptr;  ///< null when this scope changed nothing
  std::optional<Stage> outer_;
};

}  // namespace clustersite
