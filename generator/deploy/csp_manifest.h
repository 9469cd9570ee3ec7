#pragma once

#include <map>
#include <mutex>
#include <set>
#include <string>

#include "core/output_file.h"
#include "deploy/inline_code.h"

namespace clustersite {

/// The file every build writes into its output root: what the build's
/// Content-Security-Policy has to allow, for the server configuration.
constexpr const char* kCspManifestFile = ".csp.json";

/// The format `.csp.json` is written in, and the one read: 2, where each
/// print document has its own hashes.
constexpr int kCspManifestFormat = 2;

/// What `.csp.json` says of one build.
struct CspManifest {
  std::string audience = "public";  ///< public, members or staff
  std::string base_url;             ///< the build's root URL, or "" when none is known
  std::set<std::string> clusters;   ///< the cluster folders under the output root
  InlineCode pages;                 ///< of every HTML file but the print documents
  /// Each print document's output path and its inline code. Every document
  /// gets a policy of its own: their styles differ (running headers, named
  /// pages), and one policy with all their hashes would outgrow a server's
  /// configuration line on a portal of some size.
  std::map<std::string, InlineCode> documents;
};

/// `manifest` as the bytes of `.csp.json`, format 2: 2-space indented JSON
/// with a final newline, keys in a fixed order, every list sorted.
std::string CspManifestJson(const CspManifest& manifest);

/// Reads the text of a `.csp.json`; false with `*error` when it is not one
/// (not JSON, another format, a field missing or of another kind).
bool ParseCspManifest(const std::string& text, CspManifest* manifest, std::string* error);

/// Passes every file on and scans the HTML ones for inline code as they
/// go by (the bytes as written), so a build reads each page once more, in
/// memory; Finish() then puts `.csp.json`. Put() is called from several threads.
class CspManifestSink : public OutputSink {
 public:
  /// `manifest` gives the audience, base URL and clusters.
  CspManifestSink(OutputSink* next, CspManifest manifest);
  void Put(OutputFile file) override;
  /// Puts `.csp.json` into the next sink; call once, after the last Put().
  void Finish();

 private:
  OutputSink* next_;
  std::mutex mu_;
  CspManifest manifest_;  ///< under mu_
};

}  // namespace clustersite
