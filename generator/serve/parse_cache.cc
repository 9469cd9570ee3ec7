#include "serve/parse_cache.h"

#include "model/parse.h"

namespace clustersite {

template <typename T>
void ParseCache::Pages(const std::vector<SourceFile>& files, Parser<T> parse,
                       std::map<std::string, Entry<T>>* cache, Diagnostics* diag,
                       std::vector<T>* out) {
  std::map<std::string, Entry<T>> next;  // files that are gone drop out
  for (const SourceFile& f : files) {
    Entry<T> entry;
    auto it = cache->find(f.rel);
    if (it != cache->end() && it->second.text == f.text) {
      entry = std::move(it->second);
    } else {
      Diagnostics own;
      T page;
      entry.text = f.text;
      if (parse(f, &own, &page)) entry.parsed = std::move(page);
      entry.diagnostics = own.Sorted();
    }
    for (const Diagnostic& d : entry.diagnostics) diag->Add(d);
    if (entry.parsed) out->push_back(*entry.parsed);
    next.emplace(f.rel, std::move(entry));
  }
  *cache = std::move(next);
}

void ParseCache::Parse(ClusterFiles files, Diagnostics* diag, Cluster* cluster) {
  std::vector<SourceFile> services = std::move(files.services);
  std::vector<SourceFile> stories = std::move(files.stories);
  std::vector<SourceFile> roadmaps = std::move(files.roadmaps);
  std::vector<SourceFile> events = std::move(files.events);
  std::vector<SourceFile> news = std::move(files.news);
  // cluster.yaml, about.md, members.yaml, feedback/, strategy/ and the list of media
  // make the rest.
  std::string key;
  for (const auto* f : {&files.cluster_yaml, &files.about, &files.members})
    key += (*f ? (*f)->text : "\x01") + '\0';
  for (const SourceFile& f : files.feedback) key += f.rel + '\0' + f.text + '\0';
  if (files.strategy) {
    const std::optional<SourceFile>& yaml = files.strategy->yaml;
    key += "\x02" + (yaml ? yaml->text : "\x01") + '\0';
    for (const SourceFile& f : files.strategy->sections) key += f.rel + '\0' + f.text + '\0';
  }
  for (const std::string& m : files.media) key += m + '\0';
  if (!head_ || key != head_key_) {
    ContentTree tree;
    tree.clusters.push_back(std::move(files));
    Portal portal;
    Diagnostics own;
    ParsePortal(&tree, ParseOptions{}, &own, &portal);
    head_ = std::move(portal.clusters.front());
    head_diagnostics_ = own.Sorted();
    head_key_ = std::move(key);
  }
  *cluster = *head_;
  for (const Diagnostic& d : head_diagnostics_) diag->Add(d);
  Pages<Service>(services, ParseService, &services_, diag, &cluster->services);
  Pages<Story>(stories, ParseStory, &stories_, diag, &cluster->stories);
  Pages<Roadmap>(roadmaps, ParseRoadmap, &roadmaps_, diag, &cluster->roadmaps);
  Pages<Event>(events, ParseEvent, &events_, diag, &cluster->events);
  Pages<News>(news, ParseNews, &news_, diag, &cluster->news);
}

}  // namespace clustersite
