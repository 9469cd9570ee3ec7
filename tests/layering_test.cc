// Dependencies point one way, down the pipeline:
//   core ← load ← model ← validate;  markdown, media, calendar ← core;  charts ← core, theme
//   theme ← core, load;  check ← theme;  document ← check, media
//   pages ← theme, check, model, markdown, media, charts;  indexes ← pages;
//   kit ← pages, document, charts;  visit ← kit;  strategy ← kit, markdown
//   site ← all of them (site/load_site alone knows the order load → model → validate → theme)
//   write, mail ← core;  deploy ← core, model;  digest ← model, markdown, theme, mail
//   serve ← site, write, deploy;  scaffold ← site, write;  build.cc, main.cc on top

#include <doctest/doctest.h>

#include <filesystem>
#include <functional>
#include <map>
#include <regex>
#include <set>

#include "test_util.h"

namespace clustersite {
namespace {

/// What each folder of generator/ may include besides itself; "" is the
/// files at the top (build.cc, main.cc), which only they may include.
const std::map<std::string, std::set<std::string>>& Allowed() {
  static const std::map<std::string, std::set<std::string>> allowed = {
      {"core", {}},
      {"load", {"core"}},
      {"model", {"core", "load"}},
      {"validate", {"core", "load", "model", "media"}},
      {"markdown", {"core"}},
      {"media", {"core"}},
      {"calendar", {"core"}},
      {"theme", {"core", "load"}},
      {"check", {"core", "theme"}},
      {"charts", {"core", "theme"}},
      {"document", {"core", "media", "theme", "check"}},
      {"pages",
       {"core", "load", "model", "markdown", "media", "theme", "check", "charts", "calendar"}},
      {"indexes", {"core", "model", "theme", "pages"}},
      {"kit", {"core", "model", "media", "theme", "pages", "document", "charts"}},
      {"visit", {"core", "model", "media", "theme", "pages", "document", "kit"}},
      {"strategy",
       {"core", "model", "media", "theme", "pages", "document", "charts", "kit", "markdown"}},
      {"site",
       {"core", "load", "model", "validate", "markdown", "media", "theme", "check", "charts",
        "document", "pages", "indexes", "kit", "visit", "strategy", "calendar", "mail"}},
      {"write", {"core"}},
      {"deploy", {"core", "model"}},
      {"mail", {"core"}},
      {"digest", {"core", "model", "markdown", "theme", "mail"}},
      {"scaffold", {"core", "model", "theme", "site", "write"}},
      {"serve", {"core", "load", "model", "media", "theme", "site", "write", "deploy"}},
      {"",
       {"core",     "load",     "model",    "validate", "markdown", "media",    "theme", "check",
        "charts",   "document", "pages",    "indexes",  "kit",      "visit",    "site",  "write",
        "scaffold", "serve",    "calendar", "mail",     "digest",   "strategy", "deploy"}},
  };
  return allowed;
}

}  // namespace

TEST_CASE("the stages form one order: none may include a later one, even by a cycle") {
  // A folder allowed to include one that may include it back would make
  // any include between them pass.
  std::map<std::string, int> state;  // 1 while on the path, 2 when done
  std::function<bool(const std::string&)> acyclic = [&](const std::string& folder) {
    if (state[folder] == 1) return false;
    if (state[folder] == 2) return true;
    state[folder] = 1;
    for (const std::string& below : Allowed().at(folder)) {
      INFO(folder << " may include " << below);
      REQUIRE(Allowed().count(below) == 1);
      if (!acyclic(below)) return false;
    }
    state[folder] = 2;
    return true;
  };
  for (const auto& [folder, below] : Allowed()) {
    INFO("a cycle through " << folder);
    CHECK(acyclic(folder));
  }
}

TEST_CASE("no stage includes a later one") {
  namespace fs = std::filesystem;
  const std::string root = std::string(CLUSTERSITE_SOURCE_DIR) + "/generator";
  // `#include "pages/view.h"` names the folder pages; `#include "build.h"` the top.
  const std::regex include("#include \"(([a-z_]+)/)?[a-z_0-9]+\\.h\"");
  size_t checked = 0;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file()) continue;
    std::string folder = fs::relative(e.path().parent_path(), root).string();
    if (folder == ".") folder = "";
    INFO(e.path().string());
    auto rules = Allowed().find(folder);
    REQUIRE_MESSAGE(rules != Allowed().end(), "a folder the layering test does not know");
    std::string text = testing::ReadFile(e.path());
    for (std::sregex_iterator it(text.begin(), text.end(), include), end; it != end; ++it) {
      std::string target = (*it)[2];
      INFO(e.path().string() << " includes " << (*it)[0]);
      CHECK((target == folder || rules->second.count(target) == 1));
    }
    ++checked;
  }
  CHECK(checked > 100);
}

}  // namespace clustersite
