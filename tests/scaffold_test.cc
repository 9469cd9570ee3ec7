// `clustersite new`: the real CLI on a copy of content/, checked with `clustersite check`.

#include "scaffold/scaffold.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::Has;
using testing::ReadFile;
using testing::Run;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;
/// 2026-03-04 00:00 UTC: the date `new` writes.
const std::string kNew = "SOURCE_DATE_EPOCH=1772582400 " + kBin + " new ";

/// Runs `clustersite new ARGS` in the copy; its exit status as text.
std::string New(const testing::ContentCopy& c, const std::string& args, std::string* out) {
  return std::to_string(Run(kNew + args + " -C " + c.root, out));
}

}  // namespace

TEST_CASE("new writes a cluster, service, story and roadmap that pass check, but for consent") {
  testing::ContentCopy c;
  std::string out;
  CHECK(New(c, "cluster metals", &out) == "0");
  CHECK(Has(out, "wrote " + c.root + "/metals/cluster.yaml\n"));
  CHECK(Has(out, "wrote " + c.root + "/metals/about.md\n"));
  CHECK(New(c, "service koks eksporta-konsultacijas", &out) == "0");
  CHECK(New(c, "story koks jauns-klients", &out) == "0");
  CHECK(Has(out, "fill in `consent`"));
  CHECK(New(c, "roadmap koks ugunsdrosibas-testi", &out) == "0");
  CHECK(New(c, "roadmap metals pirmie-soli", &out) == "0");
  CHECK(New(c, "service baltic-logistics customs-desk", &out) == "0");
  CHECK(New(c, "story baltic-logistics first-order", &out) == "0");

  CHECK(Run(kBin + " check " + c.root, &out) == 0);
  CHECK(out == c.root +
                   "/baltic-logistics/stories/first-order.md:11:9: warning: `consent` is empty: "
                   "write the date the company allowed publication, as YYYY-MM-DD; until then the "
                   "story is published in neither audience\n" +
                   c.root +
                   "/koks/stories/jauns-klients.md:11:9: warning: `consent` is empty: write "
                   "the date the company allowed publication, as YYYY-MM-DD; until then the "
                   "story is published in neither audience\n"
                   "check passed: 4 clusters, 110 pages and their links, 0 errors, 2 warnings\n");
  CHECK(Run(kBin + " build " + c.root + " -o " + c.tmp / "site", &out) == 0);
  CHECK(fs::exists(c.tmp / "site/metals/index.html"));
  CHECK(fs::exists(c.tmp / "site/koks/services/eksporta-konsultacijas/index.html"));
  CHECK_FALSE(fs::exists(c.tmp / "site/koks/stories/jauns-klients"));

  std::string story = ReadFile(c.root + "/koks/stories/jauns-klients.md");
  CHECK(Has(story, "title: Jauns klients\n"));
  CHECK(Has(story, "date: 2026-03-04\n"));
  CHECK(Has(story, "\nconsent:\n"));
  CHECK(Has(story, "\nvisibility: members\n"));
  CHECK(Has(story, "Uzņēmums, par kuru ir stāsts"));  // koks is Latvian
  CHECK(Has(ReadFile(c.root + "/baltic-logistics/stories/first-order.md"),
            "The company the story is about"));
  // The first category of the cluster, and the roadmap the cluster lacks.
  CHECK(Has(ReadFile(c.root + "/baltic-logistics/services/customs-desk.md"),
            "\ncategory: digital\n"));
  std::string metals = ReadFile(c.root + "/metals/roadmaps/pirmie-soli.md");
  CHECK(Has(metals, "\nfor: new\n"));
  CHECK(Has(metals, "Prezentē sevi nākamajā biedru sapulcē"));
  CHECK(Has(ReadFile(c.root + "/koks/roadmaps/ugunsdrosibas-testi.md"), "\nfor: service\n"));
}

TEST_CASE("new cluster takes the portal's language, or --language") {
  testing::ContentCopy c;
  std::string out;
  CHECK(New(c, "cluster metals --language en", &out) == "0");
  CHECK(Has(ReadFile(c.root + "/metals/cluster.yaml"), "\nlanguage: en\n"));
  CHECK(Has(ReadFile(c.root + "/metals/about.md"), "## What the cluster is"));
  CHECK(New(c, "cluster koka-metals", &out) == "0");
  CHECK(Has(ReadFile(c.root + "/koka-metals/cluster.yaml"), "\nlanguage: lv\n"));
}

TEST_CASE("new never writes over a file, and refuses a bad slug and an unknown cluster") {
  testing::ContentCopy c;
  std::string out;
  std::string path = c.root + "/koks/stories/formatus-norvegija.md";
  std::string before = ReadFile(path);
  CHECK(New(c, "story koks formatus-norvegija", &out) == "1");
  CHECK(out == path + ": error: exists already; `clustersite new` never writes over a file\n");
  CHECK(ReadFile(path) == before);
  CHECK(New(c, "cluster koks", &out) == "1");
  CHECK(out ==
        c.root + "/koks: error: exists already; `clustersite new` never writes over a file\n");
  CHECK(New(c, "story kok jauns", &out) == "1");
  CHECK(out == c.root + ": error: no cluster `kok` in this content folder; did you mean `koks`?\n");
  CHECK(New(c, "service koks Jauns_Pakalpojums", &out) == "1");
  CHECK(Has(out, "error: `Jauns_Pakalpojums` is not a valid slug"));
  CHECK(New(c, "roadmap koks ../../escape", &out) == "1");
  CHECK(Has(out, "error: `../../escape` is not a valid slug"));
  CHECK_FALSE(fs::exists(c.tmp / "escape.md"));
}

TEST_CASE("new takes its archetypes from the theme folder first") {
  testing::ContentCopy c;
  fs::create_directories(c.tmp / "theme/archetypes");
  std::ofstream(c.tmp / "theme/archetypes/service.md")
      << "---\ntitle: {{{title}}}\nsummary: Ours.\ncategory: {{{category}}}\n---\nOurs.\n";
  std::string out;
  CHECK(Run(kNew + "service baltic-logistics ours -C " + c.root + " --theme " + c.tmp / "theme",
            &out) == 0);
  CHECK(ReadFile(c.root + "/baltic-logistics/services/ours.md") ==
        "---\ntitle: Ours\nsummary: Ours.\ncategory: digital\n---\nOurs.\n");
}

TEST_CASE("new refuses to write through a symbolic link the loader would refuse") {
  testing::ContentCopy c;
  fs::create_directories(c.tmp / "elsewhere");
  fs::rename(c.root + "/koks/services", c.tmp / "elsewhere/services");
  fs::create_directory_symlink(c.tmp / "elsewhere/services", c.root + "/koks/services");
  std::string out;
  CHECK(New(c, "service koks caur-saiti", &out) == "1");
  CHECK(out == c.root +
                   "/koks/services: error: is a symbolic link; the content loader never follows "
                   "one, so `clustersite new` does not write through it\n");
  CHECK_FALSE(fs::exists(c.tmp / "elsewhere/services/caur-saiti.md"));
  // As the loader says of the same link.
  CHECK(Run(kBin + " check " + c.root, &out) == 1);
  CHECK(Has(out, c.root + "/koks/services: error: is a symbolic link"));
}

}  // namespace clustersite
