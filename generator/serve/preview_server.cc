#include "serve/preview_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <optional>

#include "core/media_type.h"
#include "core/text.h"
#include "deploy/security_headers.h"
#include "serve/live_pages.h"
#include "serve/request_path.h"

namespace clustersite {

struct PreviewServer::Impl {
  const SiteFolder& folder;
  LiveState* state;
  ServerLimits limits;
  httplib::Server server;
  std::optional<AllowedHosts> hosts;
  std::unique_ptr<ConnectionGuard> guard;
  int listening = -1;  ///< the socket Bind() listens on
  std::atomic<int> streams{0};

  Impl(const SiteFolder& f, LiveState* s, ServerLimits l) : folder(f), state(s), limits(l) {}

  void Handle(const httplib::Request& req, httplib::Response& res);
  void Events(httplib::Response& res);
  void Page(const RequestPath& path, const std::string& as_folder, DiagnosticsShown shown,
            httplib::Response& res);
  void Missing(const LiveState::Snapshot& now, DiagnosticsShown shown, httplib::Response& res);
};

namespace {

/// cpp-httplib's thread pool, with each connection taken in by the guard
/// first: one refused runs here at once (it is shut down, so its handler
/// returns at once), one taken in is released when its handler returns.
class GuardedQueue : public httplib::TaskQueue {
 public:
  GuardedQueue(size_t threads, ConnectionGuard* guard) : pool_(threads), guard_(guard) {}

  void enqueue(std::function<void()> fn) override {
    ConnectionGuard::Admission admission = guard_->Admit();
    if (admission.refused) return fn();
    pool_.enqueue([this, id = admission.id, fn = std::move(fn)] {
      fn();
      guard_->Release(id);
    });
  }
  void shutdown() override { pool_.shutdown(); }

 private:
  httplib::ThreadPool pool_;
  ConnectionGuard* guard_;
};

/// Sends `html`, a page as the preview serves it, with the policy a
/// published build gives it, over the hashes of its inline code as served
/// (the reload script and the diagnostics panel's style with the rest). A
/// print document's reload script listens to the preview's events too.
void Html(httplib::Response& res, const std::string& html, bool print_document) {
  InlineCode code;
  ScanInlineCode(html, &code);
  res.set_header("Content-Security-Policy", print_document
                                                ? DocumentsPolicy(code) + "; connect-src 'self'"
                                                : PagesPolicy(code));
  res.set_content(html, "text/html; charset=utf-8");
}

/// The output path of the file `path` names: "koks/index.html" for /koks/.
std::string OutputPath(const RequestPath& path) {
  std::string rel;
  for (const std::string& segment : path.segments)
    rel.append(rel.empty() ? "" : "/").append(segment);
  if (path.folder) rel.append(rel.empty() ? "" : "/").append("index.html");
  return rel;
}

void Text(httplib::Response& res, int status, const std::string& text) {
  res.status = status;
  res.set_content(text + "\n", "text/plain; charset=utf-8");
}

}  // namespace

void PreviewServer::Impl::Handle(const httplib::Request& req, httplib::Response& res) {
  res.set_header("Cache-Control", "no-store");
  for (const HttpHeader& header : FixedHeaders()) res.set_header(header.name, header.value);
  guard->HeadDone(req.remote_addr, req.remote_port);
  if (req.method != "GET" && req.method != "HEAD") {
    res.set_header("Allow", "GET, HEAD");
    return Text(res, 405, "the preview answers only GET and HEAD");
  }
  if (!hosts->Allows(req.get_header_value("Host")))
    return Text(res, 403, "the preview answers only requests for " + hosts->url());
  size_t query_at = req.target.find('?');
  std::string path = req.target.substr(0, query_at);
  std::string query = query_at == std::string::npos ? "" : req.target.substr(query_at);
  if (path == kEventsPath) return Events(res);
  RequestPath parsed = ParseRequestPath(req.target);
  if (parsed.verdict == RequestPath::Verdict::kBadRequest) return Text(res, 400, parsed.reason);
  DiagnosticsShown shown =
      IsLoopback(req.remote_addr) ? DiagnosticsShown::kList : DiagnosticsShown::kCount;
  if (!parsed.ok() || (!parsed.segments.empty() && parsed.segments[0] == kLiveFolder))
    return Missing(state->Get(), shown, res);
  Page(parsed, path + "/" + query, shown, res);
}

void PreviewServer::Impl::Page(const RequestPath& path, const std::string& as_folder,
                               DiagnosticsShown shown, httplib::Response& res) {
  LiveState::Snapshot now = state->Get();
  std::string bytes, name;
  switch (folder.Read(path.segments, path.folder, &bytes, &name)) {
    case SiteFolder::Found::kFolder:
      res.status = 301;
      res.set_header("Location", as_folder);
      return;
    case SiteFolder::Found::kMissing:
      return Missing(now, shown, res);
    case SiteFolder::Found::kFile:
      break;
  }
  std::string type = MediaType(name, true);
  res.status = 200;
  if (StartsWith(type, "text/html")) {
    return Html(res, LivePage(bytes, now.version, now.diagnostics, shown, *now.words),
                folder.IsPrintDocument(OutputPath(path)));
  }
  // An SVG opened on its own must not run scripts in the preview's origin.
  if (type == "image/svg+xml")
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
  res.set_content(bytes, type);
}

void PreviewServer::Impl::Missing(const LiveState::Snapshot& now, DiagnosticsShown shown,
                                  httplib::Response& res) {
  const LiveWords& words = *now.words;
  auto word = [&](const char* key) { return words.Get(words.portal_lang, key); };
  if (!now.has_build) {
    res.status = now.has_errors ? 500 : 503;
    return Html(
        res,
        StandalonePage(word("serve_not_built_title"),
                       word(now.has_errors ? "serve_not_built_errors" : "serve_not_built_running"),
                       now.version, now.diagnostics, shown, words),
        false);
  }
  std::string bytes, name;
  res.status = 404;
  if (folder.Read({"404.html"}, false, &bytes, &name) == SiteFolder::Found::kFile) {
    return Html(res, LivePage(bytes, now.version, now.diagnostics, shown, words), false);
  }
  Html(res,
       StandalonePage(word("serve_not_found_title"), word("serve_not_found_text"), now.version,
                      now.diagnostics, shown, words),
       false);
}

void PreviewServer::Impl::Events(httplib::Response& res) {
  if (streams.fetch_add(1) >= limits.event_streams) {
    --streams;
    res.set_header("Retry-After", "1");
    return Text(res, 503, "too many open pages are listening for changes");
  }
  LiveState* live = state;
  res.set_chunked_content_provider(
      "text/event-stream",
      [live, seen = std::string()](size_t, httplib::DataSink& sink) mutable {
        // A comment line every 15 s finds streams whose page has gone.
        std::string now = live->Wait(seen, std::chrono::seconds(15));
        if (live->stopped()) {
          sink.done();
          return true;
        }
        std::string message = now == seen ? ": waiting\n\n" : "data: " + now + "\n\n";
        seen = now;
        return sink.write(message.data(), message.size());
      },
      [this](bool) { --streams; });
}

PreviewServer::PreviewServer(const SiteFolder& folder, LiveState* state, ServerLimits limits)
    : impl_(std::make_unique<Impl>(folder, state, limits)) {
  httplib::Server& s = impl_->server;
  Impl* impl = impl_.get();
  s.new_task_queue = [impl] {
    return new GuardedQueue(static_cast<size_t>(impl->limits.threads), impl->guard.get());
  };
  s.set_logger([impl](const httplib::Request& req, const httplib::Response&) {
    impl->guard->ResponseDone(req.remote_addr, req.remote_port);
  });
  s.set_keep_alive_timeout(2);
  s.set_read_timeout(5);
  s.set_write_timeout(5);
  s.set_payload_max_length(64 * 1024);
  s.set_socket_options([impl](socket_t sock) {
    httplib::default_socket_options(sock);
    impl->listening = sock;
  });
  s.set_pre_routing_handler([impl](const httplib::Request& req, httplib::Response& res) {
    impl->Handle(req, res);
    return httplib::Server::HandlerResponse::Handled;
  });
}

PreviewServer::~PreviewServer() = default;

int PreviewServer::Bind(const std::string& address, int port, std::string* err) {
  httplib::Server& s = impl_->server;
  int bound = port == 0 ? s.bind_to_any_port(address) : (s.bind_to_port(address, port) ? port : -1);
  if (bound < 0) {
    *err = "cannot listen on " + address + " port " + std::to_string(port) +
           (port == 0 ? "" : "; is another server using it? Choose another with --port");
    return -1;
  }
  impl_->hosts.emplace(address, bound,
                       IsWildcard(address) ? LocalNames() : std::vector<std::string>{});
  impl_->guard = std::make_unique<ConnectionGuard>(bound, impl_->limits.connections);
  // httplib listens with a backlog of 5: a browser's burst of connections,
  // or a client opening many, would leave others waiting a second for their
  // connection to be retried. Listening again only raises the backlog.
  listen(impl_->listening, SOMAXCONN);
  return bound;
}

void PreviewServer::Run() { impl_->server.listen_after_bind(); }

void PreviewServer::Stop() { impl_->server.stop(); }

const AllowedHosts& PreviewServer::hosts() const { return *impl_->hosts; }

}  // namespace clustersite
