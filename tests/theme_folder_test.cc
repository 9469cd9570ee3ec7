// A theme named in portal.yaml is content: inside the content folder, no links.

#include "model/theme_folder.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::FileText;
using testing::Has;
using testing::RenderFiles;

/// ValidTree with portal.yaml naming `theme`, and a theme folder `dir`
/// with a static file.
MemoryFileSystem WithTheme(const std::string& theme, const std::string& dir) {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/portal.yaml",
         "title: Klasteri\nbase_url: https://klasteri.example.lv/\ntheme: " + theme + "\n");
  fs.Add(dir + "/static/theme-marker.js", "// from the theme\n");
  return fs;
}

}  // namespace

TEST_CASE("a theme in portal.yaml outside the content folder is an error at its line") {
  for (const std::string& theme : {"../outside", "/tmp/outside", "themes/../../outside", "."}) {
    INFO(theme);
    std::string diagnostics;
    auto files = RenderFiles(WithTheme(theme, "outside"), Audience::kPublic, &diagnostics);
    CHECK(diagnostics == "content/portal.yaml:3:8: error: `theme` is `" + theme +
                             "`: a theme named here must be a folder inside the content folder, "
                             "written relative to it without `..` (give a theme elsewhere with "
                             "--theme)\n");
    CHECK(FileText(files, "koks/theme-marker.js").empty());
  }
}

TEST_CASE("a theme in portal.yaml inside the content folder is used, and is no cluster") {
  for (const std::string& theme : {"tema", "./temas/mana/"}) {
    INFO(theme);
    std::string dir = theme == "tema" ? "content/tema" : "content/temas/mana";
    std::string diagnostics;
    auto files = RenderFiles(WithTheme(theme, dir), Audience::kPublic, &diagnostics);
    CHECK(diagnostics == "");
    CHECK(FileText(files, "koks/theme-marker.js") == "// from the theme\n");
  }
}

TEST_CASE("a symbolic link on the way to portal.yaml's theme is an error at its line") {
  MemoryFileSystem fs = WithTheme("temas/mana", "content/temas/cita");
  fs.AddSymlink("content/temas/mana");
  std::string diagnostics;
  RenderFiles(fs, Audience::kPublic, &diagnostics);
  CHECK(diagnostics ==
        "content/portal.yaml:3:8: error: `theme` goes through `content/temas/mana`, a symbolic "
        "link; clustersite reads only real folders inside the content folder\n");
  // A link right in the content folder is the loader's to report.
  fs = WithTheme("temas/mana", "elsewhere");
  fs.AddSymlink("content/temas");
  RenderFiles(fs, Audience::kPublic, &diagnostics);
  CHECK(diagnostics ==
        "content/temas: error: is a symbolic link; clustersite reads only real files inside the "
        "content folder\n");
}

TEST_CASE("--theme may name a folder anywhere") {
  MemoryFileSystem fs = WithTheme("../outside", "outside");
  fs.Add("content/portal.yaml", "title: Klasteri\nbase_url: https://klasteri.example.lv/\n");
  BuildOptions options;
  options.theme = "outside";
  options.as_of.date = testing::kExampleAsOf;
  Diagnostics diag;
  std::vector<OutputFile> files;
  CHECK(RenderAll(fs, options, &diag, &files));
  CHECK(diag.ToString() == "");
  CHECK(FileText(files, "koks/theme-marker.js") == "// from the theme\n");
}

TEST_CASE("a symbolic link inside a theme folder is an error, not skipped") {
  MemoryFileSystem fs = WithTheme("tema", "content/tema");
  fs.AddSymlink("content/tema/templates/home.html");
  fs.Add("content/tema/templates/notes.txt", "x");
  std::string diagnostics;
  RenderFiles(fs, Audience::kPublic, &diagnostics);
  CHECK(diagnostics ==
        "content/tema/templates/home.html: error: is a symbolic link; clustersite reads only "
        "real files of a theme folder\n");
}

}  // namespace clustersite
