#pragma once

#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/diagnostics.h"
#include "core/names.h"
#include "core/text.h"
#include "core/unicode.h"
#include "model/model.h"

namespace clustersite {

// References between the files of a cluster: the names one may take, and
// the error for one that names nothing.

/// The names a reference may take. The list did-you-mean picks from is made
/// once, on the first unknown reference, so many of them cost no copies.
struct Names {
  std::set<std::string> set;
  std::vector<std::string> list;
  const std::vector<std::string>& List() {
    if (list.empty()) list.assign(set.begin(), set.end());
    return list;
  }
};

/// An error at `ref` when it is none of `known`, with a did-you-mean hint.
inline void UnknownRef(Diagnostics* diag, const std::string& path, const Located& ref,
                       const std::string& what, Names* known) {
  if (known->set.count(ref.value)) return;
  std::string hint = DidYouMean(ref.value, known->List());
  diag->Error(path, ref.pos,
              "unknown " + what + " `" + ref.value + "`" +
                  (hint.empty() ? "" : "; did you mean `" + hint + "`?"));
}

/// The names of a cluster's members and partners, as a reference to one is
/// compared (FoldKey: case and Unicode form aside), made once for many references.
struct MemberNames {
  const Cluster& cluster;
  std::vector<std::string> names;
  std::unordered_set<std::string> keys;
  explicit MemberNames(const Cluster& c) : cluster(c) {
    for (const Member& m : c.members) {
      names.push_back(m.name);
      keys.insert(FoldKey(m.name));
    }
  }
};

/// An error at `ref` when members.yaml was read and names no member or
/// partner `ref` (`what`: "host"), with a did-you-mean hint.
inline void UnknownMember(Diagnostics* diag, const std::string& path, const Located& ref,
                          const std::string& what, const MemberNames& members) {
  if (!members.cluster.members_read || members.keys.count(FoldKey(ref.value))) return;
  std::string hint = DidYouMeanNames(ref.value, members.names);
  diag->Error(path, ref.pos,
              what + " `" + ref.value + "` is no member or partner in " +
                  members.cluster.members_path +
                  (hint.empty() ? "; add it there, or write its name as members.yaml does" : hint));
}

/// The slugs of `pages`, and of the files of that kind that did not parse:
/// those are reported already, and what names them is not wrong too.
template <typename T>
Names Slugs(const std::vector<T>& pages, const std::vector<std::string>& unreadable) {
  Names names;
  for (const T& p : pages) names.set.insert(p.slug);
  names.set.insert(unreadable.begin(), unreadable.end());
  return names;
}

}  // namespace clustersite
