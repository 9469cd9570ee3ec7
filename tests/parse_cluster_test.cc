// A cluster's own files parsed in memory: cluster.yaml and about.md.

#include <doctest/doctest.h>

#include "model/parse.h"

namespace clustersite {
namespace {

const std::string kClusterYaml =
    "name: Koks\nvision: V\nlanguage: en\nlabel: silver\ncontact: {name: Ilze}\n";

std::string Parse(const std::string& yaml, Cluster* c) {
  Diagnostics diag;
  c->slug = "koks";
  ParseClusterYaml({"content/koks/cluster.yaml", "koks/cluster.yaml", yaml}, &diag, c);
  return diag.ToString();
}

}  // namespace

TEST_CASE("a cluster's language, label and newsletter are read as their closed sets") {
  Cluster c;
  CHECK(Parse(kClusterYaml + "communication: {newsletter: monthly}\n", &c) == "");
  CHECK(c.language == Language::kEn);
  CHECK(c.label == Label::kSilver);
  CHECK(c.communication.newsletter == Newsletter::kMonthly);
}

TEST_CASE("a cluster without a label or a newsletter has none, and is Latvian") {
  Cluster c;
  CHECK(Parse("name: Koks\nvision: V\ncontact: {name: Ilze}\n", &c) == "");
  CHECK(c.language == Language::kLv);
  CHECK(c.label == Label::kNone);
  CHECK(c.communication.newsletter == Newsletter::kUnset);
}

TEST_CASE("a wrong newsletter is an error at its value inside communication") {
  Cluster c;
  CHECK(Parse(kClusterYaml + "communication:\n  newsletter: daily\n", &c) ==
        "content/koks/cluster.yaml:7:15: error: `newsletter` is `daily`; it must be one of "
        "`weekly`, `monthly` or `quarterly`\n");
  CHECK(c.communication.newsletter == Newsletter::kUnset);
}

TEST_CASE("`paginate` sets the entries on a page of a long list, 30 when it is not given") {
  Cluster c;
  CHECK(Parse(kClusterYaml, &c) == "");
  CHECK(c.paginate == 30);
  CHECK(Parse(kClusterYaml + "paginate: 12\n", &c) == "");
  CHECK(c.paginate == 12);
}

TEST_CASE("a `paginate` of 0 or over 1000 is an error at its value, and 30 stays") {
  Cluster c;
  CHECK(Parse(kClusterYaml + "paginate: 0\n", &c) ==
        "content/koks/cluster.yaml:6:11: error: `paginate` is 0: a page of a list holds 1 to 1000 "
        "entries; write a number in that range\n");
  CHECK(c.paginate == 30);
  CHECK(Parse(kClusterYaml + "paginate: 1001\n", &c) ==
        "content/koks/cluster.yaml:6:11: error: `paginate` is 1001: a page of a list holds 1 to "
        "1000 entries; write a number in that range\n");
}

TEST_CASE("categories must map keys to names, and directions must be a list") {
  Cluster c;
  CHECK(Parse(kClusterYaml + "categories: [a, b]\ndirections: {title: T}\n", &c) ==
        "content/koks/cluster.yaml:6:13: error: `categories` must map each category key to its "
        "name, like `eksports: Eksports`\n"
        "content/koks/cluster.yaml:7:13: error: `directions` must be a list\n");
}

TEST_CASE("about.md's front matter may say only `draft`; without it, about.md is plain text") {
  ClusterFiles files;
  files.slug = "koks";
  files.about = SourceFile{"content/koks/about.md", "koks/about.md", "---\na: 1\n---\nText\n"};
  Diagnostics diag;
  Cluster c;
  ParseClusterFiles(files, &diag, &c);
  CHECK(diag.ToString() ==
        "content/koks/about.md:2:1: error: unknown key `a`; known keys are `draft`\n");
  files.about->text = "---\ndraft: true\n---\nText\n";
  Diagnostics none;
  Cluster draft;
  ParseClusterFiles(files, &none, &draft);
  CHECK(none.ToString() == "");
  REQUIRE(draft.about);
  CHECK(draft.about_draft);
  CHECK(draft.about->markdown == "Text\n");
  CHECK(draft.about->first_line == 4);
  files.about->text = "Text\n";
  Cluster plain;
  ParseClusterFiles(files, &diag, &plain);
  REQUIRE(plain.about);
  CHECK(plain.about->markdown == "Text\n");
}

TEST_CASE("`draft: true` in cluster.yaml makes the cluster a draft, at its line") {
  Diagnostics diag;
  Cluster c;
  ParseClusterYaml({"content/koks/cluster.yaml", "koks/cluster.yaml",
                    "name: K\nvision: V\ncontact: {name: N}\ndraft: true\n"},
                   &diag, &c);
  CHECK(diag.ToString() == "");
  CHECK(c.draft);
  CHECK(c.draft_pos.line == 4);
  CHECK(c.draft_pos.column == 8);
}

}  // namespace clustersite
