#pragma once

#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/time_zone.h"
#include "document/pdf.h"
#include "load/content_tree.h"
#include "model/model.h"
#include "model/news.h"
#include "site/render_site.h"

namespace clustersite {

/// What `clustersite build` and `check` are asked to do. Every field has a default.
struct BuildOptions {
  std::string content = "content";  ///< the content folder
  std::string out;                  ///< output folder; "" = public or members by audience
  Audience audience = Audience::kPublic;
  std::string cluster;   ///< build only this cluster, as the output root
  Shard shard;           ///< build only this shard's clusters, for `portal` to assemble
  std::string base_url;  ///< overrides portal.yaml's base_url
  std::string theme;     ///< a theme folder over the default theme
  int jobs = 0;          ///< threads; 0 = the hardware threads
  AsOfSource as_of;      ///< the date the build is as of: `--as-of`, SOURCE_DATE_EPOCH, the clock
  bool future = false;   ///< publish stories dated after the as-of date too
  bool drafts = false;   ///< build the `draft: true` files and clusters too, marked as drafts
  /// Called from any thread after each page is written, with the pages
  /// written so far and the total; may be empty.
  std::function<void(size_t done, size_t total)> progress;
  /// Called from any thread with what took how long (loading, each
  /// cluster's render), for `-v`; may be empty.
  std::function<void(const std::string& what, double seconds)> timing;
};

/// What a build did, for the one-line summary.
struct BuildStats {
  size_t clusters = 0;
  size_t pages = 0;
  size_t files = 0;
  std::vector<Date> as_of;  ///< the as-of dates, one unless clusters' time zones differ
  size_t held_back = 0;     ///< stories of the audience dated after the as-of date
};

/// Loads, parses and validates the content, as LoadSite does without the
/// theme: for tests. Returns false when there are errors (all in `diag`).
bool LoadAndValidate(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
                     Portal* portal);

/// Renders the site into memory, without writing: for tests.
bool RenderAll(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
               std::vector<OutputFile>* files);

/// What `clustersite check` runs: the whole pipeline up to writing, with
/// the site rendered and its links checked in memory. Nothing is written.
bool Check(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag, BuildStats* stats);

/// The whole pipeline: load → model → validate → render → write. A broken
/// internal link fails the build like any other error.
bool Build(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag, BuildStats* stats,
           std::string* write_error);

/// What `clustersite portal` is asked to do.
struct PortalCommand {
  /// The content, output folder, audience, base URL, theme, threads, as-of
  /// date, `future` and `drafts`, as each shard was built with.
  BuildOptions build;
  std::vector<std::string> shards;  ///< the output folders of `build --shard`
};

/// Assembles the portal from the shards' folders into the output folder:
/// their cluster folders, and the portal's index, 404 page, robots.txt,
/// static files, sitemap and `.csp.json`, made from the content as a build
/// of the whole portal makes them, so the result is that build's, byte for
/// byte. The content is loaded and validated, and every link of the whole
/// checked; a shard of another audience, address or content, a cluster in
/// two shards or in none are errors. Writes nothing on any error.
bool AssembleShards(const FileSystem& fs, const PortalCommand& command, Diagnostics* diag,
                    BuildStats* stats, std::string* write_error);

/// What `clustersite kit` is asked to do. Every field has a default.
struct KitCommand {
  BuildOptions build;        ///< content, cluster (required), audience, theme, base URL
  std::string member;        ///< personalise for this member, or ""
  std::optional<Date> date;  ///< the date on the cover; else the as-of date
  std::string html;          ///< the HTML file to write, or "" for none
  std::string pdf;           ///< the PDF file to print, or "" for none
  PrintOptions print;        ///< the engine, and where its console output goes
};

/// Loads and validates the content and renders one welcome kit into memory.
bool RenderKitHtml(const FileSystem& fs, const KitCommand& command, Diagnostics* diag,
                   std::string* html);

/// Loads and validates the content, renders one welcome kit, writes it to
/// `command.html` and prints it to `command.pdf` as `clustersite pdf` prints
/// any print document (see PrintDocumentHtml); with Chromium, the HTML file
/// then holds the contents' page numbers of the print. Content problems go
/// to `diag`, file and engine problems to `*error`.
bool MakeKit(const FileSystem& fs, const KitCommand& command, Diagnostics* diag,
             std::string* error);

/// What `clustersite digest` is asked to do.
struct DigestCommand {
  BuildOptions build;  ///< content, cluster (required), theme, as-of date
  Month month;
  std::string out;  ///< the .eml file to write; "" = DigestFileName in the current folder
};

/// What a digest said, for the summary line.
struct DigestStats {
  std::string path;  ///< the file written
  size_t recipients = 0;
};

/// Loads and validates the content and writes the digest of `command.month`
/// as one .eml file (see ComposeDigest). It holds members' addresses, so it
/// is never written into a build's output folder. Content problems go to
/// `diag`, file problems to `*error`.
bool MakeDigest(const FileSystem& fs, const DigestCommand& command, Diagnostics* diag,
                DigestStats* stats, std::string* error);

/// The output folder for `options`: `out`, else `public` or `members`.
std::string OutputFolder(const BuildOptions& options);

}  // namespace clustersite
