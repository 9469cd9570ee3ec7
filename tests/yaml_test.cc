#include "load/yaml.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {

using testing::YamlErrors;

TEST_CASE("positions are given in the original file, not the front-matter block") {
  CHECK(YamlErrors("a: 1\na: 2\n", 5) ==
        "f.yaml:6:1: error: duplicate key `a`; each key may appear once\n");
}

TEST_CASE("duplicate keys in nested mappings are found") {
  CHECK(YamlErrors("contact:\n  name: A\n  name: B\n") ==
        "f.yaml:3:3: error: duplicate key `name`; each key may appear once\n");
}

TEST_CASE("a single-quoted value with a doubled quote is closed") {
  CHECK(YamlErrors("a: 'it''s'\nb: \"say \\\"hi\\\"\"\n") == "");
}

TEST_CASE("quotes inside a block scalar are literal text") {
  CHECK(YamlErrors("a: |\n  \"not closed\n  still text\nb: 1\n") == "");
}

TEST_CASE("an unclosed quote in a list item is an error") {
  CHECK(YamlErrors("- name: \"Acme\n  kind: partner\n") ==
        "f.yaml:1:9: error: quoted value is not closed; add the closing `\"`\n");
}

TEST_CASE("a key repeated after 80,000 others is one error at the repeat") {
  std::string text;
  for (int i = 0; i < 80000; ++i) text += "k" + std::to_string(i) + ": v\n";
  text += "k40000: again\n";
  CHECK(YamlErrors(text) ==
        "f.yaml:80001:1: error: duplicate key `k40000`; each key may appear once\n");
}

TEST_CASE("20,000-deep nesting is a clear error, not a crash") {
  std::string deep(20000, '[');
  std::string text = "a: " + deep + "\n";
  std::string errors = YamlErrors(text);
  CHECK(errors.find("error: ") != std::string::npos);
  CHECK(errors.find("nested") != std::string::npos);
}

TEST_CASE("a billion-laughs alias bomb is an error, not an explosion") {
  std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c) {
    text += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) text += std::string(i ? ", *" : "*") + prev;
    text += "]\n";
    prev = c;
  }
  std::string errors = YamlErrors(text);
  CHECK(errors == "f.yaml:2:8: error: aliases (`*name`) are not supported; write the value out\n");
}

TEST_CASE("a document start marker at the top is allowed") {
  CHECK(YamlErrors("---\na: 1\n") == "");
}

}  // namespace clustersite

namespace clustersite {

using testing::Edit;
using testing::Has;

TEST_CASE("a tab that indents a line is named as a tab, with its column and the fix") {
  CHECK(YamlErrors("contact:\n  \tname: A\n") ==
        "f.yaml:2:3: error: a tab indents this line; YAML indents with spaces — replace the tab "
        "at column 3 with spaces\n");
  CHECK(YamlErrors("contact:\n\tname: A\n", 2) ==
        "f.yaml:3:1: error: a tab indents this line; YAML indents with spaces — replace the tab "
        "at column 1 with spaces\n");
}

TEST_CASE("a tab that indents a continued text or a block text is named as a tab") {
  CHECK(YamlErrors("vision: one\n\ttwo\n") ==
        "f.yaml:2:1: error: a tab indents this line; YAML indents with spaces — replace the tab "
        "at column 1 with spaces\n");
  CHECK(YamlErrors("text: |\n\tline\n") ==
        "f.yaml:2:1: error: a tab indents this line; YAML indents with spaces — replace the tab "
        "at column 1 with spaces\n");
}

TEST_CASE("a tab after a list's dash is named as a tab") {
  CHECK(YamlErrors("steps:\n  - \twho: cluster\n") ==
        "f.yaml:2:5: error: a tab indents this value; YAML indents with spaces — replace the tab "
        "at column 5 with spaces\n");
}

TEST_CASE("a tab between a key and its value is no error") {
  CHECK(YamlErrors("name:\tA\nvision: \"a\"\n") == "");
}

TEST_CASE("a tab in the indentation of any YAML file, front matter too, is named as a tab") {
  MemoryFileSystem fs = testing::ValidTree();
  const std::string fix = "; YAML indents with spaces — replace the tab at column ";
  Edit(&fs, "content/portal.yaml", "base_url:", "\tbase_url:");
  Edit(&fs, "content/koks/cluster.yaml", "  email:", " \temail:");
  Edit(&fs, "content/koks/members.yaml", "  kind:", "\tkind:");
  Edit(&fs, "content/koks/stories/publisks.md", "company:", "\tcompany:");
  std::string out = testing::CheckText(fs);
  CHECK(Has(out,
            "content/portal.yaml:2:1: error: a tab indents this line" + fix + "1 with spaces\n"));
  CHECK(Has(out, "content/koks/cluster.yaml:9:2: error: a tab indents this line" + fix +
                     "2 with spaces\n"));
  CHECK(Has(out, "content/koks/members.yaml:2:1: error: a tab indents this line" + fix +
                     "1 with spaces\n"));
  CHECK(Has(out, "content/koks/stories/publisks.md:3:1: error: a tab indents this line" + fix +
                     "1 with spaces\n"));
  CHECK_FALSE(Has(out, "cannot start any token"));
}

}  // namespace clustersite
