#include "core/consistent_file_system.h"

namespace clustersite {

bool ConsistentFileSystem::Read(const std::string& path, size_t max_size, std::string* contents,
                                std::string* err) const {
  if (!base_.Read(path, max_size, contents, err)) return false;
  XXH128_hash_t digest = XXH3_128bits(contents->data(), contents->size());
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, first] = digests_.emplace(path, digest);
  if (first || XXH128_isEqual(it->second, digest)) return true;
  contents->clear();
  *err = kChangedDuringBuild;
  return false;
}

}  // namespace clustersite
