// Whom a service names as its contact, and what each audience sees of them.

#include "model/service_contact.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

struct Fixture {
  Cluster cluster;
  Member member;
  Service service;

  Fixture() {
    cluster.contact = {"Ilze Ozola", "Koordinatore", "ilze@example.lv", "+371 20000000", {}};
    member.name = "SIA Formatus";
    member.contact =
        Contact{"Anna Bērziņa", "Valdes locekle", "anna@formatus.example.lv", "+371 29999999", {}};
  }
  /// The service's contact as `audience` sees it, when it names `name` only.
  ServiceContact Named(const std::string& name, Audience audience) {
    service.contact = Contact{name, "", "", "", {}};
    ClusterView view;
    view.cluster = &cluster;
    view.audience = audience;
    view.members = {&member};
    return ResolveServiceContact(view, service);
  }
};

}  // namespace

TEST_CASE("a service naming the cluster contact shows the cluster contact's details to all") {
  for (Audience audience : {Audience::kPublic, Audience::kMembers}) {
    ServiceContact c = Fixture().Named("Ilze Ozola", audience);
    CHECK(c.person.email == "ilze@example.lv");
    CHECK(c.person.phone == "+371 20000000");
    CHECK(c.person.role == "Koordinatore");
    CHECK_FALSE(c.via);
  }
}

TEST_CASE("a member's contact person gets their details in the members' build only") {
  Fixture f;
  ServiceContact members = f.Named("Anna Bērziņa", Audience::kMembers);
  CHECK(members.person.email == "anna@formatus.example.lv");
  CHECK(members.person.phone == "+371 29999999");
  CHECK(members.organisation == "SIA Formatus");
  CHECK_FALSE(members.via);
  ServiceContact pub = f.Named("Anna Bērziņa", Audience::kPublic);
  CHECK(pub.person.name == "Anna Bērziņa");
  CHECK(pub.person.email == "");
  CHECK(pub.person.phone == "");
  CHECK(pub.person.role == "");
  CHECK(pub.organisation == "SIA Formatus");
  REQUIRE(pub.via);
  CHECK(pub.via->email == "ilze@example.lv");
}

TEST_CASE("a name nobody in the cluster has is shown as written, without details") {
  ServiceContact c = Fixture().Named("Kaspars Dūmiņš", Audience::kMembers);
  CHECK(c.person.name == "Kaspars Dūmiņš");
  CHECK(c.person.email == "");
  CHECK(c.organisation == "");
  CHECK_FALSE(c.via);
}

TEST_CASE("a service contact with details of its own, or none, is not looked up") {
  Fixture f;
  f.service.contact = Contact{"Anna Bērziņa", "", "anna@serviss.example.lv", "", {}};
  ClusterView view;
  view.cluster = &f.cluster;
  view.members = {&f.member};
  CHECK(ResolveServiceContact(view, f.service).person.email == "anna@serviss.example.lv");
  f.service.contact.reset();
  CHECK(ResolveServiceContact(view, f.service).person.name == "Ilze Ozola");
}

}  // namespace clustersite
