#pragma once

#include <string>

#include "document/pdf.h"

namespace clustersite {

/// Prints `html`, the text of a print document, to `pdf` as `options` say.
/// WeasyPrint computes the contents' page numbers itself. Chromium has no
/// `target-counter`: the document is printed, the page of each part read
/// from the PDF's named destinations, the numbers filled into its
/// page-number slots and the document printed again (a third time if the
/// numbers moved a part). `*printed` (may be null) gets the HTML printed
/// last. False with `*err` set when an engine is missing or fails.
/// The PDF is written only once printing succeeded; a folder missing or
/// not writable is found before anything prints.
bool PrintDocumentHtml(const std::string& html, const std::string& pdf, const PrintOptions& options,
                       std::string* printed, std::string* err);

/// `clustersite pdf`: prints the print document in the file `path` (a built
/// welcome kit, say) to `pdf`, as PrintDocumentHtml does, leaving the file
/// as it is. False with a one-line `*err` when the file cannot be read, is
/// no print document (it has no page-number slots) or cannot be printed.
bool PrintDocumentFile(const std::string& path, const std::string& pdf, const PrintOptions& options,
                       std::string* err);

}  // namespace clustersite
