// The whole content tree into the model, spread over threads; portal.yaml.

#include "model/parse.h"

#include "core/parallel.h"
#include "core/text.h"
#include "model/limits.h"
#include "model/parse_values.h"

namespace clustersite {
namespace {

/// Reads `file` when it was only listed, parses it with `parse`, and lets
/// go of its text. False when it cannot be read or parsed.
template <typename T>
bool ParsePage(const ParseOptions& options, bool (*parse)(const SourceFile&, Diagnostics*, T*),
               SourceFile* file, Diagnostics* diag, T* out) {
  if (!file->read && !(options.fs && ReadSourceFile(*options.fs, options.limits, diag, file)))
    return false;
  bool ok = parse(*file, diag, out);
  std::string().swap(file->text);
  if (ok && options.defer_bodies) {
    std::string().swap(out->body.markdown);
    out->body.deferred = true;
  }
  return ok;
}

/// The pages of one cluster, each in the slot of its file; empty when it
/// could not be read or parsed.
struct ParsedPages {
  std::vector<std::optional<Service>> services;
  std::vector<std::optional<Story>> stories;
  std::vector<std::optional<Roadmap>> roadmaps;
  std::vector<std::optional<Event>> events;
  std::vector<std::optional<News>> news;
};

/// One file (for kClusterFiles, the cluster's own files; for kFeedback,
/// its feedback/) to parse.
struct Task {
  enum class Kind { kClusterFiles, kService, kStory, kRoadmap, kEvent, kNews, kFeedback };
  size_t cluster;
  Kind kind;
  size_t index = 0;
};

/// A task per file, and a slot for each page. A cluster's feedback, by far
/// the longest task, comes first: taken last, it would keep one thread busy
/// while the others wait.
std::vector<Task> PlanTasks(const ContentTree& tree, std::vector<ParsedPages>* pages) {
  std::vector<Task> tasks;
  pages->resize(tree.clusters.size());
  for (size_t c = 0; c < tree.clusters.size(); ++c) {
    if (!tree.clusters[c].feedback.empty()) tasks.push_back({c, Task::Kind::kFeedback});
  }
  for (size_t c = 0; c < tree.clusters.size(); ++c) {
    const ClusterFiles& files = tree.clusters[c];
    ParsedPages& slots = (*pages)[c];
    slots.services.resize(files.services.size());
    slots.stories.resize(files.stories.size());
    slots.roadmaps.resize(files.roadmaps.size());
    slots.events.resize(files.events.size());
    slots.news.resize(files.news.size());
    tasks.push_back({c, Task::Kind::kClusterFiles});
    for (size_t i = 0; i < files.services.size(); ++i)
      tasks.push_back({c, Task::Kind::kService, i});
    for (size_t i = 0; i < files.stories.size(); ++i) tasks.push_back({c, Task::Kind::kStory, i});
    for (size_t i = 0; i < files.roadmaps.size(); ++i)
      tasks.push_back({c, Task::Kind::kRoadmap, i});
    for (size_t i = 0; i < files.events.size(); ++i) tasks.push_back({c, Task::Kind::kEvent, i});
    for (size_t i = 0; i < files.news.size(); ++i) tasks.push_back({c, Task::Kind::kNews, i});
  }
  return tasks;
}

/// Parses the page `files[index]` into its slot.
template <typename T>
void ParseInto(const ParseOptions& options, bool (*parse)(const SourceFile&, Diagnostics*, T*),
               std::vector<SourceFile>* files, size_t index, Diagnostics* diag,
               std::vector<std::optional<T>>* slots) {
  T page;
  if (ParsePage(options, parse, &(*files)[index], diag, &page)) (*slots)[index] = std::move(page);
}

void Run(const Task& task, const ParseOptions& options, ContentTree* tree, Diagnostics* diag,
         ParsedPages* pages, Cluster* cluster) {
  ClusterFiles& files = tree->clusters[task.cluster];
  switch (task.kind) {
    case Task::Kind::kClusterFiles:
      ParseClusterFiles(files, diag, cluster);
      break;
    case Task::Kind::kService:
      ParseInto(options, ParseService, &files.services, task.index, diag, &pages->services);
      break;
    case Task::Kind::kStory:
      ParseInto(options, ParseStory, &files.stories, task.index, diag, &pages->stories);
      break;
    case Task::Kind::kRoadmap:
      ParseInto(options, ParseRoadmap, &files.roadmaps, task.index, diag, &pages->roadmaps);
      break;
    case Task::Kind::kEvent:
      ParseInto(options, ParseEvent, &files.events, task.index, diag, &pages->events);
      break;
    case Task::Kind::kNews:
      ParseInto(options, ParseNews, &files.news, task.index, diag, &pages->news);
      break;
    case Task::Kind::kFeedback:
      // Only the feedback fields of `cluster`: kClusterFiles writes the others.
      ParseFeedback(options, &files.feedback, diag, cluster);
      break;
  }
}

/// Moves the parsed pages of `slots` to `out` in the order of their files;
/// the slugs of the others go to `unreadable`, when given.
template <typename T>
void Keep(std::vector<std::optional<T>>* slots, const std::vector<SourceFile>& files,
          std::vector<T>* out, std::vector<std::string>* unreadable) {
  for (size_t i = 0; i < slots->size(); ++i) {
    if ((*slots)[i]) {
      out->push_back(std::move(*(*slots)[i]));
    } else if (unreadable) {
      unreadable->push_back(Stem(files[i].rel));
    }
  }
}

}  // namespace

void ParsePortalYaml(const SourceFile& file, Diagnostics* diag, Portal* out) {
  out->path = file.path;
  YamlFile yaml;
  if (!YamlFile::Parse(file.path, file.text, 1, diag, &yaml) || yaml.root().IsNull()) return;
  Fields f(yaml, yaml.root(), diag);
  if (!f.IsMap("portal.yaml")) return;
  f.CheckKeys({"title", "description", "base_url", "language", "theme", "timezone"});
  out->title = f.Text("title", limits::kName).value_or("");
  out->description = f.Text("description", limits::kSummary).value_or("");
  out->base_url = f.Text("base_url", limits::kUrl).value_or("");
  out->base_url_pos = f.PositionOf("base_url");
  out->language = ParseOneOf(f, "language", Language::kLv, Language::kLv);
  out->time_zone = ParseTimeZone(f);
  if (auto theme = f.Text("theme", limits::kUrl)) {
    out->theme_pos = f.PositionOf("theme");
    out->theme = PathInside(*theme);
    if (out->theme.empty()) {
      diag->Error(file.path, out->theme_pos,
                  "`theme` is `" + *theme +
                      "`: a theme named here must be a folder inside the content folder, "
                      "written relative to it without `..` (give a theme elsewhere with --theme)");
    }
  }
}

void ParsePortal(ContentTree* tree, const ParseOptions& options, Diagnostics* diag, Portal* out) {
  if (tree->portal) ParsePortalYaml(*tree->portal, diag, out);
  // Every file parses on its own, so all of them are spread over the threads;
  // results land in their fixed slots, so the model is the same for any -j.
  std::vector<ParsedPages> pages;
  const std::vector<Task> tasks = PlanTasks(*tree, &pages);
  out->clusters.resize(tree->clusters.size());
  ParallelFor(tasks.size(), options.jobs, [&](size_t t) {
    const Task& task = tasks[t];
    Run(task, options, tree, diag, &pages[task.cluster], &out->clusters[task.cluster]);
  });
  for (size_t c = 0; c < pages.size(); ++c) {
    Cluster& cluster = out->clusters[c];
    const ClusterFiles& files = tree->clusters[c];
    Keep(&pages[c].services, files.services, &cluster.services, &cluster.unreadable_services);
    Keep(&pages[c].stories, files.stories, &cluster.stories, nullptr);
    Keep(&pages[c].roadmaps, files.roadmaps, &cluster.roadmaps, &cluster.unreadable_roadmaps);
    Keep(&pages[c].events, files.events, &cluster.events, nullptr);
    Keep(&pages[c].news, files.news, &cluster.news, nullptr);
  }
}

}  // namespace clustersite
