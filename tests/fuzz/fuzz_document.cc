// libFuzzer target: one content document through reading, front-matter
// splitting, YAML loading and Markdown rendering, as a build reads every
// page; the fast reader of record lists against libyaml on the same text; then the same bytes as
// every YAML file of a cluster (portal.yaml, cluster.yaml, members.yaml) and as a page, through the
// loader and the checks across files: continuation lines of flow values, duplicate keys, length
// limits, did-you-mean hints; and as an SVG image through the media check. What comes out must hold
// no character HTML and XML forbid.
//
//   scripts/fuzz [SECONDS]     build with clang and run from the content seeds

#include <cstddef>
#include <cstdint>
#include <string>

#include "../yaml_dump.h"
#include "build.h"
#include "core/file_system.h"
#include "core/unicode.h"
#include "load/content_tree.h"
#include "load/front_matter.h"
#include "load/record_list.h"
#include "load/yaml.h"
#include "markdown/markdown.h"
#include "media/media_file.h"
#include "model/parse.h"

using namespace clustersite;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Read as the loader reads: invalid UTF-8 and NUL bytes refused, what
  // HTML and XML forbid replaced.
  const std::string raw(reinterpret_cast<const char*>(data), size);
  MediaProblem("k/media/fuzz.svg", raw);  // any bytes reach the XML parser
  MemoryFileSystem fs;
  fs.Add("fuzz.md", raw);
  SourceFile file{"fuzz.md", "k/services/fuzz.md", "", false};
  Diagnostics diag;
  if (!ReadSourceFile(fs, LoadLimits{}, &diag, &file)) return 0;
  Service service;
  ParseService(file, &diag, &service);
  Story story;
  ParseStory(file, &diag, &story);
  Roadmap roadmap;
  ParseRoadmap(file, &diag, &roadmap);
  // A list of records the fast reader takes must read as libyaml reads it.
  std::vector<std::string> items;
  Position list_pos;
  auto keep = [&](YamlNode& item) { items.push_back(testing::YamlDump(item)); };
  if (ReadRecordList(file.text, 1, keep, &list_pos)) {
    Diagnostics yaml_diag;
    YamlFile whole;
    if (!YamlFile::Parse(file.path, file.text, 1, &yaml_diag, &whole) ||
        !whole.root().IsSequence() || whole.root().pos.line != list_pos.line ||
        whole.root().pos.column != list_pos.column || whole.root().items.size() != items.size())
      __builtin_trap();
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i] != testing::YamlDump(whole.root().items[i])) __builtin_trap();
    }
  }
  // The same text as a quarter of feedback, in both forms.
  std::vector<FeedbackRecord> records;
  for (const char* rel : {"k/feedback/2026-q4.yaml", "k/feedback/2026-q4.csv"})
    ParseFeedbackFile({file.path, rel, file.text}, Quarter{2026, 4}, &diag, &records);
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

  MemoryFileSystem tree;
  for (const char* rel : {"portal.yaml", "k/cluster.yaml", "k/members.yaml", "k/services/a.md",
                          "k/stories/b.md", "k/roadmaps/c.md"}) {
    tree.Add(std::string("content/") + rel, raw);
  }
  BuildOptions options;
  options.jobs = 1;
  Diagnostics checks;
  Portal portal;
  LoadAndValidate(tree, options, &checks, &portal);
  checks.ToString();
  return 0;
}
