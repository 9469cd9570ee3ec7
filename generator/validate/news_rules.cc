#include "validate/news_rules.h"

#include <map>
#include <string>
#include <vector>

#include "model/news.h"

namespace clustersite {
namespace {

void CheckDigestMonths(const Cluster& c, Diagnostics* diag) {
  for (const auto& [month, items] : DigestItemsByMonth(c)) {
    if (items.size() <= 3) continue;
    std::string first;
    for (size_t i = 0; i < 3; ++i) first += (i ? ", " : "") + items[i]->path;
    for (size_t i = 3; i < items.size(); ++i) {
      diag->Warning(items[i]->path, items[i]->digest_pos,
                    "the digest of " + month.Iso() + " takes exactly three items, and this is " +
                        "item " + std::to_string(i + 1) + " with `digest: true` (before it: " +
                        first + "); remove `digest: true` from all but three");
    }
  }
}

void CheckRecipients(const Cluster& c, Diagnostics* diag) {
  for (const Member& m : c.members) {
    if (!m.digest || (m.contact && !m.contact->email.empty())) continue;
    diag->Error(c.members_path, m.digest_pos,
                "`" + m.name + "` asks for the digest but has no `contact` with an `email` to " +
                    "send it to; add the contact's e-mail, or remove `digest: true`");
  }
}

}  // namespace

void CheckNews(const Cluster& c, Diagnostics* diag) {
  CheckDigestMonths(c, diag);
  CheckRecipients(c, diag);
}

}  // namespace clustersite
