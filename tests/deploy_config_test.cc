// `clustersite deploy-config`: the CSP manifest it reads, the policies made
// from it, the checks of the builds and paths, and the nginx and Apache
// configurations it writes. tests/deploy/run.sh runs those with the real
// servers.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/file_system.h"
#include "deploy/csp_manifest.h"
#include "deploy/deploy_site.h"
#include "deploy/security_headers.h"
#include "deploy/server_config.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::Replaced;

const std::string kHashA = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const std::string kHashB = "'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='";
const std::string kHashC = "'sha256-CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC='";

/// A manifest as a build writes it, for `audience` published at `base_url`.
CspManifest ManifestOf(const std::string& audience, const std::string& base_url) {
  CspManifest manifest;
  manifest.audience = audience;
  manifest.base_url = base_url;
  manifest.clusters = {"koks", "veseliga-partika"};
  manifest.pages.scripts = {kHashA};
  manifest.pages.styles = {kHashB};
  manifest.documents["koks/welcome-kit/index.html"].styles = {kHashC};
  return manifest;
}

std::string Manifest(const std::string& audience, const std::string& base_url) {
  return CspManifestJson(ManifestOf(audience, base_url));
}

/// The three builds under /srv/site, as the three build commands make them.
MemoryFileSystem ThreeBuilds() {
  MemoryFileSystem fs;
  const std::string host = "https://klasteri.example.lv/";
  for (const std::string audience : {"public", "members", "staff"}) {
    const std::string dir = "/srv/site/" + audience;
    fs.Add(dir + "/.csp.json",
           Manifest(audience, audience == std::string("public") ? host : host + audience + "/"));
    fs.Add(dir + "/index.html", "<!doctype html>");
    fs.Add(dir + "/404.html", "<!doctype html>");
    fs.Add(dir + "/koks/events/calendar.ics", "BEGIN:VCALENDAR");
    fs.Add(dir + "/sitemap.xml", "<urlset/>");
  }
  fs.Add("/srv/site/public/koks/logo.svg", "<svg/>");
  return fs;
}

DeployOptions Options() {
  DeployOptions options;
  options.root = "/srv/site";
  return options;
}

/// The diagnostics of loading `fs`'s builds with `options`, one a line.
std::string Problems(const MemoryFileSystem& fs, const DeployOptions& options) {
  Diagnostics diag;
  DeploySite site;
  bool ok = LoadDeploySite(fs, options, &site, &diag);
  CHECK(ok == !diag.HasErrors());
  return diag.ToString();
}

DeploySite Loaded(const MemoryFileSystem& fs, const DeployOptions& options = Options()) {
  Diagnostics diag;
  DeploySite site;
  REQUIRE(LoadDeploySite(fs, options, &site, &diag));
  return site;
}

/// The text of the block that opens with `opening`, up to the line `closing`.
std::string Block(const std::string& text, const std::string& opening, const std::string& closing) {
  size_t begin = text.find(opening);
  REQUIRE(begin != std::string::npos);
  size_t end = text.find(closing, begin);
  REQUIRE(end != std::string::npos);
  return text.substr(begin, end - begin);
}

}  // namespace

TEST_CASE("deploy-config finds the three builds with their paths and the public host") {
  DeploySite site = Loaded(ThreeBuilds());
  REQUIRE(site.builds.size() == 3);
  CHECK(site.builds[0].url_path == "/");
  CHECK(site.builds[1].url_path == "/members/");
  CHECK(site.builds[1].folder == "/srv/site/members");
  CHECK(site.builds[2].htpasswd == "/etc/clustersite/staff.htpasswd");
  CHECK(site.server_name == "klasteri.example.lv");
  CHECK(site.extensions == std::vector<std::string>{"html", "ics", "svg", "xml"});
  CHECK(site.absent.empty());
}

TEST_CASE("deploy-config without a public build names the command that makes it") {
  MemoryFileSystem fs = ThreeBuilds();
  fs.Remove("/srv/site/public/.csp.json");
  CHECK(Problems(fs, Options()) ==
        "/srv/site/public/.csp.json: error: no CSP manifest, so /srv/site/public holds no build "
        "of this clustersite; make it with `clustersite build content -o /srv/site/public "
        "--base-url https://HOST/`\n");
}

TEST_CASE("deploy-config reports every wrong build and path in one run") {
  MemoryFileSystem fs = ThreeBuilds();
  fs.Add("/srv/site/members/.csp.json", Manifest("staff", "https://h/staff/"));
  fs.Add("/srv/site/staff/.csp.json", "{\"format\": 1,");
  DeployOptions options = Options();
  options.staff_path = "/koks/";
  CHECK(Problems(fs, options) ==
        "/srv/site/members/.csp.json: error: the build was made for https://h/staff/, so its "
        "links point outside /members/, where it is published; make it with `clustersite build "
        "content -o /srv/site/members --audience members --base-url "
        "https://klasteri.example.lv/members/`\n"
        "/srv/site/members/.csp.json: error: this is the build of the staff audience, in the "
        "folder of the members one; make it with `clustersite build content -o "
        "/srv/site/members --audience members --base-url https://klasteri.example.lv/members/`\n"
        "/srv/site/public/.csp.json: error: --staff-path /koks/ is the folder of the cluster "
        "`koks`, which it would hide; choose another path\n"
        "/srv/site/staff/.csp.json: error: is not JSON; make the build anew with "
        "`clustersite build content -o /srv/site/staff --audience staff --base-url "
        "https://klasteri.example.lv/koks/`\n");
}

TEST_CASE("the members and staff paths must differ and be plain paths") {
  DeployOptions options = Options();
  options.members_path = "/intern/";
  options.staff_path = "/intern/";
  std::string problems = Problems(ThreeBuilds(), options);
  CHECK(Has(problems,
            "--staff-path: error: /intern/ is the members' path too; the two builds need paths "
            "of their own\n"));
  options.staff_path = "/a b/";
  CHECK(Has(Problems(ThreeBuilds(), options),
            "--staff-path: error: `/a b/` is not a publication path; write it as /name/"));
  options.members_htpasswd = "/etc/x\";\nallow all;";
  CHECK(Has(Problems(ThreeBuilds(), options),
            "--members-htpasswd: error: `/etc/x\";\nallow all;` holds a quote"));
}

TEST_CASE("a server name or listen address that is no such thing is refused, both in one run") {
  DeployOptions options = Options();
  options.server_name = "klasteri.lv; root /";
  options.listen = "80; include /etc/passwd";
  CHECK(Problems(ThreeBuilds(), options) ==
        "--listen: error: `80; include /etc/passwd` is not a port or address:port, like 80 or "
        "127.0.0.1:8080\n"
        "--server-name: error: `klasteri.lv; root /` is not a host name; write it as "
        "klasteri.example.lv, of letters, digits, '-' and '.'\n");
  options.server_name = "klasteri.example.lv";
  for (const std::string listen : {"8080", "127.0.0.1:8080", "[::1]:80", "localhost:80"}) {
    options.listen = listen;
    CHECK(Problems(ThreeBuilds(), options).empty());
  }
}

TEST_CASE("a policy too long for a line of nginx's configuration is refused") {
  auto with_hashes = [](int count) {
    MemoryFileSystem fs = ThreeBuilds();
    CspManifest manifest = ManifestOf("staff", "https://klasteri.example.lv/staff/");
    for (int i = 1; i < count; ++i) {
      std::string number = std::to_string(1000 + i).substr(1);
      manifest.pages.scripts.insert(Replaced(kHashA, "AAA=", number + "="));
    }
    fs.Add("/srv/site/staff/.csp.json", CspManifestJson(manifest));
    return fs;
  };
  CHECK(Problems(with_hashes(80), Options()) ==
        "/srv/site/staff/.csp.json: error: the pages' policy made from it is 4531 bytes long, over "
        "the "
        "4000 a server configuration line can hold; the theme writes too many different inline "
        "scripts or styles: move them into its style sheet and script files\n");
  CHECK(Problems(with_hashes(70), Options()).empty());
}

TEST_CASE("a members build made without a base URL is refused: its links would leave its path") {
  MemoryFileSystem fs = ThreeBuilds();
  fs.Add("/srv/site/members/.csp.json", Manifest("members", ""));
  CHECK(Has(Problems(fs, Options()),
            "/srv/site/members/.csp.json: error: the build was made without a base URL, so its "
            "links point outside /members/, where it is published"));
}

TEST_CASE("a missing staff build is left out, and the configuration says so") {
  MemoryFileSystem fs = ThreeBuilds();
  for (const std::string file :
       {".csp.json", "index.html", "404.html", "koks/events/calendar.ics", "sitemap.xml"})
    fs.Remove("/srv/site/staff/" + file);
  DeploySite site = Loaded(fs);
  CHECK(site.builds.size() == 2);
  const std::string note =
      "#   staff: not published, there is no /srv/site/staff/ (build it with --audience staff "
      "and make this file anew)\n";
  CHECK(Has(NginxConfig(site), note));
  CHECK(Has(ApacheConfig(site), note));
  CHECK_FALSE(Has(NginxConfig(site), "location ^~ /staff/"));
  CHECK_FALSE(Has(NginxConfig(site), "$clustersite_staff_csp"));
  CHECK_FALSE(Has(ApacheConfig(site), "Alias /staff/"));
  CHECK_FALSE(Has(ApacheConfig(site), "staff.htpasswd"));
}

TEST_CASE(
    "nginx: each location repeats every header with always, the private ones only on "
    "members and staff") {
  const std::string config = NginxConfig(Loaded(ThreeBuilds()));
  const std::string pub = Block(config, "  location / {", "\n  }\n");
  const std::string members = Block(config, "  location ^~ /members/ {", "\n  }\n");
  const std::string staff = Block(config, "  location ^~ /staff/ {", "\n  }\n");
  CHECK(Has(pub, "    root \"/srv/site/public\";\n"));
  CHECK(Has(pub, "add_header Content-Security-Policy $clustersite_public_csp always;"));
  CHECK(Has(members, "add_header Content-Security-Policy $clustersite_members_csp always;"));
  for (const std::string& block : {pub, members, staff}) {
    CHECK(Has(block, "add_header X-Content-Type-Options \"nosniff\" always;"));
    CHECK(Has(block, "add_header Referrer-Policy \"no-referrer\" always;"));
    CHECK(Has(block, "location ~ /\\. {\n      return 404;"));
  }
  CHECK_FALSE(Has(pub, "Cache-Control"));
  CHECK_FALSE(Has(pub, "auth_basic"));
  for (const std::string& block : {members, staff}) {
    CHECK(Has(block, "add_header Cache-Control \"private, no-store\" always;"));
    CHECK(Has(block, "add_header X-Robots-Tag \"noindex\" always;"));
  }
  CHECK(Has(members, "    alias \"/srv/site/members/\";\n"));
  CHECK(Has(members, "auth_basic_user_file \"/etc/clustersite/members.htpasswd\";"));
  CHECK(Has(staff, "auth_basic_user_file \"/etc/clustersite/staff.htpasswd\";"));
  CHECK(Has(members, "error_page 404 /members/404.html;"));
  CHECK(Has(pub, "error_page 404 /404.html;"));
  CHECK(Has(config, "  listen 80;\n  server_name klasteri.example.lv;\n"));
  CHECK(Has(config, "  autoindex off;\n"));
}

TEST_CASE("nginx: the documents' policy is mapped to exactly the documents' URLs") {
  DeploySite site = Loaded(ThreeBuilds());
  const std::string config = NginxConfig(site);
  const std::string map = Block(config, "map $uri $clustersite_members_csp {", "}\n");
  CHECK(map ==
        "map $uri $clustersite_members_csp {\n  default \"" +
            PagesPolicy(site.builds[1].manifest.pages) +
            "\";\n  \"~^/members/koks/welcome-kit/(index\\.html)?$\" \"" +
            DocumentsPolicy(site.builds[1].manifest.documents.at("koks/welcome-kit/index.html")) +
            "\";\n");
}

TEST_CASE("nginx and Apache name the type of every kind of file the builds hold") {
  DeploySite site = Loaded(ThreeBuilds());
  CHECK(Has(NginxConfig(site),
            "  types {\n    text/html html;\n    text/calendar ics;\n"
            "    image/svg+xml svg;\n    application/xml xml;\n  }\n"));
  CHECK(Has(ApacheConfig(site), "  AddType text/calendar .ics\n  AddType image/svg+xml .svg\n"));
}

TEST_CASE("Apache: each build's folder has its own password file, headers and 404 page") {
  DeployOptions options = Options();
  options.listen = "127.0.0.1:8080";
  options.server_name = "portal.example.lv";
  DeploySite site = Loaded(ThreeBuilds(), options);
  const std::string config = ApacheConfig(site);
  CHECK(Has(config,
            "<VirtualHost 127.0.0.1:8080>\n  ServerName portal.example.lv\n"
            "  DocumentRoot \"/srv/site/public\"\n"));
  const std::string pub = Block(config, "  <Directory \"/srv/site/public\">", "</Directory>");
  const std::string members = Block(config, "  <Directory \"/srv/site/members\">", "</Directory>");
  const std::string staff = Block(config, "  <Directory \"/srv/site/staff\">", "</Directory>");
  CHECK(Has(config, "  Alias /members/ \"/srv/site/members/\"\n"));
  CHECK(Has(members, "AuthUserFile \"/etc/clustersite/members.htpasswd\"\n    Require valid-user"));
  CHECK(Has(staff, "AuthUserFile \"/etc/clustersite/staff.htpasswd\"\n    Require valid-user"));
  CHECK(Has(pub, "Require all granted"));
  for (const std::string& block : {pub, members, staff}) {
    CHECK(Has(block, "Options -Indexes\n"));
    CHECK(Has(block, "RedirectMatch 404 \"/\\.\"\n"));
    CHECK(Has(block, "Header always set X-Content-Type-Options \"nosniff\"\n"));
  }
  CHECK(Has(pub, "Header always set Content-Security-Policy \"" +
                     PagesPolicy(site.builds[0].manifest.pages) + "\"\n"));
  CHECK_FALSE(Has(pub, "Cache-Control"));
  CHECK(Has(staff, "Header always set Cache-Control \"private, no-store\"\n"));
  CHECK(Has(staff, "Header always set X-Robots-Tag \"noindex\"\n"));
  CHECK(Has(staff, "ErrorDocument 404 /staff/404.html\n"));
  CHECK(
      Has(config,
          "  <LocationMatch "
          "\"^/staff/koks/welcome-kit/(index\\.html)?$\">\n"
          "    Header always set Content-Security-Policy \"" +
              DocumentsPolicy(site.builds[2].manifest.documents.at("koks/welcome-kit/index.html")) +
              "\"\n  </LocationMatch>\n"));
}

TEST_CASE(
    "each document's regular expression matches its file and, for an index.html, its "
    "folder") {
  CHECK(DocumentRegex("/members/", "koks/brief.html") == "^/members/koks/brief\\.html$");
  CHECK(DocumentRegex("/members/", "koks/welcome-kit/index.html") ==
        "^/members/koks/welcome-kit/(index\\.html)?$");
  CHECK(DocumentRegex("/", "koks/index.html") == "^/koks/(index\\.html)?$");
}

TEST_CASE("each print document gets a policy of its own, however many a build has") {
  MemoryFileSystem fs = ThreeBuilds();
  CspManifest staff = ManifestOf("staff", "https://klasteri.example.lv/staff/");
  // A staff build of a portal of some size: a visit brief a member, each
  // with its own style (the member's name in its running header).
  for (int i = 0; i < 2000; ++i) {
    std::string number = std::to_string(10000 + i).substr(1);
    staff.documents["koks/staff/visits/member-" + number + ".html"].styles = {
        Replaced(kHashC, "CCCC=", number + "=")};
  }
  fs.Add("/srv/site/staff/.csp.json", CspManifestJson(staff));
  DeploySite site = Loaded(fs);
  const std::string nginx = NginxConfig(site);
  const std::string apache = ApacheConfig(site);
  InlineCode brief;
  brief.styles = {Replaced(kHashC, "CCCC=", "1999=")};
  const std::string policy = DocumentsPolicy(brief);
  CHECK(Has(nginx, "  \"~^/staff/koks/staff/visits/member-1999\\.html$\" \"" + policy + "\";\n"));
  CHECK(Has(apache,
            "  <LocationMatch \"^/staff/koks/staff/visits/member-1999\\.html$\">\n"
            "    Header always set Content-Security-Policy \"" +
                policy + "\"\n  </LocationMatch>\n"));
  CHECK(site.builds[2].manifest.documents.size() == 2001);
}

TEST_CASE("a manifest whose paths or host a configuration cannot quote is refused") {
  MemoryFileSystem fs = ThreeBuilds();
  CspManifest members = ManifestOf("members", "https://klasteri.example.lv/members/");
  members.documents["koks/a\";\nallow all;.html"] = {};
  fs.Add("/srv/site/members/.csp.json", CspManifestJson(members));
  fs.Add("/srv/site/public/.csp.json", Manifest("public", "https://h;x/"));
  CHECK(Problems(fs, Options()) ==
        "/srv/site/members/.csp.json: error: the print document `koks/a\";\nallow all;.html` has "
        "a quote, backslash, `$` or control character in its path, which a server configuration "
        "would read as syntax; make the build anew with `clustersite build content -o "
        "/srv/site/members --audience members --base-url https://h;x/members/`\n"
        "/srv/site/public/.csp.json: error: the base URL's host `h;x` is not a host name a "
        "server configuration can hold; name the host with --server-name\n");
}

TEST_CASE("the server name falls back to _ for nginx and localhost for Apache") {
  MemoryFileSystem fs = ThreeBuilds();
  fs.Add("/srv/site/public/.csp.json", Manifest("public", ""));
  DeploySite site = Loaded(fs);
  CHECK(site.server_name.empty());
  CHECK(Has(NginxConfig(site), "  server_name _;\n"));
  CHECK(Has(ApacheConfig(site), "<VirtualHost *:80>\n  ServerName localhost\n"));
}

}  // namespace clustersite

namespace clustersite {
namespace {

const std::string kBin = CLUSTERSITE_BINARY;

/// The three builds' manifests and 404 pages in a temporary folder, as the
/// build commands leave them for the CLI to read.
struct BuildsOnDisk {
  testing::TempDir dir;
  BuildsOnDisk() {
    for (const std::string audience : {"public", "members", "staff"}) {
      std::filesystem::create_directories(dir.path / audience / "koks");
      const std::string url = audience == std::string("public")
                                  ? "https://klasteri.example.lv/"
                                  : "https://klasteri.example.lv/" + audience + "/";
      testing::WriteText(dir / (audience + "/.csp.json"), Manifest(audience, url));
      testing::WriteText(dir / (audience + "/404.html"), "<!doctype html>");
    }
  }
};

}  // namespace

TEST_CASE("deploy-config writes the configuration to -o, or to standard output") {
  BuildsOnDisk builds;
  std::string out;
  REQUIRE(testing::Run("cd " + builds.dir.path.string() + " && " + kBin +
                           " deploy-config --server nginx -o nginx.conf",
                       &out) == 0);
  CHECK(out == "wrote nginx.conf: the nginx configuration of 3 builds\n");
  const std::string written = testing::ReadFile(builds.dir / "nginx.conf");
  CHECK(Has(written, "    root \"" + (builds.dir / "public") + "\";\n"));
  CHECK(Has(written, "  server_name klasteri.example.lv;\n"));
  REQUIRE(testing::Run(
              kBin + " deploy-config --server apache --root " + (builds.dir / "") + " 2>/dev/null",
              &out) == 0);
  CHECK(out.rfind("# The clustersite builds in " + builds.dir.path.string() + ", for Apache", 0) ==
        0);
  CHECK(Has(out, "  DocumentRoot \"" + (builds.dir / "public") + "\"\n"));
}

TEST_CASE("deploy-config reports every problem in one run and writes nothing") {
  BuildsOnDisk builds;
  testing::WriteText(builds.dir / "staff/.csp.json", "{");
  std::string out;
  CHECK(testing::Run("cd " + builds.dir.path.string() + " && " + kBin +
                         " deploy-config --server nginx --members-path /koks/ -o nginx.conf",
                     &out) == 1);
  CHECK(Has(out,
            "/members/.csp.json: error: the build was made for "
            "https://klasteri.example.lv/members/, so its links point outside /koks/"));
  CHECK(Has(out, "/public/.csp.json: error: --members-path /koks/ is the folder of the cluster"));
  CHECK(Has(out, "/staff/.csp.json: error: is not JSON"));
  CHECK(Has(out, "deploy-config failed: 3 errors\n"));
  CHECK_FALSE(std::filesystem::exists(builds.dir / "nginx.conf"));
}

}  // namespace clustersite
