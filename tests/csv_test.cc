// CSV read with libcsv, and the place of each field counted from the bytes.

#include "load/csv.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

/// Each field as "line:column=text", rows separated by " | ".
std::string Fields(const std::string& text, std::string* errors = nullptr) {
  Diagnostics diag;
  std::vector<CsvRow> rows;
  const bool ok = ParseCsv("f.csv", text, &diag, &rows);
  if (errors) *errors = diag.ToString();
  std::string out = ok ? "" : "!";
  for (const CsvRow& row : rows) {
    if (&row != &rows.front()) out += " | ";
    for (const CsvField& f : row) {
      if (&f != &row.front()) out += " ";
      out += std::to_string(f.pos.line) + ":" + std::to_string(f.pos.column) + "=" + f.text;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("CSV fields come with the line and column where each starts") {
  CHECK(Fields("a,bb,c\nd,,f\n") == "1:1=a 1:3=bb 1:6=c | 2:1=d 2:3= 2:4=f");
}

TEST_CASE("a comma inside quotes is part of the field, and doubled quotes are one") {
  CHECK(Fields("\"a, b\",\"say \"\"hi\"\"\",c\n") == "1:1=a, b 1:8=say \"hi\" 1:21=c");
}

TEST_CASE("a quoted line break makes the next fields start on a later physical line") {
  CHECK(Fields("x,\"one\ntwo\",y\nz,w,v\n") == "1:1=x 1:3=one\ntwo 2:6=y | 3:1=z 3:3=w 3:5=v");
}

TEST_CASE("a CSV column counts characters, not bytes") {
  CHECK(Fields("jā,nē,x\n") == "1:1=jā 1:4=nē 1:7=x");
}

TEST_CASE("a byte-order mark, blank lines and a missing last line break are accepted") {
  CHECK(Fields("\xEF\xBB\xBF"
               "a,b\n\n\nc,d") == "1:1=a 1:3=b | 4:1=c 4:3=d");
}

TEST_CASE("a stray quote and an unclosed quote are errors at their place") {
  std::string errors;
  CHECK(Fields("a,b\"c\n", &errors) == "!");
  CHECK(errors ==
        "f.csv:1:4: error: not valid CSV (RFC 4180): a stray quote; a field with a comma, quote "
        "or line break goes in double quotes, each quote inside it doubled (\"\")\n");
  CHECK(Fields("a,\"b\nc\n", &errors).substr(0, 1) == "!");
  CHECK(errors ==
        "f.csv:1:3: error: not valid CSV (RFC 4180): a quoted field is never closed; a field "
        "with a comma, quote or line break goes in double quotes, each quote inside it doubled "
        "(\"\")\n");
}

}  // namespace clustersite
