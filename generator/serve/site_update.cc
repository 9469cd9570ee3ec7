#include "serve/site_update.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>

#include "core/text.h"
#include "write/output.h"

namespace clustersite {
namespace fs = std::filesystem;
namespace {

bool UnderAny(const std::string& path, const std::vector<std::string>& prefixes) {
  for (const std::string& p : prefixes) {
    if (StartsWith(path, p)) return true;
  }
  return false;
}

/// Removes the folders of `path` that it leaves empty, up to the root.
void RemoveEmptyParents(const std::string& root, std::string path) {
  for (size_t slash = path.rfind('/'); slash != std::string::npos; slash = path.rfind('/')) {
    path.resize(slash);
    std::string dir = root;
    dir.append("/").append(path);
    if (rmdir(dir.c_str()) != 0) return;
  }
}

}  // namespace

SiteUpdate::SiteUpdate(SiteFolder* folder, const FileSystem& content_fs, std::string content_root)
    : folder_(folder),
      content_fs_(content_fs),
      content_root_(std::move(content_root)),
      stage_(folder->path_ + "/stage-" + std::to_string(++folder->stages_)) {}

SiteUpdate::~SiteUpdate() {
  std::error_code ec;
  fs::remove_all(stage_, ec);
}

void SiteUpdate::Fail(const std::string& err) {
  std::lock_guard<std::mutex> lock(mu_);
  if (error_.empty()) error_ = err;
}

size_t SiteUpdate::changed() const {
  std::lock_guard<std::mutex> lock(mu_);
  size_t n = 0;
  for (const Staged& s : staged_) n += !s.replaced;
  return n;
}

void SiteUpdate::Put(OutputFile file) {
  if (!IsSafeOutputPath(file.path))
    return Fail("refusing to write outside the output folder: `" + file.path + "`");
  ++files_;
  std::string err;
  if (!file.copy_from.empty()) {
    std::string src = JoinPath(content_root_, file.copy_from);
    if (!content_fs_.Read(src, 64 * 1024 * 1024, &file.content, &err))
      return Fail(src + ": " + err);
  }
  uint64_t hash = std::hash<std::string_view>{}(file.content);
  std::string temp;
  {
    std::lock_guard<std::mutex> lock(mu_);
    // A path put twice (the portal index, rendered again) keeps the last.
    if (file.print_document) documents_.insert(file.path);
    auto [at, fresh] = put_.emplace(file.path, std::string::npos);
    if (!fresh && at->second != std::string::npos) staged_[at->second].replaced = true;
    at->second = std::string::npos;
    // The manifest changes only in Commit(), after every Put().
    auto it = folder_->manifest_.find(file.path);
    if (it != folder_->manifest_.end() && it->second == hash) return;
    if (!stage_made_ && mkdir(stage_.c_str(), 0755) != 0 && errno != EEXIST) {
      error_ = stage_ + ": " + std::strerror(errno);
      return;
    }
    stage_made_ = true;
    temp = stage_ + "/" + std::to_string(staged_.size());
    at->second = staged_.size();
    staged_.push_back({file.path, temp, hash});
  }
  if (!WriteFileAtomically(temp, file.content, &err)) Fail(err);
}

bool SiteUpdate::Commit(const std::vector<std::string>& owned, const std::vector<std::string>& skip,
                        std::string* err) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!error_.empty()) {
    *err = error_;
    return false;
  }
  const std::string& root = folder_->root_;
  std::set<std::string> made;
  std::error_code ec;
  for (const Staged& s : staged_) {
    if (s.replaced || UnderAny(s.path, skip)) continue;
    std::string target = root + "/" + s.path;
    std::string dir = target.substr(0, target.rfind('/'));
    if (made.insert(dir).second) fs::create_directories(dir, ec);
    if (ec || rename(s.temp.c_str(), target.c_str()) != 0) {
      *err = target + ": " + (ec ? ec.message() : std::strerror(errno));
      return false;
    }
    folder_->manifest_[s.path] = s.hash;
  }
  auto& manifest = folder_->manifest_;
  for (auto it = manifest.begin(); it != manifest.end();) {
    if (put_.count(it->first) || !UnderAny(it->first, owned) || UnderAny(it->first, skip)) {
      ++it;
      continue;
    }
    unlink((root + "/" + it->first).c_str());
    RemoveEmptyParents(root, it->first);
    it = manifest.erase(it);
  }
  std::lock_guard<std::mutex> documents_lock(folder_->documents_mu_);
  std::set<std::string>& documents = folder_->documents_;
  std::erase_if(documents, [&](const std::string& path) {
    return (put_.count(path) > 0 && !UnderAny(path, skip)) || !manifest.count(path);
  });
  for (const std::string& path : documents_) {
    if (!UnderAny(path, skip)) documents.insert(path);
  }
  return true;
}

}  // namespace clustersite
