// `clustersite deploy-config`'s input: the public, members and staff builds
// found under one folder, each with its CSP manifest, checked against the
// paths they are to be published at.

#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "deploy/csp_manifest.h"
#include "model/closed_sets.h"

namespace clustersite {

enum class ServerKind { kNginx, kApache };

/// What `deploy-config` is asked for; every field but `root` has a default.
struct DeployOptions {
  ServerKind server = ServerKind::kNginx;
  std::string root;                        ///< absolute folder holding public/, members/, staff/
  std::string members_path = "/members/";  ///< URL path of the members build
  std::string staff_path = "/staff/";      ///< URL path of the staff build
  std::string members_htpasswd = "/etc/clustersite/members.htpasswd";
  std::string staff_htpasswd = "/etc/clustersite/staff.htpasswd";
  std::string server_name;    ///< "" for the public base URL's host
  std::string listen = "80";  ///< PORT or ADDR:PORT
};

/// One build to publish.
struct DeployedBuild {
  Audience audience = Audience::kPublic;
  std::string folder;    ///< absolute, without a final '/'
  std::string url_path;  ///< "/" or "/members/"
  std::string htpasswd;  ///< "" for the public build
  CspManifest manifest;
};

/// Everything a server configuration is made from.
struct DeploySite {
  std::string root;
  std::vector<DeployedBuild> builds;  ///< public first, then members and staff
  std::vector<Audience> absent;       ///< members or staff, when its folder is missing
  std::string server_name;            ///< "" when neither the option nor a base URL gave one
  std::string listen;
  std::vector<std::string> extensions;  ///< of every file the builds hold, sorted, unique
};

/// Reads the builds under `options.root` through `fs` and checks them: every
/// problem is added to `diag`, as `path: error: what; how to fix it`.
bool LoadDeploySite(const FileSystem& fs, const DeployOptions& options, DeploySite* site,
                    Diagnostics* diag);

/// The path of an http(s) URL, "/" when it has none: "https://h/members/" → "/members/".
std::string UrlPath(const std::string& url);

}  // namespace clustersite
