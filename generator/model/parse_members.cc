// members.yaml: the members and partners of a cluster.

#include "model/limits.h"
#include "model/parse.h"
#include "model/parse_values.h"

namespace clustersite {
namespace {

Member ParseMember(const Fields& f) {
  f.CheckKeys({"name", "kind", "type", "size", "sector", "joined", "website", "interests",
               "contact", "digest"});
  Member m;
  m.pos = f.Start();
  m.name = f.Text("name", limits::kName, true).value_or("");
  m.kind = ParseOneOf(f, "kind", MemberKind::kMember, MemberKind::kMember);
  m.type = ParseOneOf(f, "type", MemberType::kCompany, MemberType::kCompany);
  m.size = ParseOneOf(f, "size", MemberSize::kUnset, MemberSize::kUnset);
  m.sector = f.Text("sector", limits::kLabel, true).value_or("");
  m.joined = f.DateValue("joined");
  m.website = f.Text("website", limits::kUrl).value_or("");
  m.website_pos = f.PositionOf("website");
  for (auto& [i, pos] : f.StringList("interests", limits::kLabel)) {
    m.interests.push_back(i);
    m.interests_pos.push_back(pos);
  }
  m.contact = ParseContact(f, "contact", false);
  m.digest = f.Flag("digest", false, false);
  m.digest_pos = f.PositionOf("digest");
  return m;
}

}  // namespace

void ParseMembers(const SourceFile& file, Diagnostics* diag, Cluster* c) {
  c->members_path = file.path;
  YamlFile yaml;
  if (!YamlFile::Parse(file.path, file.text, 1, diag, &yaml)) return;
  if (yaml.root().IsNull()) {
    c->members_read = true;
    return;
  }
  if (!yaml.root().IsSequence()) {
    diag->Error(file.path, {1, 1}, "members.yaml must be a list of members (`- name: …`)");
    return;
  }
  c->members_read = true;
  for (const auto& node : yaml.root().items) {
    Fields f(yaml, node, diag);
    if (f.IsMap("a member")) c->members.push_back(ParseMember(f));
  }
}

}  // namespace clustersite
