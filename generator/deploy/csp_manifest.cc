#include "deploy/csp_manifest.h"

#include <cctype>
#include <nlohmann/json.hpp>

#include "core/stage_clock.h"
#include "core/text.h"

namespace clustersite {
namespace {

using Json = nlohmann::ordered_json;

Json List(const std::set<std::string>& items) {
  Json list = Json::array();
  for (const std::string& item : items) list.push_back(item);
  return list;
}

/// Reads the list of strings `key` of `object` into `out`; false when it is
/// missing or not a list of strings.
bool ReadList(const Json& object, const char* key, std::set<std::string>* out) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return false;
  for (const Json& item : *it) {
    if (!item.is_string()) return false;
    out->insert(item.get<std::string>());
  }
  return true;
}

/// A CSP source expression of a hash, the only kind a manifest may hold:
/// anything else would let a changed file widen the policy.
bool IsHashSource(const std::string& source) {
  const std::string prefix = "'sha256-";
  if (source.size() <= prefix.size() + 1 || !StartsWith(source, prefix) || source.back() != '\'')
    return false;
  for (size_t i = prefix.size(); i + 1 < source.size(); ++i) {
    char c = source[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '/' && c != '=')
      return false;
  }
  return true;
}

/// The first of `code`'s sources that is not a hash, or nullptr.
const std::string* FirstNotHash(const InlineCode& code) {
  for (const std::set<std::string>* list : {&code.scripts, &code.styles}) {
    for (const std::string& source : *list)
      if (!IsHashSource(source)) return &source;
  }
  return nullptr;
}

bool ReadString(const Json& object, const char* key, std::string* out) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

}  // namespace

std::string CspManifestJson(const CspManifest& m) {
  Json json;
  json["format"] = kCspManifestFormat;
  json["audience"] = m.audience;
  json["base_url"] = m.base_url;
  json["clusters"] = List(m.clusters);
  json["pages"] = {{"script-src", List(m.pages.scripts)}, {"style-src", List(m.pages.styles)}};
  json["documents"] = Json::array();
  for (const auto& [path, code] : m.documents) {
    json["documents"].push_back(
        {{"path", path}, {"script-src", List(code.scripts)}, {"style-src", List(code.styles)}});
  }
  return json.dump(2) + "\n";
}

bool ParseCspManifest(const std::string& text, CspManifest* m, std::string* error) {
  Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded() || !json.is_object()) {
    *error = "is not JSON";
    return false;
  }
  auto format = json.find("format");
  if (format == json.end() || *format != kCspManifestFormat) {
    *error = "is not a manifest of format " + std::to_string(kCspManifestFormat) +
             ", the one this clustersite writes";
    return false;
  }
  const Json& pages = json.contains("pages") ? json["pages"] : Json::object();
  const Json& documents = json.contains("documents") ? json["documents"] : Json::object();
  *m = CspManifest{};
  bool ok = ReadString(json, "audience", &m->audience) &&
            ReadString(json, "base_url", &m->base_url) &&
            ReadList(json, "clusters", &m->clusters) && pages.is_object() &&
            ReadList(pages, "script-src", &m->pages.scripts) &&
            ReadList(pages, "style-src", &m->pages.styles) && documents.is_array();
  for (size_t i = 0; ok && i < documents.size(); ++i) {
    const Json& document = documents[i];
    std::string path;
    ok = document.is_object() && ReadString(document, "path", &path) && !m->documents.count(path);
    if (!ok) break;
    InlineCode& code = m->documents[path];
    ok = ReadList(document, "script-src", &code.scripts) &&
         ReadList(document, "style-src", &code.styles);
  }
  if (!ok) {
    *error = "lacks a field, or has one of another kind";
    return false;
  }
  if (m->audience != "public" && m->audience != "members" && m->audience != "staff") {
    *error = "names the audience `" + m->audience + "`, not public, members or staff";
    return false;
  }
  std::vector<const InlineCode*> codes = {&m->pages};
  for (const auto& [path, code] : m->documents) codes.push_back(&code);
  for (const InlineCode* code : codes) {
    if (const std::string* source = FirstNotHash(*code)) {
      *error = "holds `" + *source + "` where only 'sha256-…' hashes belong";
      return false;
    }
  }
  return true;
}

CspManifestSink::CspManifestSink(OutputSink* next, CspManifest manifest)
    : next_(next), manifest_(std::move(manifest)) {}

void CspManifestSink::Put(OutputFile file) {
  StageScope stage(Stage::kIndexes);
  if (file.copy_from.empty() && EndsWith(file.path, ".html")) {
    InlineCode code;
    ScanInlineCode(file.content, &code);
    std::lock_guard<std::mutex> lock(mu_);
    InlineCode& into = file.print_document ? manifest_.documents[file.path] : manifest_.pages;
    into.scripts.merge(code.scripts);
    into.styles.merge(code.styles);
  }
  next_->Put(std::move(file));
}

void CspManifestSink::Finish() {
  StageScope stage(Stage::kIndexes);
  std::lock_guard<std::mutex> lock(mu_);
  next_->Put(OutputFile{kCspManifestFile, CspManifestJson(manifest_), ""});
}

}  // namespace clustersite
