#include "load/record_list.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/yaml.h"
#include "yaml_dump.h"

namespace clustersite {
namespace {

using testing::YamlDump;

/// The list as ReadRecordList reads it, or "declined".
std::string Fast(const std::string& text, int first_line = 1) {
  YamlNode list;
  list.kind = YamlNode::Kind::kSequence;
  auto keep = [&](YamlNode& item) { list.items.push_back(item); };
  if (!ReadRecordList(text, first_line, keep, &list.pos)) return "declined";
  return YamlDump(list);
}

/// The same text through libyaml, whole ("error" when it does not parse).
std::string Libyaml(const std::string& text, int first_line = 1) {
  Diagnostics diag;
  YamlFile yaml;
  if (!YamlFile::Parse("f.yaml", text, first_line, &diag, &yaml)) return "error";
  return YamlDump(yaml.root());
}

const char kRecords[] =
    "- service: tirgus-izpete\n"
    "  member: \"AS Mēness Koks\"\n"
    "  date: 2026-01-01\n"
    "  rating: 5\n"
    "  comment: \"Kontakti ar \\\"Baltic Wood\\\" un C:\\\\ jau: # nesa\"\n"
    "  quote: false\n"
    "- service: x\n"
    "  comment: \"Pirmā diena: labi.\\nOtrā\\tdiena \\/ \\\\n\"\n"
    "\n"
    "- service: eksporta-konsultacijas\n"
    "  member: SIA Bērzs Grupa, Rīga [LV] {x} a#b it's 50%\n"
    "  rating: ~\n"
    "  contacts: null\n";

}  // namespace

TEST_CASE("a list of records in the usual shape reads as libyaml reads it") {
  const std::string fast = Fast(kRecords);
  CHECK(fast != "declined");
  CHECK(fast == Libyaml(kRecords));
  CHECK(Fast(kRecords, 7) == Libyaml(kRecords, 7));
  // Characters, not bytes, count in a column.
  CHECK(fast.find("scalar 11:11 [SIA Bērzs Grupa, Rīga [LV] {x} a#b it's 50%]") !=
        std::string::npos);
  CHECK(fast.find("null 12:11 [~]") != std::string::npos);
  // The last line may end without a line break.
  const std::string unended = "- a: 1\n  b: \"x\"";
  CHECK(Fast(unended) != "declined");
  CHECK(Fast(unended) == Libyaml(unended));
}

TEST_CASE("anything outside the usual shape is left to libyaml") {
  const std::vector<std::string> others = {
      "",                       // no list
      "\n\n",                   //
      "a: 1\n",                 // a mapping
      "# quarter 4\n- a: 1\n",  // a comment
      "- a: 1 # note\n",        // a comment after a value
      "- a: long text #\n",     // an empty one
      "- a: 1\n  b:\n",         // an empty value
      "- a:\n    - x\n",        // a nested list
      "- a: [x, y]\n",          // a flow value
      "- a: {x: 1}\n",          //
      "- a: |\n    text\n",     // a block value
      "- a: 'single'\n",        // single quotes
      "- a: \"bell\\a\"\n",     // another escape
      "- a: bell\a after\n",    // a control, past the first four bytes
      "- a: \"\\u00e9\"\n",     //
      "- a: \"x\\\"\n",         // an escaped closing quote
      "- a: \"open\n  b: 1\n",  // a quote not closed on its line
      "- a: \"x\" y\n",         // text after the closing quote
      "- a: x: y\n",            // a mapping in a value
      "- a: x \n",              // a trailing space
      "- a: x:\n",              //
      "- a:\tx\n",              // a tab
      "- a: x\r\n",             // CR
      "- a: 1\n  a: 2\n",       // a duplicate key
      "- a: 1\n   b: 2\n",      // misindented
      "-  a: 1\n",              //
      "-\n  a: 1\n",            //
      "  a: 1\n",               // a continuation before any item
      "---\n- a: 1\n",          // a document marker
      "- null: 1\n",            // a null key
      "- a: &x 1\n",            // an anchor
      "- a: *x\n",              // an alias
      "- a: !tag 1\n",          // a tag
      "- a: -1\n",              // an indicator first
      "- a: b\xc2\x85"
      "c\n",  // NEL, a line break to YAML 1.1
      "- a: b\xe2\x80\xa8"
      "c\n",  // U+2028
      "- a: \xef\xbb\xbf"
      "b\n",                                   // U+FEFF
      "- \"a\": 1\n",                          // a quoted key
      "- " + std::string(200, 'k') + ": 1\n",  // a key longer than libyaml takes
  };
  for (const std::string& text : others) {
    CAPTURE(text);
    CHECK(Fast(text) == "declined");
  }
  // A character YAML reads as a line break or refuses, anywhere in a value
  // long enough to be read 16 bytes at a time.
  for (const std::string special :
       {"\t", "\x7f", "\x01", "\xc2\x85", "\xc2\x9f", "\xe2\x80\xa8", "\xe2\x80\xa9",
        "\xef\xbb\xbf", "\xef\xbf\xbe", "\xef\xbf\xbf"}) {
    for (size_t at = 0; at <= 40; ++at) {
      std::string value = "Mēness Koks un Saule, SIA Rīga " + std::string(20, 'x');
      value.insert(at, special);
      CAPTURE(value);
      CHECK(Fast("- a: 1\n  b: " + value + "\n") == "declined");
    }
  }
}

TEST_CASE("YamlFile hands the records of the usual shape over as libyaml's would be") {
  std::vector<std::string> seen;
  Diagnostics diag;
  YamlFile yaml;
  const bool ok = YamlFile::Parse(
      "f.yaml", kRecords, 1, &diag,
      [&](const YamlFile& f, YamlNode& item) {
        CHECK(f.path() == "f.yaml");
        seen.push_back(YamlDump(item));
      },
      [] { FAIL("a list in the usual shape is read once"); }, &yaml);
  CHECK(ok);
  CHECK(diag.Sorted().empty());
  CHECK(yaml.root().IsSequence());
  CHECK(yaml.root().pos.line == 1);
  CHECK(yaml.root().items.empty());
  YamlFile whole;
  REQUIRE(YamlFile::Parse("f.yaml", kRecords, 1, &diag, &whole));
  REQUIRE(whole.root().items.size() == seen.size());
  for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == YamlDump(whole.root().items[i]));
}

TEST_CASE("a list that leaves the usual shape part way is handed over again, by libyaml") {
  // The fast reader reads the text once: the three records before the
  // comment are handed over before it finds the comment, then dropped by the
  // restart, and libyaml hands over all four.
  const std::string text = std::string(kRecords) + "# the last one\n" +
                           "- service: eksports\n  member: SIA Koks\n  date: 2026-10-14\n";
  std::vector<std::string> seen;
  int restarts = 0;
  Diagnostics diag;
  YamlFile yaml;
  CHECK(YamlFile::Parse(
      "f.yaml", text, 1, &diag,
      [&](const YamlFile&, YamlNode& item) { seen.push_back(YamlDump(item)); },
      [&] {
        ++restarts;
        seen.clear();
      },
      &yaml));
  CHECK(restarts == 1);
  YamlFile whole;
  REQUIRE(YamlFile::Parse("f.yaml", text, 1, &diag, &whole));
  REQUIRE(whole.root().items.size() == seen.size());
  for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == YamlDump(whole.root().items[i]));
}

}  // namespace clustersite
