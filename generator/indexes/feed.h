#pragma once

#include <string>

#include "pages/view.h"
#include "theme/template_schema.h"
#include "theme/theme.h"

namespace clustersite {

/// An RFC 3339 time for a content date: "2026-03-02T00:00:00Z".
std::string AtomTime(const Date& d);

/// `text` without the control characters XML 1.0 forbids (all below U+0020
/// but tab, line feed and carriage return), and U+FFFD for U+FFFE, U+FFFF
/// and the other characters IsForbiddenInMarkup, so the feed stays
/// well-formed whatever the content holds.
std::string XmlSafe(std::string text);

/// XmlSafe(`text`) with & < > " escaped, in one pass: the escaped HTML of a
/// feed entry's content, which is most of a feed's bytes.
std::string XmlEscape(const std::string& text);

/// A category of a feed entry: a service of the story.
struct FeedCategoryView {
  std::string term, label, scheme;
};
void Fill(ViewFields& f, FeedCategoryView& v);

/// One story in the feed; its text XmlSafe, its body escaped for XML.
struct FeedEntryView {
  std::string title, url, published, updated, company;
  std::optional<std::string> summary;
  std::vector<FeedCategoryView> categories;
  std::string content_escaped;  ///< the body's HTML, escaped by XmlEscape
};
void Fill(ViewFields& f, FeedEntryView& v);

/// The feed as a whole (`feed.*`).
struct FeedHeadView {
  std::string title, subtitle, id, self, alternate, home, updated, author;
  std::optional<std::string> logo;
};
void Fill(ViewFields& f, FeedHeadView& v);

/// The data of templates/feed.xml.
struct FeedView {
  std::string lang;
  FeedHeadView feed;
  std::vector<FeedEntryView> entries;
};
FeedView BuildFeed(const ClusterContext& ctx);
void Fill(ViewFields& f, FeedView& v);

/// The Atom 1.0 feed `feed.xml` of the audience's stories, newest first,
/// rendered with the theme's templates/feed.xml. Every URL is absolute from
/// ctx.base_url (call only when it is known); each entry carries its summary
/// and its body as escaped HTML, whose relative links resolve against the
/// story's page (`xml:base`). `updated` is the newest story's date (else the
/// newest content date, else the founding year), so rebuilds are identical.
std::string RenderFeed(const ClusterContext& ctx, const Theme& theme);

}  // namespace clustersite
