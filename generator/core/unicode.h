#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace clustersite {

/// Where the first invalid UTF-8 byte is, as a 1-based line and column;
/// nullopt-like {0,0} when the text is valid.
Position FindInvalidUtf8(std::string_view text);

/// NFC normal form of valid UTF-8 text (utf8proc).
std::string Nfc(std::string_view text);

/// Unicode code points in the NFC form of `text`: the vision's 140 characters.
size_t CountCharacters(std::string_view text);

/// The code points of UTF-8 `text`; an invalid byte is one U+FFFD.
std::u32string CodePoints(std::string_view text);

/// NFC + case fold: two names that differ only in case or normal form are equal.
std::string FoldKey(std::string_view text);

/// `text` as search compares it: compatibility-decomposed, without
/// diacritics, case-folded, with runs of white space made one space — so
/// "Apmācības" and "apmacibas" are the same. The theme's search script folds
/// what is typed the same way (NFKD, marks removed, lower case).
std::string SearchFold(std::string_view text);

/// A file-name-safe ASCII form of `text`: "SIA Līvu Koks" → "sia-livu-koks".
std::string AsciiSlug(std::string_view text);

/// True for bidirectional controls and zero-width characters (Trojan Source).
bool IsInvisibleControl(char32_t c);

/// True if `text` holds a character IsInvisibleControl reports.
bool HasInvisibleControls(std::string_view text);

/// 1-based line and column (in code points) of byte `offset` in `text`.
Position PositionAt(std::string_view text, size_t offset);

}  // namespace clustersite
