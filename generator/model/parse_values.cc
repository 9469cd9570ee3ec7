#include "model/parse_values.h"

#include <string_view>

#include "core/text.h"
#include "core/time_zone.h"
#include "load/front_matter.h"
#include "model/limits.h"
#include "model/placeholders.h"

namespace clustersite {
namespace {

/// Characters of a value a message quotes in full; a longer one is cut to
/// kQuotedPart characters and "…", so a pasted text cannot make a message as long.
constexpr size_t kQuotedWhole = 64;
constexpr size_t kQuotedPart = 60;

/// `value` as a message quotes it.
std::string Quotable(std::string_view value) {
  size_t characters = 0, cut = value.size();
  for (size_t i = 0; i < value.size(); ++i) {
    if ((static_cast<unsigned char>(value[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (characters == kQuotedPart) cut = i;
    if (++characters > kQuotedWhole) return std::string(value.substr(0, cut)) + "…";
  }
  return std::string(value);
}

}  // namespace

void ReportNotOneOf(const Fields& f, const std::string& key, const std::string& value,
                    const std::vector<std::string>& allowed) {
  std::string hint = DidYouMean(value, allowed);
  f.diag()->Error(f.file().path(), f.PositionOf(key),
                  "`" + key + "` is `" + Quotable(value) + "`; it must be one of " +
                      QuotedList(allowed, "or") +
                      (hint.empty() ? "" : " (did you mean `" + hint + "`?)"));
}

Audience ParseVisibility(const Fields& f, Audience absent) {
  std::optional<std::string> text = f.String("visibility");
  if (!text) return absent;
  std::optional<Audience> v = FromName<Audience>(*text);
  if (v && *v <= Audience::kMembers) return *v;
  ReportNotOneOf(f, "visibility", *text, {Name(Audience::kPublic), Name(Audience::kMembers)});
  return Audience::kMembers;
}

std::optional<Contact> ParseContact(const Fields& parent, const std::string& key,
                                    bool name_only_allowed) {
  const YamlNode& n = parent.Node(key);
  if (!n.IsDefined() || n.IsNull()) return std::nullopt;
  Contact c;
  c.pos = parent.file().PositionOf(n);
  if (n.IsScalar() && name_only_allowed) {
    if (parent.Fits(n, "`" + key + "`", limits::kPersonName)) c.name = n.Scalar();
    return c;
  }
  Fields f(parent.file(), n, parent.diag());
  if (!f.IsMap("`" + key + "`")) return std::nullopt;
  f.CheckKeys({"name", "role", "email", "phone"});
  c.name = f.Text("name", limits::kPersonName, true).value_or("");
  c.role = f.Text("role", limits::kLabel).value_or("");
  c.email = f.Text("email", limits::kEmail).value_or("");
  c.phone = f.Text("phone", limits::kPhone).value_or("");
  if (!c.email.empty() && (c.email.find('@') == std::string::npos ||
                           c.email.find_first_of(" <>\"'") != std::string::npos)) {
    f.diag()->Error(f.file().path(), f.PositionOf("email"),
                    "`email` is not an e-mail address: `" + c.email + "`");
    c.email.clear();
  }
  return c;
}

std::optional<Located> ParseTimeZone(const Fields& f) {
  std::optional<std::string> name = f.Text("timezone", limits::kLabel);
  if (!name) return std::nullopt;
  std::string closest;
  if (IsTimeZone(*name, &closest)) return Located{*name, f.PositionOf("timezone")};
  f.diag()->Error(f.file().path(), f.PositionOf("timezone"),
                  "`timezone` is `" + Quotable(*name) +
                      "`, which is no time zone of the tz database; " +
                      (closest.empty() ? "write a name such as `" + std::string(kDefaultTimeZone) +
                                             "` (a region, a slash, a city)"
                                       : "did you mean `" + closest + "`?"));
  return std::nullopt;
}

bool ParseProse(const SourceFile& file, Diagnostics* diag, Prose* out) {
  SplitDocument doc;
  std::string err;
  Position pos;
  if (!SplitFrontMatter(file.text, &doc, &err, &pos)) {
    diag->Error(file.path, pos, err);
    return false;
  }
  if (doc.has_front_matter) {
    YamlFile yaml;
    if (!YamlFile::Parse(file.path, doc.yaml, doc.yaml_line, diag, &yaml)) return false;
    Fields f(yaml, yaml.root(), diag);
    if (!yaml.root().IsNull() && f.IsMap("front matter")) {
      f.CheckKeys({"draft"});
      out->draft = f.Flag("draft", false, true);
    }
  }
  out->placeholders = FindPlaceholders(file.text, doc.body_line);
  out->body = Body{std::move(doc.body), doc.body_line};
  return true;
}

std::string Stem(const std::string& rel) {
  size_t slash = rel.rfind('/');
  std::string name = slash == std::string::npos ? rel : rel.substr(slash + 1);
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace clustersite
