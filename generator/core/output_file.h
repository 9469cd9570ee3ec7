#pragma once

#include <mutex>
#include <string>
#include <vector>

namespace clustersite {

/// One file of the output: rendered text, or a copy of a content file.
struct OutputFile {
  std::string path;       ///< relative to the output folder
  std::string content;    ///< the bytes to write, unless copy_from is set
  std::string copy_from;  ///< a content file to copy (media)
  /// A self-contained print document (welcome kit, handout, visit brief,
  /// strategy document), which is served with a policy of its own.
  bool print_document = false;
};

/// Where rendered files go as soon as each is done, so a build never holds
/// the whole site in memory. Put() is called from several threads.
class OutputSink {
 public:
  virtual ~OutputSink() = default;
  virtual void Put(OutputFile file) = 0;
};

/// Collects the files in memory, for tests and `check`.
class MemorySink : public OutputSink {
 public:
  void Put(OutputFile file) override;
  /// The files, sorted by path.
  std::vector<OutputFile> Take();

 private:
  std::mutex mu_;
  std::vector<OutputFile> files_;
};

/// Drops every file: for a render that is only checked.
class DiscardSink : public OutputSink {
 public:
  void Put(OutputFile) override {}
};

}  // namespace clustersite
