#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace clustersite {

/// One Mustache tag of a template file, where it starts.
struct TemplateTag {
  enum class Kind {
    kVariable,    ///< {{name}}: escaped
    kUnescaped,   ///< {{{name}}} or {{&name}}
    kSection,     ///< {{#name}}
    kInverted,    ///< {{^name}}
    kClose,       ///< {{/name}}
    kPartial,     ///< {{> name}}
    kComment,     ///< {{! text}}
    kDelimiters,  ///< {{=<% %>=}}: the theme check refuses it
  };
  Kind kind = Kind::kVariable;
  std::string name;  ///< without the sigil and the spaces around it
  std::string text;  ///< the tag as written, for messages
  Position pos;      ///< of its first `{`: line and column in characters
};

/// Every tag of the template `text`, in order. A tag never closed is an
/// error: false, with `*error` and where it opens in `*where`. This reads
/// tags only, to check a theme: kainjow renders the templates.
bool ScanTemplateTags(std::string_view text, std::vector<TemplateTag>* tags, Position* where,
                      std::string* error);

}  // namespace clustersite
