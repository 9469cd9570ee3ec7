#pragma once

#include <string>

#include "core/diagnostic_format.h"
#include "serve/preview_site.h"

namespace clustersite {

/// What `clustersite serve` is asked to do. Every field has a default.
struct ServeOptions {
  PreviewOptions preview;
  std::string bind = "127.0.0.1";  ///< the address to listen on; loopback unless asked
  int port = 8000;                 ///< 0: any free port
  bool port_given = false;  ///< a busy default port falls back to a free one; a chosen one fails
  ReportOptions report;     ///< how diagnostics and rebuilds are printed
};

/// Runs `clustersite serve` until SIGINT, SIGTERM or SIGHUP: builds the
/// content into a temporary folder, serves it on `bind`:`port`, watches the
/// content and theme folders and rebuilds what changed, and removes the
/// folder at the end. Prints the address on stdout, rebuilds and
/// diagnostics on stderr. Returns the exit code.
int RunServe(const ServeOptions& options);

}  // namespace clustersite
