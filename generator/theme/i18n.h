#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"
#include "theme/theme.h"

namespace clustersite {

/// The UI strings of one language, from the theme's i18n/<lang>.yaml.
class Strings {
 public:
  /// Loads i18n/<lang>.yaml from `theme`; reports a missing file or key.
  static bool Load(const Theme& theme, const std::string& lang, Diagnostics* diag, Strings* out);

  const std::string& lang() const { return lang_; }
  /// The string for `key`, or the key itself when missing.
  std::string Get(std::string_view key) const;
  /// A date in the language's own form: "2026. gada 3. decembris", "3 December 2026".
  std::string FormatDate(const Date& d) const;
  /// A month in the language's own form: "2026. gada novembris", "November 2026".
  std::string FormatMonth(int year, int month) const;
  /// When an event is, in the language's own form: "2026. gada 10. decembrī,
  /// 8.30–10.00", "10 December 2026, 8:30–10:00"; an event of several days
  /// names both days.
  std::string FormatTimeSpan(const DateTime& start, const DateTime& end) const;
  /// All strings, for templates as `t`.
  const MustacheData& data() const { return data_; }
  /// The keys of data().
  std::set<std::string> Names() const;

 private:
  std::string lang_;
  std::map<std::string, std::string, std::less<>> strings_;  ///< found by a key's view
  std::vector<std::string> months_;
  std::vector<std::string> months_in_;  ///< the form of "on 10 December": locative in Latvian
  MustacheData data_;
};

/// `text` with every `{key}` of `values` replaced by its value: a UI string
/// with its numbers filled in.
std::string Substitute(std::string text,
                       const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace clustersite
