// Closed sets read from YAML: each value once, at its position, with a hint.

#include "model/parse_values.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::ValidTree;

/// `key` of the YAML mapping `text`, read as a value of E, and the
/// diagnostics that gave.
template <typename E>
std::pair<E, std::string> Read(const std::string& text, const std::string& key, E absent,
                               E invalid) {
  Diagnostics diag;
  YamlFile file;
  REQUIRE(YamlFile::Parse("f.yaml", text, 1, &diag, &file));
  Fields f(file, file.root(), &diag);
  E value = ParseOneOf(f, key, absent, invalid);
  return {value, diag.ToString()};
}

/// Checks that `key: value` reads as `expected`, and gives `errors`; an
/// absent or a wrong value reads as `fallback`.
template <typename E>
void CheckRead(const std::string& key, const std::string& value, E fallback, E expected,
               const std::string& errors = "") {
  CHECK(Read(key + ": " + value + "\n", key, fallback, fallback) == std::pair(expected, errors));
}

}  // namespace

TEST_CASE("a member's kind is read from its name, with a hint on a near miss") {
  CheckRead("kind", "partner", MemberKind::kMember, MemberKind::kPartner);
  CHECK(Read("x: 1", "kind", MemberKind::kMember, MemberKind::kPartner).first ==
        MemberKind::kMember);
  CheckRead("kind", "partnr", MemberKind::kMember, MemberKind::kMember,
            "f.yaml:1:7: error: `kind` is `partnr`; it must be one of `member` or `partner` "
            "(did you mean `partner`?)\n");
}

TEST_CASE("a member's type is read from its name, with a hint on a near miss") {
  CheckRead("type", "ngo", MemberType::kCompany, MemberType::kNgo);
  CheckRead("type", "  reserch", MemberType::kCompany, MemberType::kCompany,
            "f.yaml:1:9: error: `type` is `reserch`; it must be one of `company`, `research`, "
            "`education`, `public` or `ngo` (did you mean `research`?)\n");
}

TEST_CASE("a member's size is read from its name; absent or empty is unset") {
  CheckRead("size", "large", MemberSize::kUnset, MemberSize::kLarge);
  CheckRead("size", "''", MemberSize::kUnset, MemberSize::kUnset);
  CheckRead("size", "smee", MemberSize::kUnset, MemberSize::kUnset,
            "f.yaml:1:7: error: `size` is `smee`; it must be one of `sme` or `large` "
            "(did you mean `sme`?)\n");
}

TEST_CASE("a step's who is read from its name, with a hint on a near miss") {
  CheckRead("who", "cluster", StepWho::kBoth, StepWho::kCluster);
  CheckRead("who", "membr", StepWho::kBoth, StepWho::kBoth,
            "f.yaml:1:6: error: `who` is `membr`; it must be one of `cluster`, `member` or "
            "`both` (did you mean `member`?)\n");
}

TEST_CASE("a cluster's label is read from its name; absent or empty is none") {
  CheckRead("label", "gold", Label::kNone, Label::kGold);
  CheckRead("label", "\"\"", Label::kNone, Label::kNone);
  CheckRead("label", "silvr", Label::kNone, Label::kNone,
            "f.yaml:1:8: error: `label` is `silvr`; it must be one of `bronze`, `silver` or "
            "`gold` (did you mean `silver`?)\n");
}

TEST_CASE("a newsletter is read from its name") {
  CheckRead("newsletter", "quarterly", Newsletter::kUnset, Newsletter::kQuarterly);
  CheckRead("newsletter", "weekley", Newsletter::kUnset, Newsletter::kUnset,
            "f.yaml:1:13: error: `newsletter` is `weekley`; it must be one of `weekly`, "
            "`monthly` or `quarterly` (did you mean `weekly`?)\n");
}

TEST_CASE("a roadmap's for is read from its name, with a hint on a near miss") {
  CheckRead("for", "service", RoadmapFor::kNew, RoadmapFor::kService);
  CheckRead("for", "activ", RoadmapFor::kNew, RoadmapFor::kNew,
            "f.yaml:1:6: error: `for` is `activ`; it must be one of `new`, `active`, "
            "`reactivate` or `service` (did you mean `active`?)\n");
}

TEST_CASE("a language is read from its name, with a hint on a near miss") {
  CheckRead("language", "en", Language::kLv, Language::kEn);
  CheckRead("language", "lvv", Language::kLv, Language::kLv,
            "f.yaml:1:11: error: `language` is `lvv`; it must be one of `lv` or `en` "
            "(did you mean `lv`?)\n");
}

TEST_CASE("a value far from every name lists the names without a hint") {
  CheckRead("kind", "sponsor", MemberKind::kMember, MemberKind::kMember,
            "f.yaml:1:7: error: `kind` is `sponsor`; it must be one of `member` or `partner`\n");
}

TEST_CASE(
    "visibility is public or members; staff is an audience, not a visibility content may name") {
  Diagnostics diag;
  YamlFile file;
  REQUIRE(YamlFile::Parse("f.yaml", "visibility: staff\n", 1, &diag, &file));
  Fields f(file, file.root(), &diag);
  CHECK(ParseVisibility(f, Audience::kPublic) == Audience::kMembers);
  CHECK(diag.ToString() ==
        "f.yaml:1:13: error: `visibility` is `staff`; it must be one of `public` or `members`\n");
}

TEST_CASE("a value of over 64 characters is quoted by its first 60 and an ellipsis") {
  auto check = [](const std::string& value, const std::string& quoted) {
    CheckRead(
        "kind", value, MemberKind::kMember, MemberKind::kMember,
        "f.yaml:1:7: error: `kind` is `" + quoted + "`; it must be one of `member` or `partner`\n");
  };
  check(std::string(2'000'000, 'x'), std::string(60, 'x') + "…");
  check(std::string(64, 'y'), std::string(64, 'y'));
  std::string letters, sixty;
  for (int i = 0; i < 65; ++i) letters += "ā";
  for (int i = 0; i < 60; ++i) sixty += "ā";
  check(letters, sixty + "…");
}

TEST_CASE("an unknown visibility is an error and never publishes") {
  auto fs = ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\ntitle: T\ncompany: SIA Koks\ndate: 2026-03-01\nconsent: 2026-02-01\n"
         "visibility: pubic\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/stories/publisks.md:6:13: error: `visibility` is `pubic`; "
        "it must be one of `public` or `members` (did you mean `public`?)\n");
}

TEST_CASE("a value outside its allowed set is an error with the allowed values") {
  auto fs = ValidTree();
  fs.Add("content/koks/roadmaps/eksporta-cels.md",
         "---\ntitle: T\nfor: service\nservice: eksports\nsteps:\n  - who: klasteris\n"
         "    title: S\n---\n");
  CHECK(CheckText(fs) ==
        "content/koks/roadmaps/eksporta-cels.md:6:10: error: `who` is "
        "`klasteris`; it must be one of `cluster`, `member` or `both`\n");
}

TEST_CASE("a contact is a name, or a mapping with a checked e-mail address") {
  Diagnostics diag;
  YamlFile file;
  REQUIRE(
      YamlFile::Parse("f.yaml", "a: Ilze\nb: {name: Anna, email: anna at x}\n", 1, &diag, &file));
  Fields f(file, file.root(), &diag);
  CHECK(ParseContact(f, "a", true)->name == "Ilze");
  std::optional<Contact> b = ParseContact(f, "b", false);
  REQUIRE(b);
  CHECK(b->name == "Anna");
  CHECK(b->email == "");
  CHECK_FALSE(ParseContact(f, "c", true));
  CHECK(diag.ToString() == "f.yaml:2:24: error: `email` is not an e-mail address: `anna at x`\n");
}

TEST_CASE("a page's slug is its file name without the extension") {
  CHECK(Stem("koks/services/eksports.md") == "eksports");
  CHECK(Stem("eksports") == "eksports");
}

}  // namespace clustersite
