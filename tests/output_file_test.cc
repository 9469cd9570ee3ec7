// The in-memory sink rendered files go to in tests and `check`.

#include "core/output_file.h"

#include <doctest/doctest.h>

#include "core/parallel.h"

namespace clustersite {

TEST_CASE("the memory sink gives its files sorted by path, whatever order they came in") {
  MemorySink sink;
  sink.Put({"koks/index.html", "home", ""});
  sink.Put({"index.html", "portal", ""});
  sink.Put({"koks/media/logo.svg", "", "content/koks/media/logo.svg"});
  sink.Put({"koks/404.html", "missing", ""});
  std::vector<OutputFile> files = sink.Take();
  REQUIRE(files.size() == 4);
  CHECK(files[0].path == "index.html");
  CHECK(files[1].path == "koks/404.html");
  CHECK(files[2].path == "koks/index.html");
  CHECK(files[2].content == "home");
  CHECK(files[3].path == "koks/media/logo.svg");
  CHECK(files[3].copy_from == "content/koks/media/logo.svg");
}

TEST_CASE("the memory sink keeps every file put from many threads at once") {
  MemorySink sink;
  ParallelFor(500, 4, [&](size_t i) {
    std::string n = std::to_string(1000 + i);
    sink.Put({"p" + n + ".html", n, ""});
  });
  std::vector<OutputFile> files = sink.Take();
  REQUIRE(files.size() == 500);
  for (size_t i = 0; i < files.size(); ++i) CHECK(files[i].content == std::to_string(1000 + i));
}

}  // namespace clustersite
