// members.yaml parsed in memory.

#include <doctest/doctest.h>

#include "model/parse.h"

namespace clustersite {
namespace {

std::string Parse(const std::string& yaml, Cluster* c) {
  Diagnostics diag;
  ParseMembers({"content/koks/members.yaml", "koks/members.yaml", yaml}, &diag, c);
  return diag.ToString();
}

}  // namespace

TEST_CASE("a member's kind, type and size are read as their closed sets") {
  Cluster c;
  CHECK(Parse("- {name: A, kind: partner, type: research, sector: S}\n"
              "- {name: B, size: sme, sector: S}\n",
              &c) == "");
  REQUIRE(c.members.size() == 2);
  CHECK(c.members[0].kind == MemberKind::kPartner);
  CHECK(c.members[0].type == MemberType::kResearch);
  CHECK(c.members[0].size == MemberSize::kUnset);
  CHECK(c.members[1].kind == MemberKind::kMember);
  CHECK(c.members[1].type == MemberType::kCompany);
  CHECK(c.members[1].size == MemberSize::kSme);
}

TEST_CASE("every wrong value of a member is reported, and the member is kept") {
  Cluster c;
  CHECK(Parse("- name: A\n  kind: partnr\n  type: school\n  size: huge\n  sector: S\n", &c) ==
        "content/koks/members.yaml:2:9: error: `kind` is `partnr`; it must be one of `member` "
        "or `partner` (did you mean `partner`?)\n"
        "content/koks/members.yaml:3:9: error: `type` is `school`; it must be one of `company`, "
        "`research`, `education`, `public` or `ngo`\n"
        "content/koks/members.yaml:4:9: error: `size` is `huge`; it must be one of `sme` or "
        "`large`\n");
  REQUIRE(c.members.size() == 1);
  CHECK(c.members[0].kind == MemberKind::kMember);
}

TEST_CASE("members.yaml that is not a list is one error") {
  Cluster c;
  CHECK(Parse("name: A\n", &c) ==
        "content/koks/members.yaml:1:1: error: members.yaml must be a list of members "
        "(`- name: …`)\n");
}

}  // namespace clustersite
