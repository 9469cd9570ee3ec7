// What the command line says when the user asked for something that cannot
// be done: a date that does not exist, a folder that is no content folder,
// a PDF that cannot be written or an engine that fails. Each in one line
// that says what to do, and never "failed: 0 errors".

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/text.h"
#include "serve_client.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::Run;
using testing::TempDir;
using testing::WriteText;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;
const std::string kContent = kSource + "/content";

/// What a content folder is, as every message about a wrong one says it.
const std::string kWhat =
    "a content folder holds a folder per cluster, each with a cluster.yaml, and may hold "
    "portal.yaml";

/// tests/fixtures/brand built into a temporary folder, for its welcome kit.
struct BuiltKit {
  TempDir dir;
  std::string kit = dir / "site/dzeltens/welcome-kit/index.html";
  BuiltKit() {
    std::string out;
    REQUIRE(Run(kBin + " build " + kSource + "/tests/fixtures/brand -o " + (dir / "site"), &out) ==
            0);
  }
};

/// A folder of its own holding a stand-in for the `weasyprint` program: it
/// says `noise` on stderr, then writes its last argument (the PDF) or fails.
struct FakeWeasyPrint {
  TempDir dir;
  std::string path;  ///< a PATH with the stand-in first
  FakeWeasyPrint(const std::string& noise, bool succeed) {
    std::filesystem::create_directories(dir.path / "bin");
    const std::string program = dir / "bin/weasyprint";
    WriteText(program, "#!/bin/sh\nfor a; do last=$a; done\necho '" + noise + "' >&2\n" +
                           (succeed ? "echo '%PDF-1.4' > \"$last\"\n" : "exit 3\n"));
    std::filesystem::permissions(program, std::filesystem::perms::owner_all);
    path = "PATH=" + (dir / "bin") + ":/usr/bin:/bin ";
  }
};

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

TEST_CASE("an empty folder is no content folder: one line says what one is and what to run") {
  TempDir tmp;
  std::filesystem::create_directories(tmp.path / "empty");
  const std::string empty = tmp / "empty";
  const std::string line =
      empty + ": error: is not a content folder: it holds no portal.yaml and no cluster folder; " +
      kWhat +
      ": give the folder that holds them, or start one here with `clustersite new cluster " +
      "SLUG -C " + empty + "`\n";
  std::string out;
  CHECK(Run(kBin + " build " + empty + " -o " + (tmp / "out"), &out) == 1);
  CHECK(out == line + "build failed: 1 error; " + (tmp / "out") + "/ is unchanged\n");
  CHECK(Run(kBin + " check " + empty, &out) == 1);
  CHECK(out == line + "check failed: 1 error\n");
  CHECK(Run(kBin + " kit " + empty + " --cluster koks", &out) == 1);
  CHECK(out == line + "kit failed: 1 error\n");
  CHECK(Run(kBin + " serve " + empty + " --port 0", &out) == 1);
  CHECK(out == line);
}

TEST_CASE("a folder of other things is no content folder, in one line, not an error per folder") {
  std::string out;
  const std::string tests = kSource + "/tests";
  CHECK(Run(kBin + " check " + tests, &out) == 1);
  CHECK(out == tests +
                   ": error: is not a content folder: it holds no portal.yaml and no cluster "
                   "folder; " +
                   kWhat + ": give the folder that holds them, or start one here with " +
                   "`clustersite new cluster SLUG -C " + tests + "`\ncheck failed: 1 error\n");
}

TEST_CASE("a missing content folder or a file says so, with what to give instead") {
  TempDir tmp;
  std::string out;
  const std::string missing = tmp / "content";
  CHECK(Run(kBin + " check " + missing, &out) == 1);
  CHECK(out == missing + ": error: content folder not found; " + kWhat +
                   ": start one with `mkdir -p " + missing +
                   " && clustersite new cluster SLUG -C " + missing + "`\ncheck failed: 1 error\n");
  CHECK(Run("cd " + tmp.path.string() + " && " + kBin + " build", &out) == 1);
  CHECK(Has(out, "content: error: content folder not found; "));
  const std::string file = kSource + "/README.md";
  CHECK(Run(kBin + " check " + file, &out) == 1);
  CHECK(out == file + ": error: is a file, not a content folder; " + kWhat +
                   ": give the folder that holds them\ncheck failed: 1 error\n");
}

TEST_CASE("a build that fails with no content error never says `0 errors`") {
  TempDir tmp;
  WriteText(tmp / "file", "");
  const std::string out_dir = tmp / "file/site";
  std::string out;
  CHECK(Run(kBin + " build " + kContent + " --cluster koks -o " + out_dir, &out) == 1);
  CHECK_FALSE(Has(out, "0 errors"));
  CHECK(Has(out, "\nbuild failed; " + out_dir + "/ is unchanged\n"));
}

TEST_CASE("a check that passes with warnings counts the warnings, not `0 errors`") {
  testing::ContentCopy c;
  const std::string story = c.root + testing::kStoryFile;
  WriteText(story, testing::ReadFile(story) + "\n2026. gada pavasarī misija turpinājās.\n");
  std::string out;
  REQUIRE(Run(kBin + " check " + c.root, &out) == 0);
  CHECK_FALSE(Has(out, "0 errors"));
  CHECK(Has(out,
            "check passed: 3 clusters, 108 pages and their links as of 2026-12-01, 14 warnings\n"));
}

TEST_CASE("a PDF whose folder is missing, or that is a folder, is one line before any print") {
  BuiltKit built;
  const std::string pdf = built.dir / "missing/kit.pdf";
  const std::string line = "error: cannot write " + pdf + ": there is no folder " +
                           (built.dir / "missing") +
                           "; create it, or print into a folder that exists\n";
  std::string out;
  // No engine is needed to find it out.
  const std::string no_engine = "PATH=" + (built.dir / "no-bin") + " ";
  CHECK(Run(no_engine + kBin + " pdf " + built.kit + " -o " + pdf, &out) == 1);
  CHECK(out == line);
  CHECK(Run(no_engine + kBin + " kit " + kSource +
                "/tests/fixtures/brand --cluster dzeltens --pdf " + pdf,
            &out) == 1);
  CHECK(out == line);
  CHECK(Run(no_engine + kBin + " pdf " + built.kit + " -o " + built.dir.path.string(), &out) == 1);
  CHECK(out ==
        "error: cannot write " + built.dir.path.string() + ": it is a folder; name a PDF file\n");
}

TEST_CASE("an engine that fails is one line; -v shows what it said") {
  BuiltKit built;
  FakeWeasyPrint weasyprint("WARNING: Ignored `hyphens: auto` at 3:1, unknown property.", false);
  const std::string pdf = built.dir / "kit.pdf";
  const std::string command =
      weasyprint.path + kBin + " pdf " + built.kit + " -o " + pdf + " --engine weasyprint";
  std::string out;
  CHECK(Run(command, &out) == 1);
  CHECK(out ==
        "error: WeasyPrint could not print the document (exit code 3); run with -v to see what "
        "it said\n");
  CHECK(Run(command + " -v", &out) == 1);
  CHECK(out ==
        "WARNING: Ignored `hyphens: auto` at 3:1, unknown property.\n"
        "error: WeasyPrint could not print the document (exit code 3)\n");
  CHECK_FALSE(std::filesystem::exists(pdf));
}

TEST_CASE("an engine's console noise is hidden unless -v, in pdf and in kit --pdf") {
  BuiltKit built;
  FakeWeasyPrint weasyprint("WARNING: Ignored `hyphens: auto` at 3:1, unknown property.", true);
  const std::string pdf = built.dir / "kit.pdf";
  std::string out;
  REQUIRE(Run(weasyprint.path + kBin + " pdf " + built.kit + " -o " + pdf + " --engine weasyprint",
              &out) == 0);
  CHECK(StartsWith(out, "printed " + built.kit + " to " + pdf + " in "));
  CHECK_FALSE(Has(out, "WARNING"));
  CHECK(testing::ReadFile(pdf) == "%PDF-1.4\n");
  const std::string kit = weasyprint.path + kBin + " kit " + kSource +
                          "/tests/fixtures/brand --cluster dzeltens --engine weasyprint --pdf " +
                          pdf;
  REQUIRE(Run(kit, &out) == 0);
  CHECK_FALSE(Has(out, "WARNING"));
  REQUIRE(Run(kit + " -v", &out) == 0);
  // -v also times each stage; the engine's own line comes before the summary.
  CHECK(StartsWith(out, "WARNING: Ignored `hyphens: auto` at 3:1, unknown property.\n"));
  CHECK(Has(out, "\nwelcome kit of dzeltens: printed " + pdf));
}

TEST_CASE("serve takes -j like build") {
  testing::ServeProcess serve({kSource + "/tests/fixtures/brand", "-j", "1"});
  CHECK(serve.started());
}

}  // namespace clustersite
