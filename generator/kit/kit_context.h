#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_set>

#include "kit/kit.h"
#include "model/figures.h"

namespace clustersite {

/// The folder of the kit in a site, the `from` of its cards' URLs.
inline constexpr const char* kKitDir = "welcome-kit/";

/// The roadmap a kit sets out: the first for the group of the member it is
/// for (`for: active`, `for: reactivate`), else the first for new members;
/// nullptr when there is none.
inline const Roadmap* KitRoadmapOf(const ClusterView& v, const Member* member) {
  return v.GroupRoadmap(member ? RoadmapOfGroup(member->group) : RoadmapFor::kNew);
}

/// The interests of the member a kit is for; none for a plain kit.
inline std::unordered_set<std::string> MemberInterests(const KitOptions& options) {
  if (!options.member) return {};
  return {options.member->interests.begin(), options.member->interests.end()};
}

/// What the part builders of one kit share.
struct KitContext {
  const ClusterContext& ctx;
  const KitOptions& options;
  std::map<std::string, std::string> anchors;  ///< page path → kit anchor
  std::string missing_media;                   ///< media that could not be read
  /// The interests of the kit's member (see MemberInterests), looked up once
  /// per service and per interest of every other member: a set keeps that linear.
  std::unordered_set<std::string> interests;
  std::set<std::string> shown;  ///< keys of the Markdown documents in the kit

  const Cluster& cluster() const { return ctx.cluster(); }
  const Strings& t() const { return *ctx.strings; }

  /// How HTML rendered for the page at `page_dir` becomes part of the kit.
  KitHtmlRules Rules(const std::string& page_dir) const {
    KitHtmlRules rules;
    rules.page_dir = page_dir;
    rules.cluster = cluster().slug;
    rules.anchors = &anchors;
    rules.base_url = ctx.base_url;
    rules.read_media = &options.read_media;
    return rules;
  }

  /// The rendered Markdown `key` of the page at `page_dir`, rewritten for the kit.
  std::string Html(const std::string& key, const std::string& page_dir, int shift,
                   const std::string& id_prefix) {
    KitHtmlRules rules = Rules(page_dir);
    rules.heading_shift = shift;
    rules.id_prefix = id_prefix;
    return Adapt(key, ctx.markdown->Get(key), rules);
  }

  /// The steps of `r` with their HTML rewritten for the kit.
  MustacheData Steps(const Roadmap& r) {
    KitHtmlRules rules = Rules(RoadmapDir(r));
    return StepsData(ctx, r, [&](const std::string& key, const std::string& html) {
      return Adapt(key, html, rules);
    });
  }

  /// `html`, the document `key`, rewritten for the kit by `rules`.
  std::string Adapt(const std::string& key, const std::string& html, const KitHtmlRules& rules) {
    shown.insert(key);
    return AdaptForKit(html, rules, &missing_media);
  }

  /// True when the kit is for a member interested in `category`.
  bool Interested(const std::string& category) const { return interests.count(category) > 0; }
};

}  // namespace clustersite
