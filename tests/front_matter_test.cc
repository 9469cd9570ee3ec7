#include "load/front_matter.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("front matter is split with the line each part starts on") {
  SplitDocument doc;
  std::string err;
  Position pos;
  REQUIRE(SplitFrontMatter("---\ntitle: A\nsummary: B\n---\nBody\n", &doc, &err, &pos));
  CHECK(doc.has_front_matter);
  CHECK(doc.yaml == "title: A\nsummary: B\n");
  CHECK(doc.yaml_line == 2);
  CHECK(doc.body == "Body\n");
  CHECK(doc.body_line == 5);
}

TEST_CASE("a file without front matter is all body") {
  SplitDocument doc;
  std::string err;
  Position pos;
  REQUIRE(SplitFrontMatter("# About\n", &doc, &err, &pos));
  CHECK_FALSE(doc.has_front_matter);
  CHECK(doc.body == "# About\n");
  CHECK(doc.body_line == 1);
}

TEST_CASE("unclosed front matter is an error on line 1") {
  SplitDocument doc;
  std::string err;
  Position pos;
  CHECK_FALSE(SplitFrontMatter("---\ntitle: A\n", &doc, &err, &pos));
  CHECK(err == "front matter opened with `---` is never closed; add a `---` line after it");
  CHECK(pos.line == 1);
}

TEST_CASE("a UTF-8 byte-order mark and CRLF line endings are accepted") {
  std::string text = NormalizeNewlines("\xEF\xBB\xBF---\r\ntitle: A\r\n---\r\nBody\r\n");
  SplitDocument doc;
  std::string err;
  Position pos;
  REQUIRE(SplitFrontMatter(text, &doc, &err, &pos));
  CHECK(doc.yaml == "title: A\n");
  CHECK(doc.body == "Body\n");
}

TEST_CASE("a CRLF becomes a LF, and a lone CR stays, wherever they are") {
  CHECK(NormalizeNewlines("a\r\r\nb\rc\r\n") == "a\r\nb\rc\n");
  CHECK(NormalizeNewlines("\r\n\r\n") == "\n\n");
  CHECK(NormalizeNewlines("\r") == "\r");
  CHECK(NormalizeNewlines("x\r") == "x\r");
  CHECK(NormalizeNewlines("\rx\r\n") == "\rx\n");
  CHECK(NormalizeNewlines("service,member\r\nkoks,SIA A\r\nkoks,SIA B") ==
        "service,member\nkoks,SIA A\nkoks,SIA B");
  CHECK(NormalizeNewlines("no line ends") == "no line ends");
}

TEST_CASE("a closing fence with trailing spaces still closes") {
  SplitDocument doc;
  std::string err;
  Position pos;
  REQUIRE(SplitFrontMatter("---\na: 1\n---  \nB", &doc, &err, &pos));
  CHECK(doc.body == "B");
}

}  // namespace clustersite
