#include "indexes/search_index.h"

#include <nlohmann/json.hpp>

#include "core/stage_clock.h"
#include "indexes/json_ld.h"

namespace clustersite {

std::string SearchIndexJson(const ClusterContext& ctx, const std::vector<SearchEntry>& entries) {
  StageScope stage(Stage::kIndexes);
  nlohmann::ordered_json index;
  index["language"] = ctx.strings->lang();
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const SearchEntry& e : entries) {
    nlohmann::ordered_json item;
    item["kind"] = Name(e.kind);
    item["label"] = e.label;
    item["title"] = e.title;
    if (!e.summary.empty()) item["summary"] = e.summary;
    if (!e.meta.empty()) item["meta"] = e.meta;
    item["url"] = e.url;
    item["text"] = e.text;
    items.push_back(std::move(item));
  }
  index["items"] = std::move(items);
  return JsonForScript(index) + "\n";
}

}  // namespace clustersite
