#include "theme/i18n.h"

#include "load/yaml.h"

namespace clustersite {

bool Strings::Load(const Theme& theme, const std::string& lang, Diagnostics* diag, Strings* out) {
  out->lang_ = lang;
  std::string rel = "i18n/" + lang + ".yaml";
  const std::string* text = theme.File(rel);
  std::string shown = theme.Origin(rel);
  if (!text) {
    diag->Error(shown, {}, "the theme has no UI strings for language `" + lang + "`");
    return false;
  }
  YamlFile yaml;
  if (!YamlFile::Parse(shown, *text, 1, diag, &yaml)) return false;
  if (!yaml.root().IsMap()) {
    diag->Error(shown, {1, 1}, "UI strings must be a mapping of `key: text`");
    return false;
  }
  out->data_ = MustacheData(MustacheData::type::object);
  for (const auto& kv : yaml.root().entries) {
    std::string key = kv.first.Scalar();
    if ((key == "months" || key == "months_in") && kv.second.IsSequence()) {
      for (const auto& m : kv.second.items)
        (key == "months" ? out->months_ : out->months_in_).push_back(m.Scalar());
    } else if (kv.second.IsScalar()) {
      out->strings_[key] = kv.second.Scalar();
      Put(out->data_, key, kv.second.Scalar());
    }
  }
  // A theme's own strings from before `months_in` existed still load.
  if (out->months_in_.empty()) out->months_in_ = out->months_;
  const std::string wrong = out->months_.size() != 12      ? "months"
                            : out->months_in_.size() != 12 ? "months_in"
                                                           : "";
  if (wrong.empty()) return true;
  diag->Error(shown, {1, 1}, "`" + wrong + "` must list the 12 month names");
  return false;
}

std::string Strings::Get(std::string_view key) const {
  auto it = strings_.find(key);
  return it == strings_.end() ? std::string(key) : it->second;
}

std::set<std::string> Strings::Names() const {
  std::set<std::string> names;
  for (const auto& [key, _] : strings_) names.insert(key);
  return names;
}

std::string Strings::FormatDate(const Date& d) const {
  if (d.month < 1 || d.month > 12 || months_.size() != 12) return d.Iso();
  const std::string& month = months_[d.month - 1];
  if (lang_ == "lv") {
    return std::to_string(d.year) + ". gada " + std::to_string(d.day) + ". " + month;
  }
  return std::to_string(d.day) + " " + month + " " + std::to_string(d.year);
}

std::string Strings::FormatMonth(int year, int month) const {
  if (month < 1 || month > 12 || months_.size() != 12) return std::to_string(year);
  const std::string& name = months_[month - 1];
  if (lang_ == "lv") return std::to_string(year) + ". gada " + name;
  return name + " " + std::to_string(year);
}

std::string Strings::FormatTimeSpan(const DateTime& start, const DateTime& end) const {
  // Latvian writes the time with a point and no leading zero (8.30), English with a colon.
  const bool lv = lang_ == "lv";
  auto clock = [&](const DateTime& t) {
    std::string minutes = t.Clock().substr(3);
    return std::to_string(t.hour) + (lv ? "." : ":") + minutes;
  };
  auto day = [&](const DateTime& t) {
    const Date& d = t.date;
    if (d.month < 1 || d.month > 12 || months_in_.size() != 12) return d.Iso();
    const std::string& month = months_in_[d.month - 1];
    return lv ? std::to_string(d.year) + ". gada " + std::to_string(d.day) + ". " + month
              : std::to_string(d.day) + " " + month + " " + std::to_string(d.year);
  };
  if (start.date == end.date) return day(start) + ", " + clock(start) + "–" + clock(end);
  return day(start) + ", " + clock(start) + " – " + day(end) + ", " + clock(end);
}

std::string Substitute(std::string text,
                       const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [key, value] : values) {
    const std::string slot = "{" + key + "}";
    for (size_t at = text.find(slot); at != std::string::npos;
         at = text.find(slot, at + value.size()))
      text.replace(at, slot.size(), value);
  }
  return text;
}

}  // namespace clustersite
