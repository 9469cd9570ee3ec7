#pragma once

#include <functional>
#include <string_view>

#include "load/yaml.h"

namespace clustersite {

/// Reads the one shape a file of records nearly always has, and libyaml
/// reads at about 200 instructions a byte: a list of flat mappings, one
/// `key: value` a line,
///
///     - service: tirgus-izpete
///       member: "AS Mēness Koks"
///       rating: 5
///
/// with keys of ASCII letters, digits and `_`, and each value plain text or
/// double-quoted text on its line (escapes `\"`, `\\`, `\/`, `\n`
/// and `\t` only). Anything
/// else — a comment, a tab, a trailing space, a flow or block value, another
/// escape, a duplicate key, a character YAML reads as a line break or
/// refuses — and it returns false: the caller then parses with libyaml,
/// which says what is wrong. What it does produce is
/// what YamlFile makes of the same text through libyaml: the same nodes,
/// texts and positions (columns in characters), which tests/record_list_test
/// and the fuzz target compare.
///
/// `text` is a file as ReadSourceFile keeps it (UTF-8, `\n` line ends);
/// its first line is line `first_line`. Each of the list's mappings is
/// handed to `each` as soon as its last line is read (never all held at
/// once); when the whole text has the shape, `list_pos` is where the list
/// starts and it returns true. The text is read once, so when it returns
/// false the mappings before the line that is not in the shape have been
/// handed over already, and the caller drops them.
using RecordVisitor = std::function<void(YamlNode&)>;
bool ReadRecordList(std::string_view text, int first_line, const RecordVisitor& each,
                    Position* list_pos);

}  // namespace clustersite
