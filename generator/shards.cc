#include "shards.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/parallel.h"
#include "core/text.h"
#include "write/output.h"

namespace clustersite {
namespace {

/// What every message about a shard's origin ends with.
constexpr const char* kSameBuild =
    "build every shard and the portal from the same content with the same options";

/// Bigger than any file a build writes (a welcome kit embeds its media).
constexpr size_t kMaxOutputFile = size_t{1} << 31;

/// Appends the files below `dir` + `rel` to `files`, as paths from `dir`;
/// a link or special file is an error, as no build writes one.
void ListFiles(const FileSystem& fs, const std::string& dir, const std::string& rel,
               Diagnostics* diag, std::vector<std::string>* files) {
  auto entries = fs.List(JoinPath(dir, rel));
  if (!entries) {
    diag->Error(JoinPath(dir, rel), {}, "cannot be read as a folder");
    return;
  }
  for (const DirEntry& e : *entries) {
    const std::string path = rel + "/" + e.name;
    if (e.kind == EntryKind::kDirectory) {
      ListFiles(fs, dir, path, diag, files);
    } else if (e.kind == EntryKind::kFile) {
      files->push_back(path);
    } else {
      diag->Error(JoinPath(dir, path), {},
                  "is a symbolic link or special file, which no build writes; give the folder "
                  "`clustersite build --shard` wrote, as it wrote it");
    }
  }
}

/// Reads one shard's manifest and lists its clusters' files; false when it is no shard.
bool ReadShard(const FileSystem& fs, const std::string& dir, Diagnostics* diag, ShardFolder* out) {
  out->dir = dir;
  if (fs.Kind(dir) != EntryKind::kDirectory) {
    diag->Error(dir, {},
                "is not a folder; give the output folders of `clustersite build --shard K/N`");
    return false;
  }
  if (fs.Kind(JoinPath(dir, kOutputMarker)) != EntryKind::kFile) {
    diag->Error(dir, {},
                std::string("is not a build's output folder (it has no ") + kOutputMarker +
                    "); give the output folders of `clustersite build --shard K/N`");
    return false;
  }
  const std::string manifest = JoinPath(dir, kCspManifestFile);
  std::string text, error;
  if (!fs.Read(manifest, kMaxOutputFile, &text, &error) ||
      !ParseCspManifest(text, &out->manifest, &error)) {
    diag->Error(manifest, {}, error);
    return false;
  }
  bool ok = true;
  for (const std::string& slug : out->manifest.clusters) {
    if (fs.Kind(JoinPath(dir, slug)) != EntryKind::kDirectory) {
      diag->Error(JoinPath(dir, slug), {},
                  "is missing, though the shard's .csp.json names the cluster; give the folder "
                  "`clustersite build --shard` wrote, as it wrote it");
      ok = false;
      continue;
    }
    ListFiles(fs, dir, slug, diag, &out->files);
  }
  std::sort(out->files.begin(), out->files.end());
  return ok && !diag->HasErrors();
}

}  // namespace

bool ReadShards(const FileSystem& fs, const std::vector<std::string>& dirs,
                const CspManifest& expected, const std::string& content_root, Diagnostics* diag,
                std::vector<ShardFolder>* out) {
  out->assign(dirs.size(), {});
  bool ok = true;
  std::map<std::string, std::string> owner;  // cluster → the shard it is in
  std::set<std::string> given;
  for (size_t i = 0; i < dirs.size(); ++i) {
    ShardFolder& shard = (*out)[i];
    if (!given.insert(dirs[i]).second) {
      diag->Error(dirs[i], {}, "is given twice; give the folder of each shard once");
      ok = false;
      continue;
    }
    if (!ReadShard(fs, dirs[i], diag, &shard)) {
      ok = false;
      continue;
    }
    const std::string manifest = JoinPath(shard.dir, kCspManifestFile);
    if (shard.manifest.audience != expected.audience) {
      diag->Error(manifest, {},
                  "the shard was built for the `" + shard.manifest.audience +
                      "` audience and the portal is for `" + expected.audience + "`; " +
                      kSameBuild + " (--audience)");
      ok = false;
    } else if (shard.manifest.base_url != expected.base_url) {
      // (Of another audience, its address differs too, by the audience's path.)
      auto shown = [](const std::string& url) { return url.empty() ? "no address" : url; };
      diag->Error(manifest, {},
                  "the shard was built for " + shown(shard.manifest.base_url) +
                      " and the portal is for " + shown(expected.base_url) + "; " + kSameBuild +
                      " (--base-url)");
      ok = false;
    }
    for (const std::string& slug : shard.manifest.clusters) {
      const std::string where = JoinPath(shard.dir, slug);
      if (!expected.clusters.count(slug)) {
        diag->Error(where, {},
                    "is no cluster this build of " + content_root + " publishes; " + kSameBuild +
                        " (--drafts)");
        ok = false;
      } else if (auto [it, added] = owner.emplace(slug, shard.dir); !added) {
        diag->Error(where, {},
                    "the cluster is in two shards, " + it->second + " and " + shard.dir +
                        "; build each shard with its own --shard K/N and the same N");
        ok = false;
      }
    }
  }
  if (!ok) return false;
  for (const std::string& slug : expected.clusters) {
    if (owner.count(slug)) continue;
    diag->Error(JoinPath(content_root, slug), {},
                "the cluster is in none of the " + std::to_string(dirs.size()) +
                    " shards given; give the folder of every shard, `--shard 1/N` to `N/N`");
    ok = false;
  }
  return ok;
}

void PutShardFiles(const FileSystem& fs, const std::vector<ShardFolder>& shards,
                   const std::map<std::string, std::string>& sitemaps, int jobs, Diagnostics* diag,
                   OutputSink* out) {
  std::vector<std::pair<const ShardFolder*, const std::string*>> files;
  std::set<std::string_view> paths;
  for (const ShardFolder& shard : shards) {
    for (const std::string& path : shard.files) {
      files.emplace_back(&shard, &path);
      paths.insert(path);
    }
  }
  for (const auto& [path, content] : sitemaps) {
    if (!paths.count(path)) {
      diag->Error(path, {},
                  "is in none of the shards, though this content gives the cluster a sitemap; " +
                      std::string(kSameBuild) + " (--base-url)");
    }
  }
  ParallelFor(files.size(), jobs, [&](size_t i) {
    const auto& [shard, path] = files[i];
    const std::string from = JoinPath(shard->dir, *path);
    OutputFile file{*path, "", "", shard->manifest.documents.count(*path) > 0};
    std::string error;
    if (!fs.Read(from, kMaxOutputFile, &file.content, &error)) {
      diag->Error(from, {}, error);
      return;
    }
    auto sitemap = sitemaps.find(*path);
    if (sitemap != sitemaps.end() && sitemap->second != file.content) {
      diag->Error(from, {},
                  "is not the sitemap this content gives the cluster (its pages or their dates "
                  "differ); " +
                      std::string(kSameBuild) + " (--as-of, --future, --drafts)");
    }
    out->Put(std::move(file));
  });
}

}  // namespace clustersite
