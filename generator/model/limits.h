#pragma once

#include <cstddef>

namespace clustersite::limits {

// The longest value of each one-line field, in characters: Unicode code
// points after NFC, as the vision's 140 are counted. A name or title is
// repeated on many pages, so its length multiplies the size of the whole
// site; these bounds keep one pasted text from doing that. README's content
// format lists the same table. Markdown (bodies, the `text` of steps and
// directions) has no bound of its own but its file's 2 MB.

/// cluster.yaml `vision`, as the design asks.
inline constexpr size_t kVision = 140;
/// `name` of a cluster or member, `company` of a story, portal.yaml `title`.
inline constexpr size_t kName = 200;
/// `title` of a service, story, roadmap, roadmap step or direction.
inline constexpr size_t kTitle = 200;
/// `summary` of a service or story, portal.yaml `description`: a sentence or two.
inline constexpr size_t kSummary = 500;
/// cluster.yaml `mission`: one paragraph of plain text.
inline constexpr size_t kMission = 2000;
/// Short labels: `sectors`, a member's `sector` and `interests`, a service's
/// `category`, the keys and names of `categories`, a step's `when`, a contact's `role`.
inline constexpr size_t kLabel = 100;
/// A contact's `name`.
inline constexpr size_t kPersonName = 100;
/// A contact's `email`: the longest address mail can carry (RFC 5321).
inline constexpr size_t kEmail = 254;
/// A contact's `phone`.
inline constexpr size_t kPhone = 50;
/// `communication.meetings`: a sentence on when the cluster meets.
inline constexpr size_t kMeetings = 300;
/// An event's `location`: an address, or a room and an address.
inline constexpr size_t kLocation = 300;
/// A slug naming another file: a service's `roadmap`, a roadmap's `service`,
/// a story's `services`.
inline constexpr size_t kSlug = 200;
/// A feedback record's `comment`: what a member said about one use.
inline constexpr size_t kComment = 2000;
/// Addresses and paths: `base_url`, a member's `website`, `logo`, portal.yaml `theme`.
inline constexpr size_t kUrl = 2000;

}  // namespace clustersite::limits
