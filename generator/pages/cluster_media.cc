#include "pages/cluster_media.h"

namespace clustersite {

ClusterMedia::Entry& ClusterMedia::Checked(const std::string& content_rel) {
  Entry* entry;
  {
    std::lock_guard<std::mutex> lock(mu_);
    std::unique_ptr<Entry>& slot = entries_[content_rel];
    if (!slot) slot = std::make_unique<Entry>();
    entry = slot.get();
  }
  // Other files are checked meanwhile; a second user of this one waits.
  std::call_once(entry->once, [&] {
    entry->problem = CheckMediaFile(content_rel, read_, &entry->bytes);
    if (!entry->problem.empty()) entry->bytes.clear();
  });
  return *entry;
}

const std::string& ClusterMedia::Problem(const std::string& content_rel) {
  return Checked(content_rel).problem;
}

const std::string* ClusterMedia::Bytes(const std::string& content_rel) {
  const Entry& e = Checked(content_rel);
  return e.problem.empty() ? &e.bytes : nullptr;
}

MediaReader ClusterMedia::Reader() {
  return [this](const std::string& content_rel, std::string* bytes, std::string* err) {
    const Entry& e = Checked(content_rel);
    if (!e.problem.empty()) {
      *err = e.problem;
      return false;
    }
    *bytes = e.bytes;
    return true;
  };
}

}  // namespace clustersite
