#include "pages/site_urls.h"

#include "model/audience.h"

namespace clustersite {

std::string WithSlash(std::string url) {
  if (!url.empty() && url.back() != '/') url += '/';
  return url;
}

std::string RootUrl(const Portal& portal, const std::string& override_url, bool single_cluster) {
  if (!override_url.empty()) return WithSlash(override_url);
  if (single_cluster && portal.clusters.size() == 1)
    return ClusterUrl(portal, portal.clusters[0], "", true);
  return WithSlash(portal.base_url);
}

std::string ClusterUrl(const Portal& portal, const Cluster& c, const std::string& override_url,
                       bool single_cluster, Audience audience) {
  if (single_cluster && !override_url.empty()) return WithSlash(override_url);
  if (!c.base_url.empty() && !IsPrivate(audience)) return WithSlash(c.base_url);
  std::string portal_url = override_url.empty() ? portal.base_url : override_url;
  if (portal_url.empty()) return "";
  return WithSlash(portal_url) + c.slug + "/";
}

std::string DefaultPath(Audience audience) {
  return IsPrivate(audience) ? Name(audience) + "/" : "";
}

std::string BuildBaseUrl(const Portal& portal, const std::string& override_url, Audience audience,
                         bool single_cluster) {
  if (!override_url.empty() || !IsPrivate(audience)) return WithSlash(override_url);
  const std::string public_root = RootUrl(portal, "", single_cluster);
  return public_root.empty() ? "" : public_root + DefaultPath(audience);
}

std::string ErrorPageRoot(const std::string& url, const std::string& output_dir) {
  return url.empty() ? "/" + output_dir : url;
}

}  // namespace clustersite
