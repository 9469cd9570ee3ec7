// nginx's half of server_config.h.

#include "core/media_type.h"
#include "deploy/security_headers.h"
#include "deploy/server_config.h"

namespace clustersite {
namespace {

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

/// The variable holding `build`'s policy, per request URI.
std::string PolicyVariable(const DeployedBuild& build) {
  return "$clustersite_" + Name(build.audience) + "_csp";
}

std::string PolicyMap(const DeployedBuild& build) {
  std::string out = "# The " + Name(build.audience) +
                    " build's Content-Security-Policy: the pages', and the print\n"
                    "# documents' own for exactly the documents.\n"
                    "map $uri " +
                    PolicyVariable(build) + " {\n  default " +
                    Quoted(PagesPolicy(build.manifest.pages)) + ";\n";
  // Regular expressions, not keys: nginx's table of keys would want its
  // bucket size raised for URLs this long.
  for (const auto& [path, code] : build.manifest.documents) {
    out.append("  ").append(Quoted("~" + DocumentRegex(build.url_path, path))).append(" ");
    out.append(Quoted(DocumentsPolicy(code))).append(";\n");
  }
  return out + "}\n\n";
}

std::string Location(const DeployedBuild& build) {
  const bool is_public = build.audience == Audience::kPublic;
  std::string out = is_public ? "  location / {\n    root " + Quoted(build.folder) + ";\n"
                              : "  location ^~ " + build.url_path + " {\n    alias " +
                                    Quoted(build.folder + "/") + ";\n";
  if (!is_public) {
    out += "    auth_basic " + Quoted("clustersite " + Name(build.audience)) +
           ";\n    auth_basic_user_file " + Quoted(build.htpasswd) + ";\n";
  }
  out += "    error_page 404 " + build.url_path + "404.html;\n";
  out += "    add_header Content-Security-Policy " + PolicyVariable(build) + " always;\n";
  for (const HttpHeader& header : AudienceHeaders(build.audience))
    out += "    add_header " + header.name + " " + Quoted(header.value) + " always;\n";
  return out +
         "    # Dotfiles, such as the CSP manifest .csp.json, are not served.\n"
         "    location ~ /\\. {\n      return 404;\n    }\n  }\n";
}

}  // namespace

std::string NginxConfig(const DeploySite& site) {
  std::string out = ConfigSummary(site, "nginx");
  out +=
      "#\n"
      "# Include it in nginx's http context, for example as\n"
      "# /etc/nginx/conf.d/clustersite.conf, then `nginx -t && nginx -s reload`.\n\n";
  for (const DeployedBuild& build : site.builds) out += PolicyMap(build);
  out += "server {\n  listen " + site.listen + ";\n  server_name " +
         (site.server_name.empty() ? std::string("_") : site.server_name) +
         ";\n  server_tokens off;\n  absolute_redirect off;\n  autoindex off;\n"
         "  index index.html;\n  charset utf-8;\n\n"
         "  # The type of every kind of file the builds hold.\n  types {\n";
  for (const std::string& ext : site.extensions)
    out.append("    ").append(MediaType("x." + ext)).append(" ").append(ext).append(";\n");
  out +=
      "  }\n  default_type application/octet-stream;\n\n"
      "  # An add_header in a location drops every add_header from outside it,\n"
      "  # so each location names all of its headers; `always` sends them with\n"
      "  # 401, 403 and 404 answers too.\n";
  for (const DeployedBuild& build : site.builds) out += Location(build);
  return out + "}\n";
}

}  // namespace clustersite
