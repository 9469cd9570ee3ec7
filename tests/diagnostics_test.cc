// Diagnostics: `path:line:column: error: message`, collected from every
// thread, reported sorted and once each.

#include "core/diagnostics.h"

#include <doctest/doctest.h>

#include "core/parallel.h"

namespace clustersite {

TEST_CASE("a diagnostic reads path:line:column, leaving out what is unknown") {
  CHECK(Diagnostic{"a.md", {3, 7}, Severity::kError, "bad"}.ToString() == "a.md:3:7: error: bad");
  CHECK(Diagnostic{"a.md", {3, 0}, Severity::kWarning, "odd"}.ToString() == "a.md:3: warning: odd");
  CHECK(Diagnostic{"a.md", {}, Severity::kError, "bad"}.ToString() == "a.md: error: bad");
  CHECK(Diagnostic{"a.md", {0, 5}, Severity::kError, "bad"}.ToString() == "a.md: error: bad");
}

TEST_CASE("diagnostics are sorted by path, line and column, a repeated one reported once") {
  Diagnostics diag;
  diag.Error("b.md", {1, 1}, "second file");
  diag.Error("a.md", {10, 2}, "line ten");
  diag.Warning("a.md", {2, 30}, "line two");
  diag.Error("a.md", {2, 4}, "column four");
  diag.Error("a.md", {10, 2}, "line ten");
  diag.Error("a.md", {}, "the whole file");
  CHECK(diag.ToString() ==
        "a.md: error: the whole file\n"
        "a.md:2:4: error: column four\n"
        "a.md:2:30: warning: line two\n"
        "a.md:10:2: error: line ten\n"
        "b.md:1:1: error: second file\n");
  CHECK(diag.Sorted().size() == 5);
}

TEST_CASE("errors and warnings are counted apart; warnings alone are no failure") {
  Diagnostics diag;
  CHECK_FALSE(diag.HasErrors());
  CHECK(diag.ToString() == "");
  diag.Warning("a.md", {1, 1}, "w1");
  diag.Warning("a.md", {2, 1}, "w2");
  CHECK_FALSE(diag.HasErrors());
  CHECK(diag.WarningCount() == 2);
  diag.Add({"b.md", {1, 1}, Severity::kError, "e"});
  CHECK(diag.HasErrors());
  CHECK(diag.ErrorCount() == 1);
  CHECK(diag.WarningCount() == 2);
}

TEST_CASE("appending one collection to another keeps both, and the other as it was") {
  Diagnostics a, b;
  a.Error("a.md", {1, 1}, "from a");
  b.Warning("b.md", {1, 1}, "from b");
  a.Append(b);
  CHECK(a.ToString() == "a.md:1:1: error: from a\nb.md:1:1: warning: from b\n");
  CHECK(b.ToString() == "b.md:1:1: warning: from b\n");
}

TEST_CASE("diagnostics added from many threads at once are all kept") {
  Diagnostics diag;
  ParallelFor(1000, 4, [&](size_t i) { diag.Error("f" + std::to_string(i), {}, "e"); });
  CHECK(diag.ErrorCount() == 1000);
  CHECK(diag.Sorted().size() == 1000);
}

}  // namespace clustersite
