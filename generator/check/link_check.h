#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.h"
#include "core/output_file.h"
#include "theme/theme.h"

namespace clustersite {

/// A link written in Markdown that only the finished site can confirm: to a
/// page that is not a content file (a list page, the feed), or to a fragment.
struct MarkdownLink {
  std::string target;    ///< the cluster-relative output file: "services/index.html"
  std::string fragment;  ///< the id it must reach on that page, or ""
  std::string written;   ///< the URL as the Markdown writes it
  std::string path;      ///< display path of the Markdown file
  Position pos;          ///< where the link is written
};

/// An absolute address of the site and the output folder it is: links to it
/// are the site's own and are checked like relative ones.
struct SiteAddress {
  std::string url;     ///< "https://koks.example.lv/"
  std::string prefix;  ///< "koks/", or "" for the output root
};

/// Checks every internal link of the rendered site: each href, src and
/// action of every HTML page must reach a file of the output, and a
/// `#fragment` an id on its page. Pages are scanned as they stream past to
/// the next sink (in parallel, on the threads that render them); only the
/// links, kept once per page and interned, and the ids are kept until
/// Report(). External links (with a scheme not of the site's own address)
/// are not followed.
class LinkChecker : public OutputSink {
 public:
  /// `output_name` is put before page paths in diagnostics ("public").
  /// `published_path` is where the output is below its host's root
  /// ("members/"), which root-relative links start with; "" at the root.
  LinkChecker(OutputSink* next, std::string output_name, std::vector<SiteAddress> addresses,
              std::string published_path = "");

  void Put(OutputFile file) override;

  /// Links written in the Markdown of the cluster in folder `prefix`: they
  /// are reported at their place in the Markdown, not on the pages.
  void AddMarkdownLinks(const std::string& prefix, const std::vector<MarkdownLink>& links);

  /// Checks only the links into the folders `prefixes` ("koks/"): for
  /// clusters rendered without the rest of the portal, whose links out of
  /// their folders reach files rendered and checked elsewhere (before, in
  /// a preview; when the shards are assembled, in a sharded build).
  void CheckOnly(std::vector<std::string> prefixes) {
    scoped_ = true;
    scope_ = std::move(prefixes);
  }

  /// Reports every broken link to `diag`, once each: a Markdown link at its
  /// source position; a link found in a template of `theme` at the template
  /// line, with the pages it is on; any other at the first page it is on.
  void Report(const Theme& theme, Diagnostics* diag) const;

 private:
  struct Link {
    uint32_t written, target, fragment;  ///< interned; fragment 0 is none
    bool operator<(const Link& o) const;
    bool operator==(const Link& o) const;
  };
  struct Page {
    uint32_t path;
    std::vector<Link> links;
  };
  struct SourceLink {
    uint32_t target, fragment;
    MarkdownLink link;
  };

  /// Hashes text and string views alike, so lookups need no copy.
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  /// Where a link goes; false for a link of another site. `*target` and
  /// `*fragment` are overwritten (their buffers reused from link to link).
  bool Resolve(std::string_view page, std::string_view value, std::string* target,
               std::string* fragment, bool* outside) const;
  uint32_t Intern(std::string_view s);  ///< under mu_
  const std::string& Text(uint32_t id) const { return *texts_[id]; }
  /// "" when the link reaches its target, else what is wrong with it.
  std::string Problem(uint32_t target, uint32_t fragment) const;

  OutputSink* next_;
  std::string output_name_;
  std::vector<SiteAddress> addresses_;
  std::string published_path_;
  bool InScope(const std::string& target) const;
  bool scoped_ = false;             ///< see CheckOnly
  std::vector<std::string> scope_;  ///< see CheckOnly
  mutable std::mutex mu_;
  std::unordered_map<std::string, uint32_t, TextHash, std::equal_to<>> ids_;  ///< text → id
  std::vector<const std::string*> texts_;                                     ///< id → text
  std::vector<bool> produced_;  ///< by id: an output file of that path
  std::unordered_map<uint32_t, std::vector<std::string>> anchors_;  ///< page → its ids, sorted
  std::vector<Page> pages_;
  std::vector<SourceLink> markdown_;
};

}  // namespace clustersite
