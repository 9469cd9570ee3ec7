// libFuzzer target: one content document through reading, front-matter
// splitting, YAML loading and Markdown rendering, as a build reads every
// page; what comes out must hold no character HTML and XML forbid.
//
//   scripts/fuzz [SECONDS]     build with clang and run from the content seeds

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/unicode.h"
#include "load/content_tree.h"
#include "load/front_matter.h"
#include "markdown/markdown.h"
#include "model/parse.h"

using namespace clustersite;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Read as the loader reads: invalid UTF-8 and NUL bytes refused, what
  // HTML and XML forbid replaced.
  MemoryFileSystem fs;
  fs.Add("fuzz.md", std::string(reinterpret_cast<const char*>(data), size));
  SourceFile file{"fuzz.md", "k/services/fuzz.md", "", false};
  Diagnostics diag;
  if (!ReadSourceFile(fs, LoadLimits{}, &diag, &file)) return 0;
  Service service;
  ParseService(file, &diag, &service);
  Story story;
  ParseStory(file, &diag, &story);
  Roadmap roadmap;
  ParseRoadmap(file, &diag, &roadmap);
  LinkResolver resolve = [](const LinkRequest& link) -> LinkTarget {
    if (link.where) link.where();  // the position search runs on fuzzed text too
    if (link.content_rel == "k/services/a.md") return LinkTarget::Page("../a/");
    if (link.content_rel == "k/stories/b.md") return LinkTarget::Hidden();
    return LinkTarget::Missing();
  };
  // Nothing a page or the feed shows may hold what HTML and XML forbid.
  auto clean = [](std::string text) {
    if (ReplaceForbiddenInMarkup(&text).count > 0) __builtin_trap();
  };
  clean(service.title);
  clean(story.company);
  clean(RenderMarkdown({service.body.markdown, file.path, file.rel, service.body.first_line},
                       &resolve, &diag));
  for (const Step& s : roadmap.steps) {
    clean(s.title);
    clean(RenderMarkdown({s.text, file.path, file.rel, 1}, &resolve, &diag));
  }
  diag.ToString();
  return 0;
}
