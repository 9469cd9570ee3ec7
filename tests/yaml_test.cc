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
