// How every command reports: the terminal's style, -q, -v and
// --warnings-as-errors as the command line sets them.

#include "reporting.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("source lines and colours only on a terminal, without NO_COLOR or --no-source") {
  DiagnosticStyle style = TerminalStyle("text", false, nullptr, true, 120);
  CHECK(style.source);
  CHECK(style.color);
  CHECK(style.width == 120);
  CHECK(style.format == DiagnosticsFormat::kText);
  style = TerminalStyle("text", false, nullptr, false, 0);
  CHECK_FALSE(style.source);
  CHECK_FALSE(style.color);
  style = TerminalStyle("text", false, "1", true, 80);
  CHECK_FALSE(style.source);
  CHECK_FALSE(style.color);
  style = TerminalStyle("text", false, "", true, 80);  // NO_COLOR set but empty counts as unset
  CHECK(style.color);
  style = TerminalStyle("text", true, nullptr, true, 80);
  CHECK_FALSE(style.source);
  CHECK(style.color);
  CHECK(TerminalStyle("json", false, nullptr, true, 80).format == DiagnosticsFormat::kJson);
}

TEST_CASE("the reporting options are read from any subcommand's command line") {
  CLI::App app;
  CLI::App* build = app.add_subcommand("build");
  AddReporting(&app);
  app.parse("build --warnings-as-errors -q", false);
  CHECK(Reporting().warnings_as_errors);
  CHECK(Reporting().quiet);
  Diagnostics diag;
  Configure(&diag);
  diag.Warning("a.md", {1, 1}, "w");
  CHECK(diag.ErrorCount() == 1);
  CHECK_FALSE(Say().good());  // -q: summary lines go nowhere
  CHECK(*build);
  CHECK_THROWS(app.parse("build -q -v", false));  // one or the other
  Reporting() = ReportOptions();
  CHECK(Say().good());
  Diagnostics plain;
  Configure(&plain);
  plain.Warning("a.md", {1, 1}, "w");
  CHECK(plain.ErrorCount() == 0);
}

}  // namespace clustersite
