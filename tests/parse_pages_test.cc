// Services, stories and roadmaps parsed from their files in memory.

#include <doctest/doctest.h>

#include "model/parse.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::ValidTree;

SourceFile Page(const std::string& rel, const std::string& text) {
  return {"content/koks/" + rel, "koks/" + rel, text};
}

}  // namespace

TEST_CASE(
    "a service's audiences and visibility are read as their closed sets; a wrong audience is an "
    "error at the list") {
  Diagnostics diag;
  Service s;
  REQUIRE(ParseService(Page("services/eksports.md",
                            "---\ntitle: E\nsummary: S\ncategory: c\naudience: [new, reactivate, "
                            "old]\nvisibility: members\n---\nBody\n"),
                       &diag, &s));
  CHECK(s.slug == "eksports");
  CHECK(s.audience == std::vector{ServiceAudience::kNew, ServiceAudience::kReactivate});
  CHECK(s.visibility == Audience::kMembers);
  CHECK(s.body.markdown == "Body\n");
  CHECK(diag.ToString() ==
        "content/koks/services/eksports.md:5:11: error: `audience` is `old`; it must be one of "
        "`new`, `active` or `reactivate`\n");
}

TEST_CASE("a story is members-only unless it says it is public") {
  Diagnostics diag;
  Story s;
  REQUIRE(
      ParseStory(Page("stories/a.md",
                      "---\ntitle: T\ncompany: C\ndate: 2026-03-01\nconsent: 2026-02-01\n---\n"),
                 &diag, &s));
  CHECK(s.visibility == Audience::kMembers);
  CHECK(s.consent == Date{2026, 2, 1});
  CHECK(diag.ToString() == "");
}

TEST_CASE("a roadmap's steps are read with who takes each") {
  Diagnostics diag;
  Roadmap r;
  REQUIRE(ParseRoadmap(Page("roadmaps/r.md",
                            "---\ntitle: R\nfor: active\nsteps:\n  - {who: cluster, title: A}\n"
                            "  - {who: member, title: B, when: 2026-12-03}\n---\n"),
                       &diag, &r));
  CHECK(r.kind == RoadmapFor::kActive);
  REQUIRE(r.steps.size() == 2);
  CHECK(r.steps[0].who == StepWho::kCluster);
  CHECK(r.steps[1].who == StepWho::kMember);
  CHECK(r.steps[1].when_date == Date{2026, 12, 3});
  CHECK(diag.ToString() == "");
}

TEST_CASE("a roadmap for a service must name it, and must have steps") {
  Diagnostics diag;
  Roadmap r;
  ParseRoadmap(Page("roadmaps/r.md", "---\ntitle: R\nfor: service\n---\n"), &diag, &r);
  CHECK(diag.ToString() ==
        "content/koks/roadmaps/r.md:2:1: error: missing required key `steps`\n"
        "content/koks/roadmaps/r.md:3:6: error: a roadmap `for: service` must name its "
        "`service`\n");
}

TEST_CASE("a page without front matter is an error at its first line") {
  Diagnostics diag;
  Service s;
  CHECK_FALSE(ParseService(Page("services/s.md", "Only text\n"), &diag, &s));
  CHECK(diag.ToString() ==
        "content/koks/services/s.md:1:1: error: missing front matter: start the file with a "
        "`---` line, the YAML fields, and another `---` line\n");
}

TEST_CASE("a service without a title is an error at the front matter") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md", "---\nsummary: S\ncategory: c\n---\nBody\n");
  CHECK(CheckText(fs) ==
        "content/koks/services/apmacibas.md:2:1: error: missing required key `title`\n");
}

TEST_CASE("`draft: true` makes a page a draft; a value but true or false is an error and a draft") {
  Diagnostics diag;
  auto draft = [&](auto parse, auto page, const std::string& rel, const std::string& fields) {
    REQUIRE(parse(Page(rel, "---\ntitle: A\n" + fields + "---\n"), &diag, &page));
    return page.draft;
  };
  CHECK(draft(ParseStory, Story{}, "stories/a.md", "company: C\ndate: 2026-01-01\ndraft: true\n"));
  CHECK(draft(ParseService, Service{}, "services/b.md", "summary: S\ncategory: c\ndraft: yes\n"));
  CHECK_FALSE(draft(ParseRoadmap, Roadmap{}, "roadmaps/c.md",
                    "for: new\ndraft: false\nsteps:\n  - {who: member, title: T}\n"));
  CHECK(diag.ToString() ==
        "content/koks/services/b.md:5:8: error: `draft` must be `true` or `false`, not `yes`\n");
}

TEST_CASE("a page keeps the placeholders `new` wrote, with their places, for validation") {
  Diagnostics diag;
  Service s;
  REQUIRE(ParseService(Page("services/b.md",
                            "---\ntitle: B\n# Ko pakalpojums dod biedram, vienā teikumā.\n"
                            "summary: \"Ko pakalpojums dod biedram, vienā teikumā.\"\n"
                            "category: c\n---\nKas ir šis pakalpojums, kam tas paredzēts un kā "
                            "biedrs to izmanto, soli pa solim.\n"),
                       &diag, &s));
  REQUIRE(s.placeholders.size() == 2);
  CHECK(s.placeholders[0].pos.line == 4);
  CHECK(s.placeholders[0].pos.column == 11);
  CHECK(s.placeholders[1].pos.line == 7);
  CHECK(s.placeholders[1].pos.column == 1);
}

}  // namespace clustersite
