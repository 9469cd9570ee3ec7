#include "core/output_file.h"

#include <algorithm>

namespace clustersite {

void MemorySink::Put(OutputFile file) {
  std::lock_guard<std::mutex> lock(mu_);
  files_.push_back(std::move(file));
}

std::vector<OutputFile> MemorySink::Take() {
  std::lock_guard<std::mutex> lock(mu_);
  std::sort(files_.begin(), files_.end(),
            [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return std::move(files_);
}

}  // namespace clustersite
