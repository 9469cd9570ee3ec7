// The command line's shared pieces: summaries, help lists, options.

#include "command_line.h"

#include <doctest/doctest.h>

#include <iostream>

namespace clustersite {

TEST_CASE("the summary counts errors and warnings, each in the right number") {
  Diagnostics diag;
  CHECK(Summary(diag).empty());
  CHECK(Failed("build", diag) == "build failed");
  Diagnostics warned;
  warned.Warning("a.md", {1, 1}, "zero");
  CHECK(Summary(warned) == "1 warning");
  diag.Error("a.md", {1, 1}, "one");
  CHECK(Summary(diag) == "1 error");
  diag.Warning("a.md", {2, 1}, "two");
  diag.Error("a.md", {3, 1}, "three");
  CHECK(Summary(diag) == "2 errors, 1 warning");
  diag.Warning("a.md", {4, 1}, "four");
  CHECK(Summary(diag) == "2 errors, 2 warnings");
  CHECK(Failed("check", diag) == "check failed: 2 errors, 2 warnings");
}

TEST_CASE("a closed set's names are listed with commas and a last `or`") {
  CHECK(OrList({}).empty());
  CHECK(OrList({"public"}) == "public");
  CHECK(OrList({"public", "members"}) == "public or members");
  CHECK(OrList({"a", "b", "c"}) == "a, b or c");
}

TEST_CASE("--audience takes the audiences the command line offers, and no other") {
  CLI::App app;
  Audience audience = Audience::kPublic;
  AddAudience(&app, &audience);
  app.parse("--audience members", false);
  CHECK(audience == Audience::kMembers);
  app.parse("--audience staff", false);
  CHECK(audience == Audience::kStaff);
  CHECK_THROWS(app.parse("--audience everyone", false));
}

TEST_CASE("--engine names one of the two print engines") {
  CLI::App app;
  std::string engine = "chromium";
  AddEngine(&app, &engine);
  app.parse("--engine weasyprint", false);
  CHECK(Printing(engine, false).engine == PdfEngine::kWeasyPrint);
  CHECK(Printing("chromium", false).engine == PdfEngine::kChromium);
  CHECK(Printing("chromium", false).engine_log == nullptr);
  CHECK(Printing("chromium", true).engine_log == &std::cerr);
  CHECK_THROWS(app.parse("--engine prince", false));
}

TEST_CASE("--as-of takes a date; SOURCE_DATE_EPOCH is read when the command line is") {
  {
    CLI::App app;
    AsOfSource as_of;
    AddAsOf(&app, &as_of);
    app.parse("--as-of 2026-12-01", false);
    REQUIRE(as_of.date);
    CHECK(as_of.date->Iso() == "2026-12-01");
    CHECK_THROWS(app.parse("--as-of 2026-13-01", false));
  }
  {
    CLI::App app;
    AsOfSource as_of;
    AddAsOf(&app, &as_of);
    setenv("SOURCE_DATE_EPOCH", "1798761599", 1);  // 2026-12-31 23:59:59 UTC
    app.parse("", false);
    CHECK(as_of.epoch);
    setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
    CLI::App again;
    AsOfSource bad;
    AddAsOf(&again, &bad);
    CHECK_THROWS_AS(again.parse("", false), CLI::ValidationError);
    unsetenv("SOURCE_DATE_EPOCH");
  }
}

TEST_CASE("--drafts and --future are flags") {
  CLI::App app;
  bool drafts = false, future = false;
  AddDrafts(&app, &drafts);
  AddFuture(&app, &future);
  app.parse("--drafts", false);
  CHECK(drafts);
  CHECK_FALSE(future);
  app.parse("--future", false);
  CHECK(future);
}

TEST_CASE("the summary says the as-of date and how many stories it held back") {
  BuildStats stats;
  stats.as_of = {Date{2026, 12, 1}};
  std::string held_back;
  CHECK(AsOfSummary(stats, &held_back) == " as of 2026-12-01");
  CHECK(held_back.empty());
  stats.held_back = 2;
  AsOfSummary(stats, &held_back);
  CHECK(held_back == "; 2 stories dated after 2026-12-01 held back; --future includes them");
}

}  // namespace clustersite
