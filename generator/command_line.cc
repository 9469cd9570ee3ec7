#include "command_line.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "core/time_zone.h"
#include "core/url.h"

namespace clustersite {

std::string Summary(const Diagnostics& diag) {
  std::string s;
  if (diag.ErrorCount() > 0)
    s = std::to_string(diag.ErrorCount()) + (diag.ErrorCount() == 1 ? " error" : " errors");
  if (diag.WarningCount() > 0) {
    s += (s.empty() ? "" : ", ") + std::to_string(diag.WarningCount()) +
         (diag.WarningCount() == 1 ? " warning" : " warnings");
  }
  return s;
}

std::string Failed(const std::string& command, const Diagnostics& diag) {
  const std::string summary = Summary(diag);
  return command + " failed" + (summary.empty() ? "" : ": " + summary);
}

std::string OrList(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

void AddAudience(CLI::App* cmd, Audience* audience) {
  const std::vector<std::string> names = AcceptedNames<Audience>();
  cmd->add_option_function<std::string>(
         "--audience",
         [audience](const std::string& name) {
           *audience = FromName<Audience>(name).value_or(Audience::kPublic);
         },
         "who the site is for: " + OrList(names))
      ->check(CLI::IsMember(names));
}

void AddBaseUrl(CLI::App* cmd, std::string* url, const char* help) {
  cmd->add_option("--base-url", *url, help)
      ->check(
          CLI::Validator([](const std::string& value) { return BaseUrlProblem(value); }, "URL"));
}

void AddTheme(CLI::App* cmd, std::string* theme) {
  cmd->add_option("--theme", *theme, "theme folder over the default theme");
}

void AddJobs(CLI::App* cmd, int* jobs) {
  cmd->add_option("-j,--jobs", *jobs, "threads (default: all hardware threads)")
      ->check(CLI::Range(1, 256));
}

void AddShard(CLI::App* cmd, Shard* shard, CLI::Option* cluster) {
  cmd->add_option_function<std::string>(
         "--shard", [shard](const std::string& text) { *shard = *ParseShard(text); },
         "only the K-th of N parts of the clusters, as the portal's output holds them, for "
         "`clustersite portal` to assemble")
      ->check(CLI::Validator(
          [](const std::string& text) {
            return ParseShard(text) ? ""
                                    : "`" + text + "` is not a shard as K/N with 1 <= K <= N <= " +
                                          std::to_string(kMaxShards) + ", like 2/4";
          },
          "K/N"))
      ->excludes(cluster);
}

void AddAsOf(CLI::App* cmd, AsOfSource* as_of) {
  cmd->add_option_function<std::string>(
         "--as-of", [as_of](const std::string& text) { as_of->date = ParseDate(text); },
         "the date to build as of, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in the "
         "content's time zone)")
      ->check(CLI::Validator(
          [](const std::string& text) {
            return ParseDate(text) ? "" : "`" + text + "` is not a date as YYYY-MM-DD";
          },
          "DATE"));
  cmd->parse_complete_callback([as_of] {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch) return;
    as_of->epoch = ParseEpoch(epoch);
    if (!as_of->epoch) {
      throw CLI::ValidationError("SOURCE_DATE_EPOCH", std::string("`") + epoch +
                                                          "` is not a number of seconds since "
                                                          "1970-01-01 UTC; set it as `date +%s` "
                                                          "prints it, or unset it");
    }
  });
}

void AddDrafts(CLI::App* cmd, bool* drafts) {
  cmd->add_flag("--drafts", *drafts,
                "include drafts (`draft: true`), marked as drafts and kept out of sitemaps");
}

void AddFuture(CLI::App* cmd, bool* future) {
  cmd->add_flag("--future", *future, "publish stories dated after the as-of date too");
}

std::string AsOfSummary(const BuildStats& stats, std::string* held_back) {
  std::string dates;
  for (const Date& d : stats.as_of) dates += (dates.empty() ? "" : ", ") + d.Iso();
  if (stats.held_back > 0) {
    *held_back = "; " + std::to_string(stats.held_back) +
                 (stats.held_back == 1 ? " story" : " stories") + " dated after " + dates +
                 " held back; --future includes " + (stats.held_back == 1 ? "it" : "them");
  }
  return dates.empty() ? "" : " as of " + dates;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void ProgressLine::Show(size_t done, size_t total) {
  std::lock_guard<std::mutex> lock(mu_);
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(100)) {
    return;
  }
  last_ = now;
  shown_ = true;
  std::fprintf(stderr, "\r%zu / %zu pages", done, total);
}

void ProgressLine::Clear() const {
  if (shown_) std::fprintf(stderr, "\r\033[K");
}

void AddEngine(CLI::App* cmd, std::string* engine) {
  cmd->add_option("--engine", *engine, "print engine: chromium (default) or weasyprint")
      ->check(CLI::IsMember({"chromium", "weasyprint"}));
}

PrintOptions Printing(const std::string& engine, bool verbose) {
  PrintOptions print;
  print.engine = engine == "weasyprint" ? PdfEngine::kWeasyPrint : PdfEngine::kChromium;
  if (verbose) print.engine_log = &std::cerr;
  return print;
}

}  // namespace clustersite
