#include "reporting.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "core/file_system.h"

namespace clustersite {
namespace {

/// The diagnostics options as given, before the terminal is asked.
struct ReportingArgs {
  std::string format = "text";
  bool no_source = false;
};

ReportingArgs& Args() {
  static ReportingArgs args;
  return args;
}

}  // namespace

ReportOptions& Reporting() {
  static ReportOptions reporting;
  return reporting;
}

void AddReporting(CLI::App* cmd) {
  cmd->add_option("--diagnostics-format", Args().format,
                  "text (default), or json: one JSON object a line on stdout")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_flag("--no-source", Args().no_source,
                "each diagnostic on one line, without its source line (as when stderr is not a "
                "terminal, or NO_COLOR is set)");
  cmd->add_flag("--warnings-as-errors", Reporting().warnings_as_errors,
                "a warning fails the command, as an error does");
  CLI::Option* quiet =
      cmd->add_flag("-q,--quiet", Reporting().quiet, "errors only: no warnings, no summary");
  cmd->add_flag("-v,--verbose", Reporting().verbose,
                "more: the time each stage and cluster took, and the print engine's own output")
      ->excludes(quiet);
  for (CLI::App* sub : cmd->get_subcommands({})) AddReporting(sub);
}

DiagnosticStyle TerminalStyle(const std::string& format, bool no_source, const char* no_color,
                              bool stderr_is_terminal, int width) {
  DiagnosticStyle style;
  const bool plain = (no_color && *no_color) || !stderr_is_terminal;
  if (format == "json") style.format = DiagnosticsFormat::kJson;
  style.color = !plain;
  style.source = !plain && !no_source;
  if (width > 0) style.width = width;
  return style;
}

void ApplyTerminalStyle() {
  winsize size{};
  const int width = ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 ? size.ws_col : 0;
  Reporting().style = TerminalStyle(Args().format, Args().no_source, std::getenv("NO_COLOR"),
                                    isatty(STDERR_FILENO) != 0, width);
}

void Configure(Diagnostics* diag) {
  if (Reporting().warnings_as_errors) diag->TreatWarningsAsErrors();
}

void PrintDiagnostics(const Diagnostics& diag) {
  std::vector<Diagnostic> list = diag.Sorted();
  if (Reporting().style.source) ReadSourceLines(RealFileSystem(), &list);
  const bool json = Reporting().style.format == DiagnosticsFormat::kJson;
  (json ? std::cout : std::cerr) << FormatDiagnostics(list, Reporting()) << std::flush;
}

std::ostream& Say() {
  static std::ostream none(nullptr);
  return Reporting().quiet ? none : std::cerr;
}

}  // namespace clustersite
