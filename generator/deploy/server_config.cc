#include "deploy/server_config.h"

#include <string_view>

#include "deploy/security_headers.h"

namespace clustersite {

std::string ServerConfig(const DeploySite& site, ServerKind kind) {
  return kind == ServerKind::kNginx ? NginxConfig(site) : ApacheConfig(site);
}

namespace {

/// "^" `text` `tail`, with the characters special in a regular expression
/// escaped in `text`.
std::string AnchoredRegex(const std::string& text, const std::string& tail) {
  std::string out = "^";
  for (char c : text) {
    if (std::string_view(".+*?()[]{}|^$\\").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out + tail;
}

}  // namespace

std::vector<HttpHeader> PrivateHeaders() {
  return {{"Cache-Control", "private, no-store"}, {"X-Robots-Tag", "noindex"}};
}

std::vector<HttpHeader> AudienceHeaders(Audience audience) {
  std::vector<HttpHeader> headers = FixedHeaders();
  if (audience == Audience::kPublic) return headers;
  for (HttpHeader& header : PrivateHeaders()) headers.push_back(std::move(header));
  return headers;
}

std::string DocumentRegex(const std::string& url_path, const std::string& path) {
  const std::string url = url_path + path;
  const std::string index = "index.html";
  const size_t folder = url.size() - index.size();
  if (url.size() > index.size() && url.compare(folder, index.size(), index) == 0 &&
      url[folder - 1] == '/')
    return AnchoredRegex(url.substr(0, folder), "(index\\.html)?$");
  return AnchoredRegex(url, "$");
}

std::string ConfigSummary(const DeploySite& site, const std::string& server) {
  std::string out = "# The clustersite builds in " + site.root + ", for " + server +
                    ": written by `clustersite deploy-config`.\n"
                    "# Make it anew after every build: the Content-Security-Policy lists the\n"
                    "# hashes of the inline scripts and styles the pages hold now.\n#\n";
  for (const DeployedBuild& build : site.builds) {
    out += "#   " + Name(build.audience) + ": " + build.folder + "/ at " + build.url_path;
    if (!build.htpasswd.empty()) out += ", HTTP basic auth from " + build.htpasswd;
    out += "\n";
  }
  for (Audience audience : site.absent) {
    out += "#   " + Name(audience) + ": not published, there is no " +
           JoinPath(site.root, Name(audience)) + "/ (build it with --audience " + Name(audience) +
           " and make this file anew)\n";
  }
  return out +
         "#\n"
         "# Each private build has its own password file (htpasswd -c FILE NAME):\n"
         "# a members' user cannot read the staff pages. Plain HTTP: add a TLS\n"
         "# certificate (certbot, or your own) before the passwords travel.\n";
}

}  // namespace clustersite
