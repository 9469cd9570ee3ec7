#pragma once

#include <string>

#include "model/model.h"

namespace clustersite {

/// `url` with a trailing slash.
std::string WithSlash(std::string url);

/// The absolute URL of the output root, or "" when none is known:
/// `--base-url` (`override_url`), else portal.yaml's `base_url`; a
/// single-cluster build (`--cluster`) falls back to the cluster's address.
std::string RootUrl(const Portal& portal, const std::string& override_url, bool single_cluster);

/// The absolute URL of a cluster's folder, or "": its own `base_url`, else the
/// portal's + `<slug>/`. In a single-cluster build the cluster is the output
/// root, so `--base-url` names it. A cluster's own `base_url` is its public
/// address: a members or staff build, published elsewhere, never uses it.
std::string ClusterUrl(const Portal& portal, const Cluster& c, const std::string& override_url,
                       bool single_cluster, Audience audience = Audience::kPublic);

/// Where a build for `audience` is published below the public build by
/// default: "members/", "staff/", or "" for the public build itself.
std::string DefaultPath(Audience audience);

/// The base URL a build for `audience` starts from: `override_url`
/// (`--base-url`) when given; for a members or staff build, else the public
/// build's root (RootUrl) with DefaultPath after it, so that the default
/// publication paths need no `--base-url`; else "" (the public build's
/// addresses come from the content).
std::string BuildBaseUrl(const Portal& portal, const std::string& override_url, Audience audience,
                         bool single_cluster);

/// Where the links of a 404 page start. The page is served in place of any
/// missing URL, at any depth, so its links cannot be relative: the absolute
/// `url` when known, else a root-relative path to `output_dir`
/// ("/members/koks/"), right when the output is published at its default path.
std::string ErrorPageRoot(const std::string& url, const std::string& output_dir);

}  // namespace clustersite
