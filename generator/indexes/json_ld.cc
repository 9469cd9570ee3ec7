#include "indexes/json_ld.h"

#include "core/stage_clock.h"
#include "core/url.h"

namespace clustersite {

std::string JsonForScript(const nlohmann::ordered_json& value) {
  std::string text = value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  // Outside strings JSON has no <, > or &, so every one is inside a string,
  // where a \u escape stands for the same character.
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out += c;
    }
  }
  return out;
}

nlohmann::ordered_json OrganizationData(const ClusterContext& ctx) {
  const Cluster& c = ctx.cluster();
  nlohmann::ordered_json org;
  org["@context"] = "https://schema.org";
  org["@type"] = "Organization";
  if (!ctx.base_url.empty()) org["@id"] = ctx.base_url + "#organization";
  org["name"] = c.name;
  if (!ctx.base_url.empty()) {
    org["url"] = ctx.base_url;
    if (c.logo) org["logo"] = ctx.base_url + ResolveInTree("", c.logo->value).value_or("");
  }
  org["description"] = c.vision;
  if (c.founded > 0) org["foundingDate"] = std::to_string(c.founded);
  if (!c.sectors.empty()) org["knowsAbout"] = c.sectors;
  nlohmann::ordered_json contact;
  contact["@type"] = "ContactPoint";
  contact["contactType"] =
      c.contact.role.empty() ? ctx.strings->Get("contact_person") : c.contact.role;
  contact["name"] = c.contact.name;
  if (!c.contact.email.empty()) contact["email"] = c.contact.email;
  if (!c.contact.phone.empty()) contact["telephone"] = c.contact.phone;
  contact["availableLanguage"] = Name(c.language);
  org["contactPoint"] = contact;
  nlohmann::ordered_json members = nlohmann::ordered_json::array();
  for (const Member* m : ctx.view->members) {
    if (m->kind != MemberKind::kMember) continue;
    nlohmann::ordered_json member;
    member["@type"] = "Organization";
    member["name"] = m->name;
    if (!m->website.empty()) member["url"] = m->website;
    members.push_back(member);
  }
  if (!members.empty()) org["member"] = members;
  return org;
}

std::string OrganizationJsonLd(const ClusterContext& ctx) {
  StageScope stage(Stage::kIndexes);
  return JsonForScript(OrganizationData(ctx));
}

}  // namespace clustersite
