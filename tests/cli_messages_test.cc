// What the command line says when the user asked for something that cannot
// be done: a date that does not exist, a folder that is no content folder,
// a PDF that cannot be written or an engine that fails. Each in one line
// that says what to do, and never "failed: 0 errors".

#include <doctest/doctest.h>

#include <string>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::Run;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;
const std::string kContent = kSource + "/content";

}  // namespace

TEST_CASE("kit --date that does not exist says how many days the month has") {
  std::string out;
  CHECK(Run(kBin + " kit " + kContent + " --cluster koks --date 2027-02-30", &out) == 1);
  CHECK(out == "error: --date 2027-02-30 is not a date: February 2027 has 28 days\n");
  CHECK(Run(kBin + " kit " + kContent + " --cluster koks --date 2026-13-01", &out) == 1);
  CHECK(out ==
        "error: --date 2026-13-01 is not a date: there is no month 13; months are 01 to 12\n");
  CHECK(Run(kBin + " kit " + kContent + " --cluster koks --date 1.12.2026", &out) == 1);
  CHECK(out == "error: --date `1.12.2026` is not a date as YYYY-MM-DD\n");
}

}  // namespace clustersite
