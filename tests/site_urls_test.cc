// The addresses of a site: the output root, each cluster's folder, and where
// a 404 page's links start.

#include "pages/site_urls.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

/// A portal at `portal_url` with the clusters `koks` (at `koks_url`) and `piens`.
Portal TwoClusters(const std::string& portal_url, const std::string& koks_url = "") {
  Portal p;
  p.base_url = portal_url;
  p.clusters.resize(2);
  p.clusters[0].slug = "koks";
  p.clusters[0].base_url = koks_url;
  p.clusters[1].slug = "piens";
  return p;
}

}  // namespace

TEST_CASE("a URL gets one trailing slash, and an empty URL stays empty") {
  CHECK(WithSlash("https://a.lv") == "https://a.lv/");
  CHECK(WithSlash("https://a.lv/") == "https://a.lv/");
  CHECK(WithSlash("") == "");
}

TEST_CASE("the root URL is --base-url, else portal.yaml's, else unknown") {
  CHECK(RootUrl(TwoClusters("https://k.lv"), "", false) == "https://k.lv/");
  CHECK(RootUrl(TwoClusters("https://k.lv"), "https://cli.lv", false) == "https://cli.lv/");
  CHECK(RootUrl(TwoClusters(""), "", false) == "");
}

TEST_CASE("a single-cluster build's root is the cluster's own address") {
  Portal one = TwoClusters("https://k.lv/");
  one.clusters.pop_back();
  CHECK(RootUrl(one, "", true) == "https://k.lv/koks/");
  one.clusters[0].base_url = "https://koks.lv";
  CHECK(RootUrl(one, "", true) == "https://koks.lv/");
  CHECK(RootUrl(one, "https://cli.lv", true) == "https://cli.lv/");
}

TEST_CASE("a cluster's URL is its own base_url, else the portal's with its slug") {
  Portal p = TwoClusters("https://k.lv", "https://koks.lv");
  CHECK(ClusterUrl(p, p.clusters[0], "", false) == "https://koks.lv/");
  CHECK(ClusterUrl(p, p.clusters[1], "", false) == "https://k.lv/piens/");
  CHECK(ClusterUrl(p, p.clusters[1], "https://cli.lv/", false) == "https://cli.lv/piens/");
  CHECK(ClusterUrl(TwoClusters(""), TwoClusters("").clusters[1], "", false) == "");
}

TEST_CASE("in a single-cluster build --base-url names the cluster itself") {
  Portal p = TwoClusters("https://k.lv", "https://koks.lv");
  CHECK(ClusterUrl(p, p.clusters[0], "https://cli.lv", true) == "https://cli.lv/");
  CHECK(ClusterUrl(p, p.clusters[1], "", true) == "https://k.lv/piens/");
}

TEST_CASE("a 404 page's links start at its absolute URL, else at its folder from the host") {
  CHECK(ErrorPageRoot("https://k.lv/koks/", "koks/") == "https://k.lv/koks/");
  CHECK(ErrorPageRoot("", "koks/") == "/koks/");
  CHECK(ErrorPageRoot("", "members/koks/") == "/members/koks/");
  CHECK(ErrorPageRoot("", "") == "/");
}

TEST_CASE("a members or staff build never uses a cluster's own, public, base_url") {
  Portal p = TwoClusters("https://k.lv", "https://koks.lv");
  CHECK(ClusterUrl(p, p.clusters[0], "https://k.lv/members/", false, Audience::kMembers) ==
        "https://k.lv/members/koks/");
  CHECK(ClusterUrl(p, p.clusters[0], "https://k.lv/staff/", false, Audience::kStaff) ==
        "https://k.lv/staff/koks/");
  CHECK(ClusterUrl(p, p.clusters[0], "https://k.lv/", false, Audience::kPublic) ==
        "https://koks.lv/");
  CHECK(ClusterUrl(TwoClusters("", "https://koks.lv"), p.clusters[0], "", false,
                   Audience::kMembers) == "");
}

TEST_CASE("members and staff builds default to members/ and staff/ under the public root") {
  Portal p = TwoClusters("https://k.lv", "https://koks.lv");
  CHECK(DefaultPath(Audience::kPublic) == "");
  CHECK(DefaultPath(Audience::kMembers) == "members/");
  CHECK(BuildBaseUrl(p, "", Audience::kMembers, false) == "https://k.lv/members/");
  CHECK(BuildBaseUrl(p, "", Audience::kStaff, false) == "https://k.lv/staff/");
  CHECK(BuildBaseUrl(p, "https://in.lv/m", Audience::kMembers, false) == "https://in.lv/m/");
  CHECK(BuildBaseUrl(p, "", Audience::kPublic, false) == "");
  CHECK(BuildBaseUrl(TwoClusters(""), "", Audience::kMembers, false) == "");
  Portal one = p;
  one.clusters.pop_back();  // koks alone, at its own address
  CHECK(BuildBaseUrl(one, "", Audience::kMembers, true) == "https://koks.lv/members/");
}

}  // namespace clustersite
