// The nginx and Apache configurations `clustersite deploy-config` writes:
// complete, commented for the operator who installs them.

#pragma once

#include <string>

#include "deploy/deploy_site.h"
#include "deploy/security_headers.h"

namespace clustersite {

/// An include for nginx's `http` context: the policy maps and one `server`.
std::string NginxConfig(const DeploySite& site);

/// An Apache `<VirtualHost>`, with the modules it needs named in a comment.
std::string ApacheConfig(const DeploySite& site);

/// NginxConfig or ApacheConfig, as `kind` says.
std::string ServerConfig(const DeploySite& site, ServerKind kind);

/// The headers of every answer of a members or staff build, 401 and 404
/// included: kept out of shared caches and search engines.
std::vector<HttpHeader> PrivateHeaders();

/// Every header but the policy of every answer of `audience`'s build:
/// FixedHeaders, and PrivateHeaders for members and staff.
std::vector<HttpHeader> AudienceHeaders(Audience audience);

/// A regular expression matching the URL of the print document `path` of
/// a build published at `url_path`, and only it:
/// "^/members/koks/welcome-kit/(index\\.html)?$" for a folder's index.html,
/// which is also answered at the folder. One a document, each with the
/// document's own policy.
std::string DocumentRegex(const std::string& url_path, const std::string& path);

/// The opening comment both configurations share: what is published where.
std::string ConfigSummary(const DeploySite& site, const std::string& server);

}  // namespace clustersite
