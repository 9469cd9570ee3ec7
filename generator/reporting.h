// How every command reports: the diagnostics options of the command line
// (--diagnostics-format, --no-source, --warnings-as-errors, -q, -v), the
// style the terminal allows, and the summary lines -q leaves out.

#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostic_format.h"
#include "core/diagnostics.h"

namespace clustersite {

/// How the command that runs reports, as its command line said; its style
/// is set by ApplyTerminalStyle once the command line is parsed.
ReportOptions& Reporting();

/// `--diagnostics-format`, `--no-source`, `--warnings-as-errors`, `-q` and
/// `-v`, on `cmd` and each of its subcommands.
void AddReporting(CLI::App* cmd);

/// The style the terminal allows, given the options: source lines and
/// colours only on a terminal, without NO_COLOR (https://no-color.org) and
/// --no-source. `stderr_is_terminal` and `width` are what stderr is.
DiagnosticStyle TerminalStyle(const std::string& format, bool no_source, const char* no_color,
                              bool stderr_is_terminal, int width);

/// Sets Reporting().style from the options parsed and from stderr.
void ApplyTerminalStyle();

/// A new collection of diagnostics, with warnings made errors when asked.
void Configure(Diagnostics* diag);

/// The diagnostics as Reporting() says: to stderr, or as JSON to stdout.
void PrintDiagnostics(const Diagnostics& diag);

/// Where a line of a summary goes: stderr, or nowhere with -q.
std::ostream& Say();

}  // namespace clustersite
