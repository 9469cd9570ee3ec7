#include "load/content_tree.h"

#include "core/names.h"
#include "core/stage_clock.h"
#include "core/text.h"
#include "core/unicode.h"
#include "load/front_matter.h"
#include "load/yaml.h"

namespace clustersite {
namespace {

struct Loader {
  const FileSystem& fs;
  std::string root;
  const LoadLimits& limits;
  Diagnostics* diag;
  bool read_pages = true;  ///< false: pages are listed, not read

  std::string Display(const std::string& rel) const { return JoinPath(root, rel); }

  std::optional<SourceFile> ReadText(const std::string& rel) {
    SourceFile f{Display(rel), rel, "", false};
    if (!ReadSourceFile(fs, limits, diag, &f)) return std::nullopt;
    return f;
  }

  /// Lists a folder, reporting symbolic links and skipping hidden entries.
  std::vector<DirEntry> List(const std::string& rel) {
    std::vector<DirEntry> out;
    auto entries = fs.List(Display(rel));
    if (!entries) return out;
    for (const DirEntry& e : *entries) {
      if (StartsWith(e.name, ".")) continue;
      if (e.kind == EntryKind::kSymlink) {
        diag->Error(Display(JoinPath(rel, e.name)), {},
                    "is a symbolic link; clustersite reads only real files inside the content "
                    "folder");
        continue;
      }
      out.push_back(e);
    }
    return out;
  }

  void CheckSlug(const std::string& rel, const std::string& slug) const {
    if (IsValidSlug(slug)) return;
    diag->Error(Display(rel), {},
                "`" + slug +
                    "` is not a valid slug; use lowercase ASCII letters, digits and "
                    "hyphens, starting with a letter or digit");
  }

  void LoadPages(const std::string& rel, std::vector<SourceFile>* out) {
    for (const DirEntry& e : List(rel)) {
      std::string path = JoinPath(rel, e.name);
      if (e.kind != EntryKind::kFile || !EndsWith(e.name, ".md")) {
        diag->Warning(Display(path), {}, "ignored: only `.md` files belong in this folder");
        continue;
      }
      CheckSlug(path, e.name.substr(0, e.name.size() - 3));
      if (!read_pages) {
        out->push_back(SourceFile{Display(path), path, "", false});
      } else if (auto f = ReadText(path)) {
        out->push_back(std::move(*f));
      }
    }
  }

  void LoadMedia(const std::string& rel, int depth, std::vector<std::string>* out) {
    if (depth > 8) return;
    for (const DirEntry& e : List(rel)) {
      std::string path = JoinPath(rel, e.name);
      if (e.kind == EntryKind::kDirectory) {
        LoadMedia(path, depth + 1, out);
      } else if (e.kind == EntryKind::kFile) {
        out->push_back(path);
      }
    }
  }

  /// The files of feedback/, read unless only pages are listed (their
  /// names are the model's to check).
  void LoadFeedback(const std::string& rel, std::vector<SourceFile>* out) {
    for (const DirEntry& e : List(rel)) {
      const std::string path = JoinPath(rel, e.name);
      if (read_pages) {
        if (auto f = ReadEntry(e, path)) out->push_back(std::move(*f));
      } else if (e.kind != EntryKind::kFile) {
        diag->Error(Display(path), {}, kNotRegularFile);
      } else {
        out->push_back(SourceFile{Display(path), path, "", false});
      }
    }
  }

  /// strategy/: strategy.yaml and `.md` section files; anything else is
  /// ignored with a warning.
  void LoadStrategy(const std::string& rel, StrategyFiles* out) {
    out->dir = Display(rel);
    for (const DirEntry& e : List(rel)) {
      const std::string path = JoinPath(rel, e.name);
      if (e.name == "strategy.yaml") {
        out->yaml = ReadEntry(e, path);
      } else if (EndsWith(e.name, ".md") && e.kind == EntryKind::kFile) {
        if (auto f = ReadText(path)) out->sections.push_back(std::move(*f));
      } else {
        diag->Warning(Display(path), {},
                      "ignored: strategy/ holds strategy.yaml and the section files, named by "
                      "the template's numbers like `1.1.md`");
      }
    }
  }

  /// Reads the entry `e` at `rel` when it is a regular file; anything else
  /// (a named pipe would block the read for ever) is an error, not opened.
  std::optional<SourceFile> ReadEntry(const DirEntry& e, const std::string& rel) {
    if (e.kind != EntryKind::kFile) {
      diag->Error(Display(rel), {}, kNotRegularFile);
      return std::nullopt;
    }
    return ReadText(rel);
  }

  void LoadCluster(const std::string& slug, ClusterFiles* c) {
    c->slug = slug;
    c->dir = Display(slug);
    bool has_yaml = false;
    for (const DirEntry& e : List(slug)) {
      std::string path = JoinPath(slug, e.name);
      bool dir = e.kind == EntryKind::kDirectory;
      if (e.name == "cluster.yaml" && !dir) {
        has_yaml = true;
        c->cluster_yaml = ReadEntry(e, path);
      } else if (e.name == "about.md" && !dir) {
        c->about = ReadEntry(e, path);
      } else if (e.name == "members.yaml" && !dir) {
        c->members = ReadEntry(e, path);
      } else if (e.name == "services" && dir) {
        LoadPages(path, &c->services);
      } else if (e.name == "stories" && dir) {
        LoadPages(path, &c->stories);
      } else if (e.name == "roadmaps" && dir) {
        LoadPages(path, &c->roadmaps);
      } else if (e.name == "events" && dir) {
        LoadPages(path, &c->events);
      } else if (e.name == "news" && dir) {
        LoadPages(path, &c->news);
      } else if (e.name == "media" && dir) {
        LoadMedia(path, 0, &c->media);
      } else if (e.name == "feedback" && dir) {
        LoadFeedback(path, &c->feedback);
      } else if (e.name == "strategy" && dir) {
        LoadStrategy(path, &c->strategy.emplace());
      } else {
        std::vector<std::string> known = {"cluster.yaml", "about.md", "members.yaml", "services",
                                          "stories",      "roadmaps", "events",       "news",
                                          "media",        "feedback", "strategy"};
        std::string hint = DidYouMean(e.name, known);
        diag->Warning(Display(path), {},
                      "ignored: not part of the content format" +
                          (hint.empty() ? std::string() : "; did you mean `" + hint + "`?"));
      }
    }
    if (!has_yaml) {
      diag->Error(Display(JoinPath(slug, "cluster.yaml")), {},
                  "missing: every cluster folder needs a cluster.yaml");
    }
  }
};

/// The `theme` portal.yaml names, as PathInside gives it, or "". Its
/// problems are the model's to report.
std::string ThemeOf(const SourceFile& portal) {
  Diagnostics ignored;
  YamlFile yaml;
  if (!YamlFile::Parse(portal.path, portal.text, 1, &ignored, &yaml) || !yaml.root().IsMap())
    return "";
  for (const YamlEntry& e : yaml.root().entries) {
    if (e.first.Scalar() == "theme" && e.second.IsScalar()) return PathInside(e.second.Scalar());
  }
  return "";
}

bool Load(Loader loader, const ClusterSelection& select, ContentTree* out) {
  const std::string& only_cluster = select.slug;
  StageScope stage(Stage::kLoad);
  const std::string& root = loader.root;
  const FileSystem& fs = loader.fs;
  Diagnostics* diag = loader.diag;
  out->root = root;
  if (std::string problem = ContentFolderProblem(fs, root); !problem.empty()) {
    diag->Error(root, {}, problem);
    return false;
  }
  std::vector<DirEntry> entries = loader.List("");
  // The folder that holds the theme (`theme` or `themes/x`) is no cluster,
  // unless it is one (a theme inside a cluster's folder).
  std::string theme_top;
  for (const DirEntry& e : entries) {
    if (e.name == "portal.yaml" && e.kind != EntryKind::kDirectory) {
      out->portal = loader.ReadEntry(e, "portal.yaml");
      if (out->portal) theme_top = ThemeOf(*out->portal);
    }
  }
  theme_top = theme_top.substr(0, theme_top.find('/'));
  if (!theme_top.empty() && fs.Kind(loader.Display(JoinPath(theme_top, "cluster.yaml"))))
    theme_top.clear();
  bool found = only_cluster.empty();
  std::vector<std::string> folders;
  for (const DirEntry& e : entries) {
    const bool portal_yaml = e.name == "portal.yaml" && e.kind != EntryKind::kDirectory;
    if (portal_yaml || e.name == theme_top) continue;
    if (e.kind != EntryKind::kDirectory) {
      diag->Warning(loader.Display(e.name), {},
                    "ignored: the content folder holds portal.yaml and cluster folders");
      continue;
    }
    folders.push_back(e.name);
    if (!only_cluster.empty() && e.name != only_cluster) continue;
    if (!select.shard.Holds(folders.size() - 1)) continue;
    found = true;
    loader.CheckSlug(e.name, e.name);
    if (std::string reserved = ReservedClusterSlug(e.name); !reserved.empty())
      diag->Error(loader.Display(e.name), {}, reserved + "; rename the folder");
    ClusterFiles c;
    loader.LoadCluster(e.name, &c);
    out->clusters.push_back(std::move(c));
  }
  if (!found) {
    diag->Error(root, {},
                "no cluster `" + only_cluster + "` in this content folder" +
                    DidYouMeanNames(only_cluster, folders));
    return false;
  }
  return true;
}

}  // namespace

std::string ContentFolderProblem(const FileSystem& fs, const std::string& root) {
  const std::string what =
      "a content folder holds a folder per cluster, each with a cluster.yaml, and may hold "
      "portal.yaml";
  const std::string start = "clustersite new cluster SLUG -C " + root;
  auto kind = fs.Kind(root);
  if (!kind) {
    return "content folder not found; " + what + ": start one with `mkdir -p " + root + " && " +
           start + "`";
  }
  if (*kind != EntryKind::kDirectory) {
    return std::string(*kind == EntryKind::kFile      ? "is a file"
                       : *kind == EntryKind::kSymlink ? "is a symbolic link"
                                                      : "is no file or folder") +
           ", not a content folder; " + what + ": give the folder that holds them";
  }
  for (const DirEntry& e : fs.List(root).value_or(std::vector<DirEntry>{})) {
    if (StartsWith(e.name, ".")) continue;
    if (e.name == "portal.yaml" && e.kind == EntryKind::kFile) return "";
    if (e.kind == EntryKind::kDirectory &&
        fs.Kind(JoinPath(JoinPath(root, e.name), "cluster.yaml")) == EntryKind::kFile) {
      return "";
    }
  }
  return "is not a content folder: it holds no portal.yaml and no cluster folder; " + what +
         ": give the folder that holds them, or start one here with `" + start + "`";
}

std::string SymlinkOnPath(const FileSystem& fs, const std::string& root, const std::string& rel) {
  std::string path = root;
  size_t start = 0;
  while (start < rel.size()) {
    size_t end = std::min(rel.find('/', start), rel.size());
    path = JoinPath(path, rel.substr(start, end - start));
    if (fs.Kind(path) == EntryKind::kSymlink) return path;
    start = end + 1;
  }
  return "";
}

bool ReadSourceFile(const FileSystem& fs, const LoadLimits& limits, Diagnostics* diag,
                    SourceFile* file) {
  StageScope stage(Stage::kLoad);
  std::string raw, err;
  if (!fs.Read(file->path, limits.max_text_bytes, &raw, &err)) {
    diag->Error(file->path, {}, err);
    return false;
  }
  // Most files need none of what follows but the line ends: checked in one
  // pass, taken as read.
  if (IsCleanText(raw)) {
    file->text = NormalizeNewlines(std::move(raw));
    file->read = true;
    return true;
  }
  Position bad = FindInvalidUtf8(raw);
  if (bad.line > 0) {
    diag->Error(file->path, bad, "invalid UTF-8; save the file as UTF-8");
    return false;
  }
  file->text = NormalizeNewlines(std::move(raw));
  if (file->text.find('\0') != std::string::npos) {
    diag->Error(file->path, PositionAt(file->text, file->text.find('\0')),
                "the file contains a NUL byte");
    file->text.clear();
    return false;
  }
  // Text is kept in NFC, so what is printed, searched, slugged and compared
  // is the same whatever form an editor saved. A line break never composes
  // with a neighbour, so lines stay where they were; columns count the
  // characters of the NFC line, which are the characters a reader sees
  // (a decomposed "ā" is one character on the screen, and one here).
  file->text = Nfc(file->text);
  // What HTML and XML forbid would make pages invalid and the feed no XML:
  // replaced here, once for every output (columns stay where they were).
  ForbiddenCharacters forbidden = ReplaceForbiddenInMarkup(&file->text);
  if (forbidden.count > 0) {
    diag->Warning(file->path, PositionAt(file->text, forbidden.first),
                  ForbiddenMessage(forbidden, "", "file"));
  }
  file->read = true;
  return true;
}

bool ReadBody(const FileSystem& fs, const LoadLimits& limits, const std::string& path,
              Diagnostics* diag, std::string* body, int* first_line) {
  StageScope stage(Stage::kLoad);
  SourceFile file{path, "", "", false};
  // The parse read these bytes and warned of them already.
  Diagnostics own;
  bool read = ReadSourceFile(fs, limits, &own, &file);
  for (const Diagnostic& d : own.Sorted()) {
    if (d.severity == Severity::kError) diag->Add(d);
  }
  if (!read) return false;
  SplitDocument doc;
  std::string err;
  Position pos;
  if (!SplitFrontMatter(file.text, &doc, &err, &pos)) {
    diag->Error(path, pos, err);
    return false;
  }
  *body = std::move(doc.body);
  *first_line = doc.body_line;
  return true;
}

bool LoadContentTree(const FileSystem& fs, const std::string& root, const ClusterSelection& select,
                     const LoadLimits& limits, Diagnostics* diag, ContentTree* out) {
  return Load(Loader{fs, root, limits, diag, true}, select, out);
}

bool ListContentTree(const FileSystem& fs, const std::string& root, const ClusterSelection& select,
                     const LoadLimits& limits, Diagnostics* diag, ContentTree* out) {
  return Load(Loader{fs, root, limits, diag, false}, select, out);
}

std::optional<Shard> ParseShard(std::string_view text) {
  auto number = [](std::string_view digits) -> int {
    if (digits.empty() || digits.size() > 4 || digits[0] == '0') return 0;
    int n = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return 0;
      n = n * 10 + (c - '0');
    }
    return n;
  };
  size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  Shard shard{number(text.substr(0, slash)), number(text.substr(slash + 1))};
  if (shard.index < 1 || shard.count > kMaxShards || shard.index > shard.count) return std::nullopt;
  return shard;
}

}  // namespace clustersite
