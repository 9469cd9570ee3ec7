#include "deploy/csp_manifest.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("the manifest is indented JSON with its keys in order and its lists sorted") {
  CspManifest m;
  m.audience = "members";
  m.base_url = "https://host/members/";
  m.clusters = {"koks", "baltic-logistics"};
  m.pages.styles = {"'sha256-b'", "'sha256-a'"};
  m.documents["koks/welcome-kit/index.html"].styles = {"'sha256-c'"};
  m.documents["baltic-logistics/welcome-kit/index.html"].styles = {"'sha256-d'", "'sha256-c'"};
  CHECK(CspManifestJson(m) == R"({
  "format": 2,
  "audience": "members",
  "base_url": "https://host/members/",
  "clusters": [
    "baltic-logistics",
    "koks"
  ],
  "pages": {
    "script-src": [],
    "style-src": [
      "'sha256-a'",
      "'sha256-b'"
    ]
  },
  "documents": [
    {
      "path": "baltic-logistics/welcome-kit/index.html",
      "script-src": [],
      "style-src": [
        "'sha256-c'",
        "'sha256-d'"
      ]
    },
    {
      "path": "koks/welcome-kit/index.html",
      "script-src": [],
      "style-src": [
        "'sha256-c'"
      ]
    }
  ]
}
)");
}

TEST_CASE("a manifest reads back as it was written") {
  CspManifest m;
  m.audience = "staff";
  m.base_url = "https://host/staff/";
  m.clusters = {"koks"};
  m.pages.scripts = {"'sha256-s'"};
  m.pages.styles = {"'sha256-p'"};
  m.documents["koks/welcome-kit/index.html"].styles = {"'sha256-d'"};
  m.documents["koks/strategy/document.html"].styles = {"'sha256-e'"};
  m.documents["koks/strategy/document.html"].scripts = {"'sha256-f'"};
  CspManifest back;
  std::string error;
  REQUIRE(ParseCspManifest(CspManifestJson(m), &back, &error));
  CHECK(CspManifestJson(back) == CspManifestJson(m));
}

TEST_CASE("what is not a manifest of format 2 is refused with what is wrong") {
  CspManifest m;
  std::string error;
  CHECK_FALSE(ParseCspManifest("{", &m, &error));
  CHECK(error == "is not JSON");
  // Format 1 had one list of hashes for all the print documents.
  CHECK_FALSE(ParseCspManifest(R"({"format": 1})", &m, &error));
  CHECK(error == "is not a manifest of format 2, the one this clustersite writes");
  const std::string head = R"({"format": 2, "audience": "public", "base_url": "", "clusters": [],
      "pages": {"script-src": [], "style-src": []}, "documents": )";
  CHECK(ParseCspManifest(head + "[]}", &m, &error));
  for (const std::string documents :
       {R"({"paths": [], "script-src": [], "style-src": []})", R"([{"path": "a.html"}])",
        R"([{"path": "a.html", "script-src": [], "style-src": [1]}])",
        R"([{"path": "a.html", "script-src": [], "style-src": []},
            {"path": "a.html", "script-src": [], "style-src": []}])"}) {
    CHECK_FALSE(ParseCspManifest(head + documents + "}", &m, &error));
    CHECK(error == "lacks a field, or has one of another kind");
  }
}

TEST_CASE("a manifest holding anything but hashes is refused, so it cannot widen a policy") {
  CspManifest m;
  m.audience = "public";
  m.pages.styles = {"'sha256-AbC+/9='"};
  CspManifest read;
  std::string error;
  CHECK(ParseCspManifest(CspManifestJson(m), &read, &error));
  for (const std::string source : {"'unsafe-inline'", "'sha256-a'; script-src *", "*"}) {
    CspManifest widened = m;
    widened.documents["koks/welcome-kit/index.html"].scripts = {source};
    CHECK_FALSE(ParseCspManifest(CspManifestJson(widened), &read, &error));
    CHECK(error == "holds `" + source + "` where only 'sha256-…' hashes belong");
  }
  m.audience = "everyone";
  CHECK_FALSE(ParseCspManifest(CspManifestJson(m), &read, &error));
  CHECK(error == "names the audience `everyone`, not public, members or staff");
}

TEST_CASE("the manifest sink hashes pages and print documents apart, and passes every file on") {
  MemorySink memory;
  CspManifest facts;
  facts.clusters = {"koks"};
  CspManifestSink sink(&memory, facts);
  sink.Put({"koks/index.html", "<style>p{}</style><script>go()</script>", ""});
  sink.Put({"koks/welcome-kit/index.html", "<style>kit{}</style>", "", true});
  sink.Put({"koks/style.css", "<style>not html{}</style>", ""});
  sink.Finish();
  std::vector<OutputFile> files = memory.Take();
  REQUIRE(files.size() == 4);
  CHECK(files[0].path == ".csp.json");
  CspManifest m;
  std::string error;
  REQUIRE(ParseCspManifest(files[0].content, &m, &error));
  CHECK(m.pages.styles == std::set<std::string>{CspHash("p{}")});
  CHECK(m.pages.scripts == std::set<std::string>{CspHash("go()")});
  REQUIRE(m.documents.size() == 1);
  CHECK(m.documents.count("koks/welcome-kit/index.html") == 1);
  CHECK(m.documents["koks/welcome-kit/index.html"].styles ==
        std::set<std::string>{CspHash("kit{}")});
  CHECK(m.documents["koks/welcome-kit/index.html"].scripts.empty());
  CHECK(m.clusters == std::set<std::string>{"koks"});
}

}  // namespace clustersite
