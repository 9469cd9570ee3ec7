#pragma once

#include "core/diagnostics.h"
#include "load/content_tree.h"
#include "model/model.h"

namespace clustersite {

/// Parses each file of `tree` into the model, reporting every problem of
/// form (types, required and unknown keys, dates, allowed values) to `diag`.
/// Rules across files (references, collisions) are in validate/. Files are
/// parsed on up to `jobs` threads; the result does not depend on it.
void ParsePortal(const ContentTree& tree, int jobs, Diagnostics* diag, Portal* out);

/// Parses one service, story or roadmap file. Exposed for tests and fuzzing.
bool ParseService(const SourceFile& file, Diagnostics* diag, Service* out);
bool ParseStory(const SourceFile& file, Diagnostics* diag, Story* out);
bool ParseRoadmap(const SourceFile& file, Diagnostics* diag, Roadmap* out);

}  // namespace clustersite
