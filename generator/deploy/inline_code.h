#pragma once

#include <set>
#include <string>
#include <string_view>

namespace clustersite {

/// The Content-Security-Policy source expression that allows an inline
/// script or style whose text is `text`: `'sha256-<base64 of SHA-256>'`,
/// over the text as a browser hashes it (line breaks normalised to LF).
std::string CspHash(std::string_view text);

/// The hashes (CspHash) of the inline code of one HTML file: what its
/// Content-Security-Policy has to allow.
struct InlineCode {
  std::set<std::string> scripts;  ///< of each executable `<script>` without `src`
  std::set<std::string> styles;   ///< of each `<style>` element
};

/// Adds the hashes of `html`'s inline scripts and styles to `code`, in one
/// pass over the file. A script whose `type` is not JavaScript (a JSON-LD
/// data block) is not run, so CSP does not apply to it and it is skipped.
void ScanInlineCode(std::string_view html, InlineCode* code);

}  // namespace clustersite
