// Dependencies point one way: core ← load ← model ← validate, render ← build, serve,
// scaffold ← main.

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "test_util.h"

namespace clustersite {

TEST_CASE("no stage includes a later one") {
  namespace fs = std::filesystem;
  // What each folder may include besides itself.
  const std::map<std::string, std::set<std::string>> allowed = {
      {"core", {}},
      {"load", {"core"}},
      {"model", {"core", "load"}},
      {"validate", {"core", "load", "model", "media"}},
      {"markdown", {"core"}},
      {"media", {"core"}},
      {"render", {"core", "load", "model", "markdown", "media"}},
      {"write", {"core"}},
      {"print", {"core"}},
      {"scaffold", {"core", "load", "model", "render", "write"}},
      {"serve", {"core", "load", "model", "validate", "media", "render", "write"}},
  };
  const std::regex include("#include \"([a-z_]+)/");
  size_t checked = 0;
  for (const auto& e :
       fs::recursive_directory_iterator(std::string(CLUSTERSITE_SOURCE_DIR) + "/generator")) {
    if (!e.is_regular_file()) continue;
    std::string folder = e.path().parent_path().filename().string();
    auto rules = allowed.find(folder);
    if (rules == allowed.end()) continue;
    std::string text = testing::ReadFile(e.path());
    for (std::sregex_iterator it(text.begin(), text.end(), include), end; it != end; ++it) {
      std::string target = (*it)[1];
      INFO(e.path().string() << " includes " << target);
      CHECK((target == folder || rules->second.count(target) == 1));
    }
    ++checked;
  }
  CHECK(checked > 20);
}

}  // namespace clustersite
