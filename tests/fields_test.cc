#include "load/fields.h"

#include <doctest/doctest.h>

namespace clustersite {

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
