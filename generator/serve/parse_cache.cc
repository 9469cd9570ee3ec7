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
  ContentTree head;
  std::vector<SourceFile> services = std::move(files.services);
  std::vector<SourceFile> stories = std::move(files.stories);
  std::vector<SourceFile> roadmaps = std::move(files.roadmaps);
  head.clusters.push_back(std::move(files));
  Portal portal;
  ParsePortal(head, 1, diag, &portal);
  *cluster = std::move(portal.clusters.front());
  Pages<Service>(services, ParseService, &services_, diag, &cluster->services);
  Pages<Story>(stories, ParseStory, &stories_, diag, &cluster->stories);
  Pages<Roadmap>(roadmaps, ParseRoadmap, &roadmaps_, diag, &cluster->roadmaps);
}

}  // namespace clustersite
