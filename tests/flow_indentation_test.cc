// Flow values (quoted texts, `[…]`, `{…}`) held to the indentation of their
// block, as the YAML reader meets them.

#include "load/flow_indentation.h"

#include <doctest/doctest.h>

#include "load/fields.h"
#include "load/yaml.h"
#include "test_util.h"

namespace clustersite {

using testing::YamlErrors;

TEST_CASE("YamlLines counts the line breaks libyaml counts") {
  YamlLines lines("a\r\n  b\rc\xC2\x85   d\xE2\x80\xA8\n  # note\n");
  CHECK(lines.Indent(0, false) == 0);
  CHECK(lines.Indent(1, false) == 2);
  CHECK(lines.Indent(2, false) == 0);
  CHECK(lines.Indent(3, false) == 3);
  CHECK(lines.Indent(4, false) == std::string::npos);  // blank
  CHECK(lines.Indent(5, false) == 2);
  CHECK(lines.Indent(5, true) == std::string::npos);  // only a comment
  CHECK(lines.Indent(9, false) == std::string::npos);
}

TEST_CASE("YamlLines finds a character by libyaml's column, counted in characters") {
  YamlLines lines("x: 1\nā: \"b\n");
  CHECK(lines.CharAt({1, 3}) == '"');
  CHECK(lines.CharAt({0, 0}) == 'x');
  CHECK(lines.CharAt({7, 0}) == '\0');
}

TEST_CASE("an unclosed quote in a flow mapping cannot swallow the next key") {
  CHECK(YamlErrors("title: T\ncontact: {name: \"Ilze Ozola, role: Coordinator}\n"
                   "visibility: members\", role: Coordinator}\n") ==
        "f.yaml:2:17: error: quoted value runs on into line 3, which is not indented enough to "
        "continue it; add the closing `\"`\n");
}

TEST_CASE("an unclosed quote in a flow list cannot swallow the next key") {
  CHECK(YamlErrors("- name: N\n  interests: [export, \"training\n"
                   "  contact: {name: N, email: n@x.lv}\"]\n") ==
        "f.yaml:2:23: error: quoted value runs on into line 3, which is not indented enough to "
        "continue it; add the closing `\"`\n");
}

TEST_CASE("an unclosed single quote in a nested mapping cannot swallow its sibling") {
  CHECK(YamlErrors("contact:\n  name: 'Ilze\n  role: x'\n", 4) ==
        "f.yaml:5:9: error: quoted value runs on into line 6, which is not indented enough to "
        "continue it; add the closing `'`\n");
}

TEST_CASE("an unclosed bracket cannot swallow the next key") {
  CHECK(YamlErrors("sectors: [a, b,\nvisibility: members]\n") ==
        "f.yaml:1:10: error: list runs on into line 2, which is not indented enough to continue "
        "it; add the closing `]`\n");
  CHECK(YamlErrors("- contact: {name: N,\n  visibility: members}\n") ==
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

}  // namespace clustersite
