#pragma once

#include "core/diagnostics.h"
#include "load/content_tree.h"
#include "model/model.h"

namespace clustersite {

/// How ParsePortal reads and keeps the content. Every field has a default.
struct ParseOptions {
  int jobs = 1;                    ///< threads; the model does not depend on them
  const FileSystem* fs = nullptr;  ///< reads the pages ListContentTree only listed
  LoadLimits limits;               ///< for those reads
  /// Leave the bodies of services, stories and roadmaps in their files
  /// (Body::deferred), for the renderer to read each when it needs it.
  bool defer_bodies = false;
};

/// Parses each file of `tree` into the model, reporting every problem of
/// form (types, required and unknown keys, dates, allowed values) to `diag`.
/// Rules across files (references, collisions) are in validate/. Each page
/// is read (when only listed), parsed and let go of on one of the threads,
/// so the texts of all pages are never held at once: the services,
/// stories and roadmaps of `tree` are left without their text.
void ParsePortal(ContentTree* tree, const ParseOptions& options, Diagnostics* diag, Portal* out);

// The parts of ParsePortal, one per kind of file, each in the file its name
// says; exposed for tests (and fuzzing, and the preview's cache of pages).

/// portal.yaml (parse.cc).
void ParsePortalYaml(const SourceFile& file, Diagnostics* diag, Portal* out);

/// cluster.yaml, about.md and members.yaml of one cluster (parse_cluster.cc);
/// its feedback/ is ParseFeedback's.
void ParseClusterFiles(const ClusterFiles& files, Diagnostics* diag, Cluster* c);
void ParseClusterYaml(const SourceFile& file, Diagnostics* diag, Cluster* c);

/// members.yaml (parse_members.cc).
void ParseMembers(const SourceFile& file, Diagnostics* diag, Cluster* c);

/// strategy/ of one cluster: strategy.yaml and the section files, each
/// checked on its own (parse_strategy.cc); the names of the section files
/// and the rules across files are in validate/.
void ParseStrategy(const StrategyFiles& files, Diagnostics* diag, Strategy* out);
void ParseStrategyYaml(const SourceFile& file, Diagnostics* diag, Strategy* out);

/// feedback/ of one cluster: every quarter's records, YAML or CSV, into
/// `c->feedback`, each checked on its own (parse_feedback.cc). Files only
/// listed are read with `options.fs` and let go of after. Rules that need
/// other files (services, members, the as-of date) are in validate/.
void ParseFeedback(const ParseOptions& options, std::vector<SourceFile>* files, Diagnostics* diag,
                   Cluster* c);
/// The quarter a feedback file's name gives, `2026-q4.yaml` or
/// `2026-q4.csv`; nullopt for any other name.
std::optional<Quarter> QuarterOfFeedbackFile(std::string_view name);
/// One feedback file of quarter `q`, YAML or CSV by its name.
void ParseFeedbackFile(const SourceFile& file, const Quarter& q, Diagnostics* diag,
                       std::vector<FeedbackRecord>* out);

/// One service, story, roadmap, event or news file (parse_pages.cc).
bool ParseService(const SourceFile& file, Diagnostics* diag, Service* out);
bool ParseStory(const SourceFile& file, Diagnostics* diag, Story* out);
bool ParseRoadmap(const SourceFile& file, Diagnostics* diag, Roadmap* out);
bool ParseEvent(const SourceFile& file, Diagnostics* diag, Event* out);
bool ParseNews(const SourceFile& file, Diagnostics* diag, News* out);

}  // namespace clustersite
