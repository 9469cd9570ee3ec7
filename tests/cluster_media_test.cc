// The media of one cluster: each file read and checked once, however many
// pages and threads use it, and only checked bytes handed out.

#include "pages/cluster_media.h"

#include <doctest/doctest.h>

#include <atomic>

#include "core/parallel.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;

const std::string kScriptSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>";

}  // namespace

TEST_CASE("published media are the bytes that were checked, one check per file") {
  int reads = 0;
  ClusterMedia media([&](const std::string& rel, std::string* bytes, std::string*) {
    ++reads;
    *bytes = rel == "koks/media/a.png" ? testing::kPng : kScriptSvg;
    return true;
  });
  CHECK(media.Problem("koks/media/a.png") == "");
  CHECK(*media.Bytes("koks/media/a.png") == testing::kPng);
  CHECK(media.Bytes("koks/media/bad.svg") == nullptr);
  CHECK(Has(media.Problem("koks/media/bad.svg"), "(line 1: a `<script>` element)"));
  CHECK(reads == 2);
}

TEST_CASE("a file that cannot be read, or whose type is not published, has its problem") {
  int reads = 0;
  ClusterMedia media([&](const std::string&, std::string*, std::string* err) {
    ++reads;
    *err = "No such file or directory";
    return false;
  });
  CHECK(media.Problem("koks/media/gone.png") == "cannot be read: No such file or directory");
  CHECK(media.Bytes("koks/media/gone.png") == nullptr);
  CHECK(media.Problem("koks/media/run.exe") != "");
  CHECK(reads == 1);
}

TEST_CASE("the media reader hands out checked bytes, and a refused file's problem as its error") {
  ClusterMedia media([](const std::string& rel, std::string* bytes, std::string*) {
    *bytes = rel == "koks/media/a.png" ? testing::kPng : kScriptSvg;
    return true;
  });
  MediaReader read = media.Reader();
  std::string bytes, err;
  CHECK(read("koks/media/a.png", &bytes, &err));
  CHECK(bytes == testing::kPng);
  bytes.clear();
  CHECK_FALSE(read("koks/media/bad.svg", &bytes, &err));
  CHECK(bytes == "");
  CHECK(err == media.Problem("koks/media/bad.svg"));
}

TEST_CASE("a file many threads ask for at once is read once, and all get its bytes") {
  std::atomic<int> reads = 0;
  ClusterMedia media([&](const std::string&, std::string* bytes, std::string*) {
    ++reads;
    *bytes = testing::kPng;
    return true;
  });
  std::atomic<int> same = 0;
  ParallelFor(64, 4, [&](size_t i) {
    const std::string* b = media.Bytes(i % 2 ? "koks/media/a.png" : "koks/media/b.png");
    if (b && *b == testing::kPng) ++same;
  });
  CHECK(reads == 2);
  CHECK(same == 64);
}

}  // namespace clustersite
