// libFuzzer target: one content document through front-matter splitting,
// YAML loading and Markdown rendering, as a build reads every page; and the
// same bytes as an SVG image through the media check.
//
//   scripts/fuzz [SECONDS]     build with clang and run from the content seeds

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/unicode.h"
#include "load/content_tree.h"
#include "load/front_matter.h"
#include "markdown/markdown.h"
#include "media/media_file.h"
#include "model/parse.h"

using namespace clustersite;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string raw(reinterpret_cast<const char*>(data), size);
  MediaProblem("k/media/fuzz.svg", raw);  // any bytes reach the XML parser
  // The loader refuses invalid UTF-8 before anything parses it.
  if (FindInvalidUtf8(raw).line > 0) return 0;
  SourceFile file{"fuzz.md", "k/services/fuzz.md", NormalizeNewlines(raw)};
  Diagnostics diag;
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
  RenderMarkdown({service.body.markdown, file.path, file.rel, service.body.first_line}, &resolve,
                 &diag);
  for (const Step& s : roadmap.steps)
    RenderMarkdown({s.text, file.path, file.rel, 1}, &resolve, &diag);
  diag.ToString();
  return 0;
}
