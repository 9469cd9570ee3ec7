#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "load/content_tree.h"
#include "model/model.h"

namespace clustersite {

/// The services, stories, roadmaps, events and news of one cluster as last parsed, by
/// file, so that a rebuild after one save parses that one file again and
/// not the cluster's hundreds (parsing them was an eighth of a rebuild).
/// Parsing a page depends on its text alone, so an unchanged text gives
/// the same page and the same diagnostics.
class ParseCache {
 public:
  /// Parses `files` into `cluster` as ParsePortal does, each page, and
  /// cluster.yaml, about.md, members.yaml and feedback/ together, only when
  /// its text differs from that of the last call. Every file's diagnostics go to `diag`.
  void Parse(ClusterFiles files, Diagnostics* diag, Cluster* cluster);

 private:
  template <typename T>
  struct Entry {
    std::string text;
    std::optional<T> parsed;
    std::vector<Diagnostic> diagnostics;
  };
  template <typename T>
  using Parser = bool (*)(const SourceFile&, Diagnostics*, T*);
  template <typename T>
  static void Pages(const std::vector<SourceFile>& files, Parser<T> parse,
                    std::map<std::string, Entry<T>>* cache, Diagnostics* diag, std::vector<T>* out);

  /// The cluster without its pages, and what it was parsed from.
  std::optional<Cluster> head_;
  std::string head_key_;
  std::vector<Diagnostic> head_diagnostics_;
  std::map<std::string, Entry<Service>> services_;
  std::map<std::string, Entry<Story>> stories_;
  std::map<std::string, Entry<Roadmap>> roadmaps_;
  std::map<std::string, Entry<Event>> events_;
  std::map<std::string, Entry<News>> news_;
};

}  // namespace clustersite
