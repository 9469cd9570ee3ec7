#include "model/service_contact.h"

namespace clustersite {

ServiceContact ResolveServiceContact(const ClusterView& view, const Service& s) {
  const Contact& cluster = view.cluster->contact;
  if (!s.contact) return {cluster, "", std::nullopt};
  const Contact& named = *s.contact;
  const bool name_only = named.role.empty() && named.email.empty() && named.phone.empty();
  if (!name_only) return {named, "", std::nullopt};
  if (named.name == cluster.name) return {cluster, "", std::nullopt};
  for (const Member* m : view.members) {
    if (!m->contact || m->contact->name != named.name) continue;
    if (view.show_member_contacts()) return {*m->contact, m->name, std::nullopt};
    return {named, m->name, cluster};
  }
  return {named, "", std::nullopt};
}

}  // namespace clustersite
