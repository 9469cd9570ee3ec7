// The rules of feedback/ across files, through the loader and the validator.

#include "validate/feedback_rules.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::ValidTree;

/// ValidTree with a second member and `records` as the fourth quarter of
/// 2026 (the tests build as of 2026-12-01).
MemoryFileSystem WithFeedback(const std::string& records) {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/members.yaml",
         "- {name: SIA Koks, sector: A, joined: 2020-01-01}\n"
         "- {name: SIA Jaunais, sector: B, joined: 2026-11-01}\n");
  fs.Add("content/koks/feedback/2026-q4.yaml", records);
  return fs;
}

}  // namespace

TEST_CASE("a feedback record names a service and a member that exist, with a hint") {
  CHECK(CheckText(WithFeedback("- {service: eksprts, member: SIA Kok, date: 2026-10-01}\n"
                               "- {service: eksports, member: Koks, date: 2026-10-02}\n")) ==
        "content/koks/feedback/2026-q4.yaml:1:13: error: unknown service `eksprts`; did you mean "
        "`eksports`?\n"
        "content/koks/feedback/2026-q4.yaml:1:30: error: no member `SIA Kok` in "
        "content/koks/members.yaml; did you mean `SIA Koks`?\n"
        "content/koks/feedback/2026-q4.yaml:2:31: error: no member `Koks` in "
        "content/koks/members.yaml; did you mean `SIA Koks`?\n"
        "content/koks/services/apmacibas.md:5:17: warning: `uses_last_year` is ignored: the uses "
        "in feedback/ rank the services; remove it\n"
        "content/koks/services/eksports.md:5:17: warning: `uses_last_year` is ignored: the uses in "
        "feedback/ rank the services; remove it\n");
}

TEST_CASE("a use after the as-of date is an error; before the member joined, a warning") {
  const std::string text =
      CheckText(WithFeedback("- {service: eksports, member: SIA Koks, date: 2026-12-02}\n"
                             "- {service: eksports, member: SIA Jaunais, date: 2026-10-05}\n"));
  CHECK(
      testing::Has(text,
                   "content/koks/feedback/2026-q4.yaml:1:47: error: `date` 2026-12-02 is after "
                   "2026-12-01, the date the build is as of; record a use once it has happened\n"));
  CHECK(testing::Has(text,
                     "content/koks/feedback/2026-q4.yaml:2:31: warning: `SIA Jaunais` joined on "
                     "2026-11-01, after this use on 2026-10-05; correct the date here or `joined` "
                     "in content/koks/members.yaml\n"));
}

TEST_CASE("the same member, service and date twice is a warning naming the first") {
  CHECK(testing::Has(
      CheckText(WithFeedback("- {service: eksports, member: SIA Koks, date: 2026-10-05}\n"
                             "- {service: eksports, member: SIA Koks, date: 2026-10-05}\n")),
      "content/koks/feedback/2026-q4.yaml:2:3: warning: the same member, service and date as at "
      "content/koks/feedback/2026-q4.yaml:1; remove one, or correct its date\n"));
}

TEST_CASE("with feedback/, a member without joined is in no group, with a warning") {
  MemoryFileSystem fs = WithFeedback("- {service: eksports, member: SIA Koks, date: 2026-10-05}\n");
  fs.Add("content/koks/members.yaml",
         "- {name: SIA Koks, sector: A, joined: 2020-01-01}\n"
         "- {name: SIA Bez, sector: B}\n"
         "- {name: Universitāte, kind: partner, type: research, sector: C}\n");
  CHECK(testing::Has(CheckText(fs),
                     "content/koks/members.yaml:2:3: warning: `SIA Bez` has no "
                     "`joined`, so it is in no group (new, active or reactivate); "
                     "write the date it joined the cluster\n"));
  CHECK_FALSE(testing::Has(CheckText(fs), "Universitāte"));
}

TEST_CASE("two members with one slug are an error naming both") {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/members.yaml",
         "- {name: SIA Koks, sector: A}\n"
         "- {name: SIA Līvu Koks, sector: A, joined: 2020-01-01}\n"
         "- {name: SIA Livu Koks, sector: B, joined: 2020-01-01}\n");
  CHECK(CheckText(fs) ==
        "content/koks/members.yaml:3:3: error: `SIA Livu Koks` and `SIA Līvu Koks` (line 2) both "
        "give the slug `sia-livu-koks` for the staff's pages; tell their names apart\n");
}

}  // namespace clustersite
