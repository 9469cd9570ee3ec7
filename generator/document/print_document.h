#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/color.h"
#include "theme/theme.h"

namespace clustersite {

/// One fact on a cover, a label with its lines ("Contact person": name,
/// e-mail, phone).
struct CoverFact {
  std::string label;  ///< "" for a fact the document leaves out: it keeps its (empty) line
  std::vector<std::string> lines;
};

/// The first page of a print document: a brand-coloured band with the logo,
/// kind, title and lead, then a greeting, a text and facts.
struct DocumentCover {
  std::string kind;        ///< above the title: "Welcome kit"
  std::string title;       ///< the cluster's name; also the logo's text
  std::string lead;        ///< under the title: the vision
  std::string lead_label;  ///< read out before the lead, hidden on paper: "Vision"
  std::string logo;        ///< a `data:` URI, or ""
  std::string greeting;    ///< a line above the text, or ""
  std::string text;        ///< a paragraph under the band
  std::vector<CoverFact> facts;
};

/// One part after the contents: it starts a new page, and its title is the
/// running header of its pages and its line in the contents.
struct DocumentPart {
  std::string id;         ///< the element id, also its named page: "kit-about"
  std::string title;      ///< its title
  std::string body_html;  ///< what follows the title, rendered by the document's own templates
};

/// A self-contained A4 document: cover, contents with page numbers, parts on
/// new pages, running header and page numbers, printing the same in Chromium
/// and WeasyPrint. A document gives its text and parts; the page machinery
/// (templates/document.html, document/*.css, the generated page rules and
/// the embedded font) is the same for every document. Every field has a default.
struct PrintDocument {
  std::string lang = "en";
  std::string prefix = "doc";  ///< body class, and ids of cover, contents and main: "kit-cover"
  std::string title;           ///< the HTML title
  std::string description;     ///< the meta description
  std::string robots;          ///< the robots meta ("noindex, nofollow"), or "" for none
  std::string skip_link;       ///< text of the link to the main content
  std::string back_url;        ///< on screen, a link back to the site, or ""
  std::string back_text;       ///< its text
  std::string back_label;      ///< its navigation landmark's name
  std::string header;          ///< the running header's left side
  std::string footer;          ///< the footer's left side
  std::string page_label;      ///< the footer's right side: "Page {page} of {pages}"
  /// The brand colour with its readable text and ink colours, or none for
  /// the theme's colours.
  std::optional<BrandPalette> brand;
  /// The theme file with the styles of the document's own parts, between
  /// document/document.css and document/pages.css: "kit/kit.css".
  std::string style_sheet;
  DocumentCover cover;
  std::string contents_title;
  std::vector<DocumentPart> parts;  ///< in print order
};

/// The id of `doc`'s contents: "kit-contents".
std::string ContentsId(const PrintDocument& doc);

/// `doc` as one self-contained HTML file in NFC, so what is printed is what
/// is searched. With `references`, also what it would load from the
/// network, as NetworkReferences finds it in the whole file.
std::string RenderPrintDocument(const Theme& theme, const PrintDocument& doc,
                                std::vector<std::string>* references = nullptr);

}  // namespace clustersite
