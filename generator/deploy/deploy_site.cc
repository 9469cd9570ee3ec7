#include "deploy/deploy_site.h"

#include <algorithm>
#include <regex>
#include <set>

#include "core/media_type.h"
#include "core/url.h"
#include "deploy/security_headers.h"

namespace clustersite {
namespace {

/// The build command that makes `audience`'s build for `url_path` at
/// `origin` ("https://klasteri.example.lv"), for hints.
std::string BuildCommand(const std::string& folder, Audience audience, const std::string& origin,
                         const std::string& url_path) {
  std::string command = "clustersite build content -o " + folder;
  if (audience != Audience::kPublic) command += " --audience " + Name(audience);
  return command + " --base-url " + origin + url_path;
}

/// Adds the extension of every file under `dir` (dotfiles left out) to `out`.
void CollectExtensions(const FileSystem& fs, const std::string& dir, std::set<std::string>* out) {
  std::optional<std::vector<DirEntry>> entries = fs.List(dir);
  if (!entries) return;
  for (const DirEntry& entry : *entries) {
    if (entry.name.empty() || entry.name[0] == '.') continue;
    std::string path = JoinPath(dir, entry.name);
    if (entry.kind == EntryKind::kDirectory) {
      CollectExtensions(fs, path, out);
    } else if (entry.kind == EntryKind::kFile) {
      std::string ext = Extension(entry.name);
      if (!ext.empty()) out->insert(ext);
    }
  }
}

/// A URL path a build can be published at: "/name/" or "/a/b/", of
/// letters, digits, '-', '_' and '.', so it is safe in every configuration.
bool IsPublicationPath(const std::string& path) {
  if (path.size() < 3 || path.front() != '/' || path.back() != '/') return false;
  char previous = '/';
  for (size_t i = 1; i < path.size(); ++i) {
    char c = path[i];
    bool word = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    if (!word && c != '/') return false;
    if (c == '/' && (previous == '/' || previous == '.')) return false;
    previous = c;
  }
  return path.find("/.") == std::string::npos;
}

/// Whether `text` can be written into a configuration line between quotes.
bool IsQuotable(const std::string& text) {
  return !text.empty() && std::none_of(text.begin(), text.end(), [](char c) {
    return c == '"' || c == '\\' || c == '$' || c == '\'' || static_cast<unsigned char>(c) < 0x20 ||
           c == 0x7f;
  });
}

/// A host name nginx and Apache read as one: letters, digits, '-', '_',
/// '.' and a wildcard '*', or "" for none.
bool IsHostName(const std::string& name) {
  return std::regex_match(name, std::regex(R"([A-Za-z0-9*_.-]*)"));
}

/// Reads and checks the manifest of the build of `audience` in `folder`.
bool LoadBuild(const FileSystem& fs, const std::string& folder, Audience audience,
               const std::string& origin, const std::string& url_path, DeployedBuild* build,
               Diagnostics* diag) {
  const std::string path = JoinPath(folder, kCspManifestFile);
  const std::string command = BuildCommand(folder, audience, origin, url_path);
  std::string text, error;
  if (!fs.Read(path, 16 << 20, &text, &error)) {
    diag->Error(path, {},
                "no CSP manifest, so " + folder +
                    " holds no build of this clustersite; make it with `" + command + "`");
    return false;
  }
  if (!ParseCspManifest(text, &build->manifest, &error)) {
    diag->Error(path, {}, error + "; make the build anew with `" + command + "`");
    return false;
  }
  build->audience = audience;
  build->folder = folder;
  build->url_path = url_path;
  bool ok = true;
  for (const auto& [document, code] : build->manifest.documents) {
    if (IsQuotable(document)) continue;
    std::string message = "the print document `" + document;
    message += "` has a quote, backslash, `$` or control character in its path, which a ";
    message += "server configuration would read as syntax; make the build anew with `";
    diag->Error(path, {}, message.append(command).append("`"));
    ok = false;
  }
  if (build->manifest.audience != Name(audience)) {
    diag->Error(path, {},
                "this is the build of the " + build->manifest.audience +
                    " audience, in the folder of the " + Name(audience) + " one; make it with `" +
                    command + "`");
    ok = false;
  }
  const std::string& base_url = build->manifest.base_url;
  if (UrlPath(base_url) != url_path) {
    diag->Error(path, {},
                (base_url.empty() ? std::string("the build was made without a base URL")
                                  : "the build was made for " + base_url) +
                    ", so its links point outside " + url_path +
                    ", where it is published; make it with `" + command + "`");
    ok = false;
  }
  return ok;
}

std::string HiddenCluster(const std::string& option, const std::string& url_path,
                          const std::string& cluster) {
  return option + " " + url_path + " is the folder of the cluster `" + cluster +
         "`, which it would hide; choose another path";
}

/// Checks the members' or staff's publication path against the clusters and the other path.
void CheckPath(const std::string& option, const std::string& url_path, const DeploySite& site,
               Diagnostics* diag) {
  if (!IsPublicationPath(url_path)) {
    diag->Error(option, {},
                "`" + url_path +
                    "` is not a publication path; write it as /name/, of letters, digits, '-', "
                    "'_' and '.'");
    return;
  }
  const std::string first = url_path.substr(1, url_path.find('/', 1) - 1);
  for (const DeployedBuild& build : site.builds) {
    if (build.manifest.clusters.count(first) != 0) {
      diag->Error(JoinPath(build.folder, kCspManifestFile), {},
                  HiddenCluster(option, url_path, first));
    }
  }
}

/// nginx reads one configuration parameter of at most 4096 bytes: a longer
/// policy would stop it from starting.
void CheckPolicyLength(const DeployedBuild& build, Diagnostics* diag) {
  constexpr size_t kLongest = 4000;
  std::vector<std::pair<std::string, std::string>> policies = {
      {"the pages' policy", PagesPolicy(build.manifest.pages)}};
  for (const auto& [path, code] : build.manifest.documents)
    policies.emplace_back("the policy of " + path, DocumentsPolicy(code));
  for (const auto& [what, policy] : policies) {
    if (policy.size() <= kLongest) continue;
    std::string message = what + " made from it is ";
    message += std::to_string(policy.size()) + " bytes long, over the " + std::to_string(kLongest);
    message +=
        " a server configuration line can hold; the theme writes too many different inline "
        "scripts or styles: move them into its style sheet and script files";
    diag->Error(JoinPath(build.folder, kCspManifestFile), {}, message);
  }
}

bool CheckQuotable(const std::string& option, const std::string& value, Diagnostics* diag) {
  if (IsQuotable(value)) return true;
  diag->Error(option, {},
              "`" + value +
                  "` holds a quote, backslash, `$` or control character, which a server "
                  "configuration would read as syntax; use another name");
  return false;
}

/// Checks the options that go into the configuration as they are written.
bool CheckOptions(const DeployOptions& options, Diagnostics* diag) {
  bool usable = CheckQuotable("--root", options.root, diag);
  usable = CheckQuotable("--members-htpasswd", options.members_htpasswd, diag) && usable;
  usable = CheckQuotable("--staff-htpasswd", options.staff_htpasswd, diag) && usable;
  if (!IsHostName(options.server_name)) {
    diag->Error("--server-name", {},
                "`" + options.server_name +
                    "` is not a host name; write it as klasteri.example.lv, of letters, digits, "
                    "'-' and '.'");
    usable = false;
  }
  if (!std::regex_match(options.listen,
                        std::regex(R"(((\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):)?[0-9]{1,5})"))) {
    diag->Error(
        "--listen", {},
        "`" + options.listen + "` is not a port or address:port, like 80 or 127.0.0.1:8080");
    usable = false;
  }
  return usable;
}

/// --server-name, else the host of the public build's base URL, else "".
std::string ServerName(const DeploySite& site, const DeployOptions& options, Diagnostics* diag) {
  if (!options.server_name.empty() || site.builds.empty() ||
      site.builds.front().audience != Audience::kPublic)
    return options.server_name;
  std::string host = UrlHost(site.builds.front().manifest.base_url);
  if (IsHostName(host)) return host;
  diag->Error(JoinPath(site.builds.front().folder, kCspManifestFile), {},
              "the base URL's host `" + host +
                  "` is not a host name a server configuration can hold; name the host with "
                  "--server-name");
  return "";
}

}  // namespace

std::string UrlPath(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "/";
  size_t slash = url.find('/', scheme + 3);
  return slash == std::string::npos ? "/" : url.substr(slash);
}

bool LoadDeploySite(const FileSystem& fs, const DeployOptions& options, DeploySite* site,
                    Diagnostics* diag) {
  *site = DeploySite{};
  site->root = options.root;
  site->listen = options.listen;
  if (!CheckOptions(options, diag)) return false;
  struct Wanted {
    Audience audience;
    std::string path, htpasswd;
  };
  const Wanted wanted[] = {{Audience::kPublic, "/", ""},
                           {Audience::kMembers, options.members_path, options.members_htpasswd},
                           {Audience::kStaff, options.staff_path, options.staff_htpasswd}};
  std::set<std::string> extensions;
  // The public build's address, once it is read, for the other builds' hints.
  std::string origin = "https://HOST";
  for (const Wanted& want : wanted) {
    const std::string folder = JoinPath(options.root, Name(want.audience));
    if (want.audience != Audience::kPublic && fs.Kind(folder) != EntryKind::kDirectory) {
      site->absent.push_back(want.audience);
      continue;
    }
    DeployedBuild build;
    build.htpasswd = want.htpasswd;
    if (!LoadBuild(fs, folder, want.audience, origin, want.path, &build, diag)) continue;
    if (want.audience == Audience::kPublic && !build.manifest.base_url.empty())
      origin = build.manifest.base_url.substr(0, build.manifest.base_url.size() - 1);
    CheckPolicyLength(build, diag);
    CollectExtensions(fs, folder, &extensions);
    site->builds.push_back(std::move(build));
  }
  CheckPath("--members-path", options.members_path, *site, diag);
  CheckPath("--staff-path", options.staff_path, *site, diag);
  if (options.members_path == options.staff_path) {
    diag->Error(
        "--staff-path", {},
        options.staff_path + " is the members' path too; the two builds need paths of their own");
  }
  site->extensions.assign(extensions.begin(), extensions.end());
  site->server_name = ServerName(*site, options, diag);
  return !diag->HasErrors();
}

}  // namespace clustersite
