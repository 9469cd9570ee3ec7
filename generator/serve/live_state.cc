#include "serve/live_state.h"

namespace clustersite {

LiveState::LiveState(std::string instance)
    : instance_(std::move(instance)), words_(std::make_shared<LiveWords>(DefaultLiveWords())) {}

void LiveState::SetWords(LiveWords words) {
  auto shared = std::make_shared<const LiveWords>(std::move(words));
  std::lock_guard<std::mutex> lock(mu_);
  words_ = std::move(shared);
}

std::string LiveState::VersionLocked() const {
  return instance_ + "-" + std::to_string(generation_);
}

void LiveState::Update(std::vector<Diagnostic> diagnostics, bool has_build) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    ++generation_;
    has_errors_ = false;
    for (const Diagnostic& d : diagnostics)
      has_errors_ = has_errors_ || d.severity == Severity::kError;
    diagnostics_ = std::move(diagnostics);
    has_build_ = has_build;
  }
  changed_.notify_all();
}

LiveState::Snapshot LiveState::Get() const {
  std::lock_guard<std::mutex> lock(mu_);
  return {VersionLocked(), diagnostics_, has_errors_, has_build_, words_};
}

std::string LiveState::Wait(const std::string& seen, std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lock(mu_);
  changed_.wait_for(lock, timeout, [&] { return stopped_ || VersionLocked() != seen; });
  return VersionLocked();
}

void LiveState::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
  }
  changed_.notify_all();
}

bool LiveState::stopped() const {
  std::lock_guard<std::mutex> lock(mu_);
  return stopped_;
}

}  // namespace clustersite
