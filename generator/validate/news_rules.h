#pragma once

#include "core/diagnostics.h"
#include "model/model.h"

namespace clustersite {

/// The rules of news/ and of the digest across files: a month holds at most
/// three `digest: true` items (the digest takes exactly three; a fourth is
/// a warning naming the others, since the site itself is fine), and a member
/// who asks for the digest in members.yaml has a contact e-mail to send it
/// to (an error).
void CheckNews(const Cluster& c, Diagnostics* diag);

}  // namespace clustersite
