#include "load/yaml.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

std::string ParseErrors(const std::string& text, int first_line = 1) {
  Diagnostics diag;
  YamlFile file;
  YamlFile::Parse("f.yaml", text, first_line, &diag, &file);
  return diag.ToString();
}

}  // namespace

TEST_CASE("positions are given in the original file, not the front-matter block") {
  CHECK(ParseErrors("a: 1\na: 2\n", 5) ==
        "f.yaml:6:1: error: duplicate key `a`; each key may appear once\n");
}

TEST_CASE("duplicate keys in nested mappings are found") {
  CHECK(ParseErrors("contact:\n  name: A\n  name: B\n") ==
        "f.yaml:3:3: error: duplicate key `name`; each key may appear once\n");
}

TEST_CASE("a single-quoted value with a doubled quote is closed") {
  CHECK(ParseErrors("a: 'it''s'\nb: \"say \\\"hi\\\"\"\n") == "");
}

TEST_CASE("quotes inside a block scalar are literal text") {
  CHECK(ParseErrors("a: |\n  \"not closed\n  still text\nb: 1\n") == "");
}

TEST_CASE("an unclosed quote in a list item is an error") {
  CHECK(ParseErrors("- name: \"Acme\n  kind: partner\n") ==
        "f.yaml:1:9: error: quoted value is not closed; add the closing `\"`\n");
}

TEST_CASE("an unclosed quote in a flow mapping cannot swallow the next key") {
  CHECK(ParseErrors("title: T\ncontact: {name: \"Ilze Ozola, role: Coordinator}\n"
                    "visibility: members\", role: Coordinator}\n") ==
        "f.yaml:2:17: error: quoted value runs on into line 3, which is not indented enough to "
        "continue it; add the closing `\"`\n");
}

TEST_CASE("an unclosed quote in a flow list cannot swallow the next key") {
  CHECK(ParseErrors("- name: N\n  interests: [export, \"training\n"
                    "  contact: {name: N, email: n@x.lv}\"]\n") ==
        "f.yaml:2:23: error: quoted value runs on into line 3, which is not indented enough to "
        "continue it; add the closing `\"`\n");
}

TEST_CASE("an unclosed single quote in a nested mapping cannot swallow its sibling") {
  CHECK(ParseErrors("contact:\n  name: 'Ilze\n  role: x'\n", 4) ==
        "f.yaml:5:9: error: quoted value runs on into line 6, which is not indented enough to "
        "continue it; add the closing `'`\n");
}

TEST_CASE("an unclosed bracket cannot swallow the next key") {
  CHECK(ParseErrors("sectors: [a, b,\nvisibility: members]\n") ==
        "f.yaml:1:10: error: list runs on into line 2, which is not indented enough to continue "
        "it; add the closing `]`\n");
  CHECK(ParseErrors("- contact: {name: N,\n  visibility: members}\n") ==
        "f.yaml:1:12: error: mapping runs on into line 2, which is not indented enough to "
        "continue it; add the closing `}`\n");
}

TEST_CASE("flow values continued on lines indented past their block are read") {
  Diagnostics diag;
  YamlFile file;
  const std::string text =
      "title: \"Kā SIA Formatus\n  atrada klientu\"\n"
      "contact: {name: 'Ilze\n    Ozola', role: R}\n"
      "steps:\n- {who: cluster, title: \"Klasteris\n   koordinē\"}\n"
      "sectors: [a,\n# a comment may start a line\n\n  b]\n";
  REQUIRE(YamlFile::Parse("f.yaml", text, 1, &diag, &file));
  CHECK(diag.ToString() == "");
  Fields f(file, file.root(), &diag);
  CHECK(f.String("title") == "Kā SIA Formatus atrada klientu");
  CHECK(f.Node("contact").entries[0].second.Scalar() == "Ilze Ozola");
  CHECK(f.Node("steps").items[0].entries[1].second.Scalar() == "Klasteris koordinē");
  CHECK(f.StringList("sectors", 10).size() == 2);
}

TEST_CASE("a key repeated after 80,000 others is one error at the repeat") {
  std::string text;
  for (int i = 0; i < 80000; ++i) text += "k" + std::to_string(i) + ": v\n";
  text += "k40000: again\n";
  CHECK(ParseErrors(text) ==
        "f.yaml:80001:1: error: duplicate key `k40000`; each key may appear once\n");
}

TEST_CASE("Fields finds each key of a large mapping, and no other") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "k" + std::to_string(i) + ": v" + std::to_string(i) + "\n";
  Diagnostics diag;
  YamlFile file;
  REQUIRE(YamlFile::Parse("f.yaml", text, 1, &diag, &file));
  Fields f(file, file.root(), &diag);
  CHECK(f.String("k0") == "v0");
  CHECK(f.String("k999") == "v999");
  CHECK(f.PositionOf("k500").line == 501);
  CHECK_FALSE(f.Has("k1000"));
  CHECK(diag.ToString() == "");
}

TEST_CASE("20,000-deep nesting is a clear error, not a crash") {
  std::string deep(20000, '[');
  std::string text = "a: " + deep + "\n";
  std::string errors = ParseErrors(text);
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
  std::string errors = ParseErrors(text);
  CHECK(errors == "f.yaml:2:8: error: aliases (`*name`) are not supported; write the value out\n");
}

TEST_CASE("a document start marker at the top is allowed") {
  CHECK(ParseErrors("---\na: 1\n") == "");
}

TEST_CASE("Fields reports wrong types") {
  Diagnostics diag;
  YamlFile file;
  REQUIRE(YamlFile::Parse("f.yaml", "title: [a, b]\nn: many\n", 1, &diag, &file));
  Fields f(file, file.root(), &diag);
  CHECK_FALSE(f.String("title").has_value());
  CHECK_FALSE(f.Integer("n").has_value());
  CHECK(diag.ToString() ==
        "f.yaml:1:8: error: `title` must be text\n"
        "f.yaml:2:4: error: `n` must be a whole number of 0 or more, not `many`\n");
}

}  // namespace clustersite
