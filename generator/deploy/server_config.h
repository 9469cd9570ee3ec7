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

/// A regular expression for each of a build's print documents, matching its
/// URL and only it: "^/members/koks/welcome-kit/(index\\.html)?$" for a
/// folder's index.html, which is also answered at the folder. One a
/// document, not one for all: nginx and Apache limit a line's length.
std::vector<std::string> DocumentRegexes(const DeployedBuild& build);

/// The opening comment both configurations share: what is published where.
std::string ConfigSummary(const DeploySite& site, const std::string& server);

}  // namespace clustersite
