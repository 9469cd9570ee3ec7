#pragma once

#include <string>

#include "core/diagnostics.h"
#include "mail/message.h"
#include "model/model.h"
#include "model/news.h"
#include "theme/i18n.h"
#include "theme/theme.h"

namespace clustersite {

// The monthly digest (DESIGN.md, "news/"): the month's three `digest: true`
// news items as one e-mail from the cluster's named contact to the members
// who asked for it. This file decides what the message says; mail/ writes it.

/// The message of `c`'s digest of `month`, in the cluster's language
/// (`t`), from the theme's templates digest/message.html and
/// digest/message.txt. `public_url` is the cluster's public address ("" for
/// none): the Message-ID's domain is its host, else the contact's e-mail
/// domain. Every problem (not exactly three items, an item dated after the
/// as-of date, no recipient, no named contact with an e-mail) is an error in
/// `diag` at the file that holds it; false when there is one.
bool ComposeDigest(const Cluster& c, const Month& month, const std::string& public_url,
                   const Theme& theme, const Strings& t, Diagnostics* diag, MailMessage* out);

/// The file `clustersite digest` writes by default: "<cluster>-<YYYY-MM>-digest.eml".
std::string DigestFileName(const std::string& cluster, const Month& month);

}  // namespace clustersite
