#pragma once

#include <optional>
#include <string>

#include "model/audience.h"

namespace clustersite {

/// Whom a service names as its contact, and how an audience reaches them.
struct ServiceContact {
  Contact person;            ///< with the details the audience may see
  std::string organisation;  ///< the member the person works for, or ""
  /// The cluster contact, beside a member's contact person whose own
  /// details the audience may not see.
  std::optional<Contact> via;
};

/// The contact of `s` as `view`'s audience sees it. A service without one
/// has the cluster contact. A `contact:` that gives only a name is looked up:
/// the cluster contact's name gives the cluster contact's details; the name
/// of a member's contact person (members.yaml, members-only) gives that
/// person's details to the members, and the public the name with the
/// cluster contact beside it. Any other name, and a contact with details of
/// its own, is shown as written.
ServiceContact ResolveServiceContact(const ClusterView& view, const Service& s);

}  // namespace clustersite
