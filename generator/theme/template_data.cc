#include "theme/template_data.h"

#include <algorithm>

namespace clustersite {

namespace {

/// The order of a sorted object's fields: by tag, then by name.
bool Before(uint32_t tag_a, std::string_view a, uint32_t tag_b, std::string_view b) {
  return tag_a != tag_b ? tag_a < tag_b : a < b;
}

}  // namespace

const TemplateData* TemplateData::get(std::string_view name, uint32_t tag) const {
  if (type_ != type::object) return nullptr;
  // Find changes nothing: it is not const only to hand out what Set changes.
  return const_cast<TemplateData*>(this)->Find(name, tag);
}

std::vector<std::string> TemplateData::names() const {
  std::vector<std::string> out;
  for (const Field& f : fields_) out.push_back(f.name);
  return out;
}

TemplateData* TemplateData::Find(std::string_view name, uint32_t tag) {
  if (sorted_) {
    auto it = std::lower_bound(
        fields_.begin(), fields_.end(), name,
        [tag](const Field& f, std::string_view n) { return Before(f.tag, f.name, tag, n); });
    return it != fields_.end() && it->tag == tag && it->name == name ? &it->value : nullptr;
  }
  for (Field& f : fields_) {
    if (f.tag == tag && f.name == name) return &f.value;
  }
  return nullptr;
}

void TemplateData::Set(std::string_view name, TemplateData value) {
  if (type_ != type::object) return;
  const uint32_t tag = NameTag(name);
  if (TemplateData* old = Find(name, tag)) {
    *old = std::move(value);
    return;
  }
  if (!sorted_ && fields_.size() + 1 < kSortedFrom) {
    if (fields_.empty()) fields_.reserve(8);
    fields_.push_back({std::string(name), tag, std::move(value)});
    return;
  }
  if (!sorted_) {
    std::sort(fields_.begin(), fields_.end(),
              [](const Field& a, const Field& b) { return Before(a.tag, a.name, b.tag, b.name); });
    sorted_ = true;
  }
  auto at = std::lower_bound(
      fields_.begin(), fields_.end(), name,
      [tag](const Field& f, std::string_view n) { return Before(f.tag, f.name, tag, n); });
  fields_.insert(at, Field{std::string(name), tag, std::move(value)});
}

void TemplateData::Add(TemplateData item) {
  if (type_ == type::list) list_.push_back(std::move(item));
}

}  // namespace clustersite
