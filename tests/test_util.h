#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "build.h"
#include "core/file_system.h"
#include "document/print_document.h"

namespace clustersite::testing {

/// The date the example content/ and the fixtures are written as of, which
/// every test builds them as of, so that they do not go stale as the
/// calendar moves: 2026-12-01, as scripts/run passes it.
inline constexpr Date kExampleAsOf{2026, 12, 1};
/// Noon UTC on kExampleAsOf, the SOURCE_DATE_EPOCH Run gives the commands it runs.
inline constexpr long long kExampleEpoch = 1796126400;

/// A small valid content tree in memory: one cluster `koks` with a service,
/// a public story, a members-only story and a roadmap. Tests change one file
/// to break one rule.
MemoryFileSystem ValidTree();

/// A use of `service` by `member` on `date`, as a feedback/ record, with
/// its rating and comment: for the model's tests.
FeedbackRecord Use(const std::string& service, const std::string& member, Date date,
                   std::optional<int> rating = std::nullopt, const std::string& comment = "");

/// A member (or a partner) named `name` that joined on `joined`, for the model's tests.
Member Joined(const std::string& name, std::optional<Date> joined,
              MemberKind kind = MemberKind::kMember);

/// ValidTree with what the staff's pages are made from: a member of each
/// group (SIA Koks new, AS Mežs active, SIA Vecais reactivate), SIA Bez
/// Datuma without `joined`, the partner Skola; feedback/ with comments, one
/// of them not to be quoted; stories of AS Mežs (members-only, newest) and
/// SIA Vecais (public) about `eksports`; a roadmap for new members.
MemoryFileSystem StaffTree();

/// A service page with `title` and `body`, for ValidTree's services/.
inline std::string ServiceText(const std::string& title, const std::string& body) {
  return "---\ntitle: " + title + "\nsummary: S\ncategory: c\n---\n" + body;
}

/// A print document of two parts in Latvian, "a quarterly handout", whose
/// own styles are handout/handout.css of HandoutTheme.
PrintDocument Handout();

/// The default theme with handout/handout.css (`.handout-only{color:red}`).
const Theme& HandoutTheme();

/// The first bytes of a PNG file: what the media check reads of one.
inline const std::string kPng("\x89PNG\r\n\x1a\n", 8);

/// A base URL that would end the attribute it is written into, were it not escaped.
inline const std::string kHostileBaseUrl =
    "https://koks.example.org/\"autofocus onfocus=\"alert(1)";

/// How a message about a character no base URL may hold ends.
inline const std::string kBaseUrlRule =
    "; a base URL holds no quotes, spaces, `<`, `>`, backslashes, backticks or control "
    "characters: percent-encode them";

/// Runs load + validate on `fs` (content root "content") and returns every
/// diagnostic as text, one per line.
std::string CheckText(const MemoryFileSystem& fs);

/// Every diagnostic of reading the YAML `text` as the file "f.yaml", whose
/// first line is line `first_line` of the file.
std::string YamlErrors(const std::string& text, int first_line = 1);

/// Renders `fs` and returns the output files.
std::vector<OutputFile> RenderFiles(const MemoryFileSystem& fs, Audience audience,
                                    std::string* diagnostics);

/// `s` in Unicode's decomposed form (NFD): "ā" as "a" and a combining macron.
std::string Nfd(const std::string& s);

/// `s` repeated `n` times.
std::string Repeat(const std::string& s, int n);

/// The diagnostics of rendering the Markdown `md` as the body of x.md
/// starting on line 5; checks nothing is rendered when they hold an error.
std::string Refusal(const std::string& md);

/// The content of output file `path`, or "" when there is none.
std::string FileText(const std::vector<OutputFile>& files, const std::string& path);

/// The real disk, for tests over content/ and fixtures.
const FileSystem& RealFs();
/// True when `needle` is in `text`.
bool Has(const std::string& text, const std::string& needle);

/// True when each needle appears in `text`, in this order.
bool InOrder(const std::string& text, const std::vector<std::string>& needles);

/// Reads a real file.
std::string ReadFile(const std::string& path);

/// A fresh folder under /tmp, removed with everything in it at the end of scope.
struct TempDir {
  std::filesystem::path path;
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string operator/(const std::string& rel) const { return (path / rel).string(); }
};

/// The example content/ copied into a temporary folder, for tests that change it.
struct ContentCopy {
  TempDir tmp;
  std::string root;  ///< the copy: tmp/content
  ContentCopy();
  /// Removes baltic-logistics's partial strategy, whose sections still to
  /// write are 13 warnings, for a test that reads every line of the output.
  void DropPartialStrategy() const;
};

/// Writes `text` to the file `path`, replacing it.
void WriteText(const std::string& path, const std::string& text);

/// `text` with the first `from` replaced by `to`; `from` must be there.
std::string Replaced(std::string text, const std::string& from, const std::string& to);

/// Replaces the first `from` with `to` in the file `path` of `fs`.
void Edit(MemoryFileSystem* fs, const std::string& path, const std::string& from,
          const std::string& to);

/// Runs a shell command, returning its exit code and its stdout+stderr. It
/// runs with SOURCE_DATE_EPOCH set to kExampleEpoch, so clustersite works as
/// of kExampleAsOf unless the command says otherwise.
int Run(const std::string& command, std::string* output);

/// Every file of a tree with its bytes, for comparing two trees.
std::map<std::string, std::string> Snapshot(const std::filesystem::path& root);

/// content/ built with the real CLI for both audiences, once per test run.
struct BuiltContent {
  TempDir dir;
  std::string root;
  BuiltContent();
  std::string Public(const std::string& rel) const { return ReadFile(root + "/public/" + rel); }
  std::string Members(const std::string& rel) const { return ReadFile(root + "/members/" + rel); }
};

/// The one BuiltContent the end-to-end tests share.
const BuiltContent& Built();

}  // namespace clustersite::testing
