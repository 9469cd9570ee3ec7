#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "media/media_file.h"

namespace clustersite {

/// The media files one cluster's pages and kit use, each read and checked
/// (CheckMediaFile) once however many pages show it. What is published and
/// what the kit embeds are the very bytes that were checked. Thread-safe.
class ClusterMedia {
 public:
  explicit ClusterMedia(MediaReader read) : read_(std::move(read)) {}

  /// Why `content_rel` may not be published ("" when it may); read and
  /// checked on first use.
  const std::string& Problem(const std::string& content_rel);
  /// The checked bytes of `content_rel`, or nullptr when it may not be published.
  const std::string* Bytes(const std::string& content_rel);
  /// A MediaReader that gives the checked bytes, and the problem as the
  /// error of a file that may not be published; valid while this lives.
  MediaReader Reader();

 private:
  struct Entry {
    std::once_flag once;
    std::string problem;
    std::string bytes;
  };
  Entry& Checked(const std::string& content_rel);

  MediaReader read_;
  std::mutex mu_;
  std::map<std::string, std::unique_ptr<Entry>> entries_;
};

}  // namespace clustersite
