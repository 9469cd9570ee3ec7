// Apache's half of server_config.h.

#include "core/media_type.h"
#include "deploy/security_headers.h"
#include "deploy/server_config.h"

namespace clustersite {
namespace {

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

std::string Directory(const DeployedBuild& build) {
  const bool is_public = build.audience == Audience::kPublic;
  std::string out;
  if (!is_public) out += "  Alias " + build.url_path + " " + Quoted(build.folder + "/") + "\n";
  out +=
      "  <Directory " + Quoted(build.folder) + ">\n    Options -Indexes\n    AllowOverride None\n";
  if (is_public) {
    out += "    Require all granted\n";
  } else {
    out += "    AuthType Basic\n    AuthName " + Quoted("clustersite " + Name(build.audience)) +
           "\n    AuthBasicProvider file\n    AuthUserFile " + Quoted(build.htpasswd) +
           "\n    Require valid-user\n";
  }
  out += "    ErrorDocument 404 " + build.url_path + "404.html\n" +
         "    # Dotfiles, such as the CSP manifest .csp.json, are not served.\n"
         "    RedirectMatch 404 " +
         Quoted("/\\.") + "\n" + "    Header always set Content-Security-Policy " +
         Quoted(PagesPolicy(build.manifest.pages)) + "\n";
  for (const HttpHeader& header : AudienceHeaders(build.audience))
    out += "    Header always set " + header.name + " " + Quoted(header.value) + "\n";
  out += "  </Directory>\n";
  // After the folder's section: this Header set replaces the pages' policy.
  for (const auto& [path, code] : build.manifest.documents) {
    out.append("  <LocationMatch ").append(Quoted(DocumentRegex(build.url_path, path)));
    out.append(">\n    Header always set Content-Security-Policy ");
    out.append(Quoted(DocumentsPolicy(code))).append("\n  </LocationMatch>\n");
  }
  return out;
}

/// `<VirtualHost>`'s address: ADDR:PORT as given, a lone port on every address.
std::string VirtualHostAddress(const std::string& listen) {
  return listen.find(':') == std::string::npos ? "*:" + listen : listen;
}

}  // namespace

std::string ApacheConfig(const DeploySite& site) {
  std::string out = ConfigSummary(site, "Apache");
  out +=
      "#\n"
      "# Modules: alias, auth_basic, authn_core, authn_file, authz_core, authz_user,\n"
      "# dir, headers, mime (Debian: `a2enmod headers`; the others are on by default).\n"
      "# Save it as /etc/apache2/sites-available/clustersite.conf, `a2ensite\n"
      "# clustersite`, then `apachectl configtest && systemctl reload apache2`.\n"
      "# The address must be one of Apache's `Listen` ones.\n\n";
  out += "<VirtualHost " + VirtualHostAddress(site.listen) + ">\n  ServerName " +
         (site.server_name.empty() ? std::string("localhost") : site.server_name) + "\n" +
         "  DocumentRoot " + Quoted(site.builds.empty() ? site.root : site.builds.front().folder) +
         "\n  DirectoryIndex index.html\n  AddDefaultCharset utf-8\n"
         "  # The type of every kind of file the builds hold.\n";
  for (const std::string& ext : site.extensions)
    out.append("  AddType ").append(MediaType("x." + ext)).append(" .").append(ext).append("\n");
  out += "\n";
  for (const DeployedBuild& build : site.builds) out += Directory(build) + "\n";
  return out + "</VirtualHost>\n";
}

}  // namespace clustersite
