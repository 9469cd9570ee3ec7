// The scanner of Mustache tags the theme check reads templates with.

#include "theme/template_scan.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("every kind of tag is read with its name and where it starts, in characters") {
  std::vector<TemplateTag> tags;
  Position where;
  std::string error;
  REQUIRE(
      ScanTemplateTags("ā{{ a.b }}{{{c}}}\n{{&d}}{{#e}}{{^f}}{{/e}}{{> g }}{{! h\n}}{{=<% %>=}}",
                       &tags, &where, &error));
  using K = TemplateTag::Kind;
  std::vector<K> kinds;
  std::vector<std::string> names;
  for (const TemplateTag& t : tags) {
    kinds.push_back(t.kind);
    names.push_back(t.name);
  }
  CHECK(kinds == std::vector<K>{K::kVariable, K::kUnescaped, K::kUnescaped, K::kSection,
                                K::kInverted, K::kClose, K::kPartial, K::kComment, K::kDelimiters});
  CHECK(names[0] == "a.b");
  CHECK(names[1] == "c");
  CHECK(names[6] == "g");
  CHECK(tags[0].pos.line == 1);
  CHECK(tags[0].pos.column == 2);  // after one two-byte letter
  CHECK(tags[1].text == "{{{c}}}");
  CHECK(tags[2].pos.line == 2);
  CHECK(tags[2].pos.column == 1);
  CHECK(tags[8].pos.line == 3);
}

TEST_CASE("a tag never closed is an error where it opens") {
  std::vector<TemplateTag> tags;
  Position where;
  std::string error;
  CHECK_FALSE(ScanTemplateTags("x\n  {{{a}}", &tags, &where, &error));
  CHECK(error == "`{{{` is never closed with `}}}`");
  CHECK(where.line == 2);
  CHECK(where.column == 3);
}

}  // namespace clustersite
