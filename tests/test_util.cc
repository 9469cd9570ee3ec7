#include "test_util.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <utf8proc.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "load/yaml.h"
#include "markdown/markdown.h"

namespace clustersite::testing {

MemoryFileSystem ValidTree() {
  MemoryFileSystem fs;
  fs.Add("content/portal.yaml", "title: Klasteri\nbase_url: https://klasteri.example.lv/\n");
  fs.Add("content/koks/cluster.yaml",
         "name: Koka klasteris\n"
         "vision: \"Koks ir nākotnes būvmateriāls.\"\n"
         "language: lv\n"
         "sectors: [Koka būvniecība]\n"
         "label: silver\n"
         "logo: media/logo.svg\n"
         "contact:\n"
         "  name: Ilze Ozola\n"
         "  email: ilze@example.lv\n"
         "communication:\n"
         "  next_meeting: 2026-12-03\n");
  fs.Add("content/koks/media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  fs.Add("content/koks/services/eksports.md",
         "---\n"
         "title: Eksporta misijas\n"
         "summary: Braucam kopā.\n"
         "category: eksports\n"
         "uses_last_year: 40\n"
         "roadmap: eksporta-cels\n"
         "---\n"
         "Skat. [ceļu](../roadmaps/eksporta-cels.md).\n");
  fs.Add("content/koks/services/apmacibas.md",
         "---\n"
         "title: Apmācības\n"
         "summary: Mācāmies.\n"
         "category: izglitiba\n"
         "uses_last_year: 12\n"
         "---\n"
         "Teksts.\n");
  fs.Add("content/koks/stories/publisks.md",
         "---\n"
         "title: Publisks stāsts\n"
         "company: SIA Koks\n"
         "services: [eksports]\n"
         "date: 2026-03-01\n"
         "consent: 2026-02-01\n"
         "visibility: public\n"
         "---\n"
         "Publisks teksts.\n");
  fs.Add("content/koks/stories/slepens.md",
         "---\n"
         "title: Biedru stāsts\n"
         "company: SIA Koks\n"
         "services: [eksports]\n"
         "date: 2026-04-01\n"
         "consent: 2026-02-01\n"
         "---\n"
         "Tikai biedriem.\n");
  fs.Add("content/koks/roadmaps/eksporta-cels.md",
         "---\n"
         "title: Eksporta ceļš\n"
         "for: service\n"
         "service: eksports\n"
         "steps:\n"
         "  - who: cluster\n"
         "    title: Sagatavojam\n"
         "    when: pirmā nedēļa\n"
         "  - who: member\n"
         "    title: Braucam\n"
         "    when: 2026-05-01\n"
         "---\n"
         "Ievads.\n");
  fs.Add("content/koks/members.yaml",
         "- name: SIA Koks\n"
         "  kind: member\n"
         "  type: company\n"
         "  size: sme\n"
         "  sector: Koka būvniecība\n"
         "  contact: {name: Jānis Koks, email: janis@example.lv}\n");
  return fs;
}

FeedbackRecord Use(const std::string& service, const std::string& member, Date date,
                   std::optional<int> rating, const std::string& comment) {
  FeedbackRecord r;
  r.service.value = service;
  r.member.value = member;
  r.date = date;
  r.rating = rating;
  r.comment = comment;
  return r;
}

Member Joined(const std::string& name, std::optional<Date> joined, MemberKind kind) {
  Member m;
  m.name = name;
  m.joined = joined;
  m.kind = kind;
  return m;
}

MemoryFileSystem StaffTree() {
  MemoryFileSystem fs = ValidTree();
  fs.Add(
      "content/koks/members.yaml",
      "- {name: SIA Koks, kind: member, type: company, sector: Koka būvniecība,\n"
      "   joined: 2025-06-01, interests: [eksports, izglitiba],\n"
      "   contact: {name: Jānis Koks, email: janis@example.lv}}\n"
      "- {name: AS Mežs, kind: member, type: company, sector: Mežsaimniecība,\n"
      "   joined: 2019-01-01, interests: [izglitiba]}\n"
      "- {name: SIA Vecais, kind: member, type: company, sector: Mežsaimniecība,\n"
      "   joined: 2018-01-01, interests: [eksports]}\n"
      "- {name: SIA Bez Datuma, kind: member, type: company, sector: Mežsaimniecība}\n"
      "- {name: Skola, kind: partner, type: education, sector: Izglītība, joined: 2019-01-01}\n");
  fs.Add("content/koks/feedback/2025-q2.yaml",
         "- {service: eksports, member: SIA Vecais, date: 2025-05-01, rating: 3}\n");
  fs.Add("content/koks/feedback/2026-q2.yaml",
         "- {service: apmacibas, member: SIA Koks, date: 2026-04-10, rating: 2,\n"
         "   comment: Citējams., quote: true}\n"
         "- {service: eksports, member: AS Mežs, date: 2026-05-02, rating: 4,\n"
         "   comment: Nav citējams komentārs., contacts: true}\n"
         "- {service: apmacibas, member: AS Mežs, date: 2026-06-12}\n");
  fs.Add("content/koks/stories/meza-stasts.md",
         "---\ntitle: Mežs brauc\ncompany: AS Mežs\nservices: [eksports]\ndate: 2026-05-01\n"
         "consent: 2026-02-01\n---\nMeža teksts.\n");
  fs.Add("content/koks/stories/veca-stasts.md",
         "---\ntitle: Vecā stāsts\ncompany: SIA Vecais\nservices: [eksports]\ndate: 2026-02-01\n"
         "consent: 2026-01-01\nvisibility: public\n---\nVecā teksts.\n");
  fs.Add("content/koks/roadmaps/jauns.md",
         "---\ntitle: Jaunā biedra ceļš\nfor: new\nsteps:\n  - who: member\n"
         "    title: Iepazīstamies\n---\nIevads.\n");
  return fs;
}

std::string Nfd(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), s.size(), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE));
  std::string r(reinterpret_cast<char*>(out), n);
  std::free(out);
  return r;
}

void Edit(MemoryFileSystem* fs, const std::string& path, const std::string& from,
          const std::string& to) {
  std::string text, err;
  REQUIRE(fs->Read(path, 1 << 20, &text, &err));
  fs->Add(path, Replaced(text, from, to));
}

std::string CheckText(const MemoryFileSystem& fs) {
  BuildOptions options;
  options.as_of.date = kExampleAsOf;
  Diagnostics diag;
  Portal portal;
  LoadAndValidate(fs, options, &diag, &portal);
  return diag.ToString();
}

std::string YamlErrors(const std::string& text, int first_line) {
  Diagnostics diag;
  YamlFile file;
  YamlFile::Parse("f.yaml", text, first_line, &diag, &file);
  return diag.ToString();
}

std::vector<OutputFile> RenderFiles(const MemoryFileSystem& fs, Audience audience,
                                    std::string* diagnostics) {
  BuildOptions options;
  options.audience = audience;
  options.jobs = 2;
  options.as_of.date = kExampleAsOf;
  Diagnostics diag;
  std::vector<OutputFile> files;
  RenderAll(fs, options, &diag, &files);
  if (diagnostics) *diagnostics = diag.ToString();
  return files;
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::string Refusal(const std::string& md) {
  Diagnostics diag;
  std::string html = RenderMarkdown({md, "x.md", "k/x.md", 5}, nullptr, &diag);
  if (diag.HasErrors()) CHECK(html == "");
  return diag.ToString();
}

std::string FileText(const std::vector<OutputFile>& files, const std::string& path) {
  for (const OutputFile& f : files) {
    if (f.path == path) return f.content;
  }
  return "";
}

const FileSystem& RealFs() {
  static RealFileSystem fs;
  return fs;
}

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

bool InOrder(const std::string& text, const std::vector<std::string>& needles) {
  size_t at = 0;
  for (const std::string& n : needles) {
    size_t found = text.find(n, at);
    if (found == std::string::npos) return false;
    at = found + n.size();
  }
  return true;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TempDir::TempDir() {
  char tmpl[] = "/tmp/clustersite-test-XXXXXX";
  path = mkdtemp(tmpl);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

ContentCopy::ContentCopy() : root(tmp / "content") {
  std::filesystem::copy(std::string(CLUSTERSITE_SOURCE_DIR) + "/content", root,
                        std::filesystem::copy_options::recursive);
}

void ContentCopy::DropPartialStrategy() const {
  std::filesystem::remove_all(root + "/baltic-logistics/strategy");
}

void WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

int Run(const std::string& command, std::string* output) {
  std::string cmd =
      "export SOURCE_DATE_EPOCH=" + std::to_string(kExampleEpoch) + "; " + command + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return -1;
  std::array<char, 4096> buf;
  output->clear();
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) output->append(buf.data(), n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::map<std::string, std::string> Snapshot(const std::filesystem::path& root) {
  std::map<std::string, std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    if (e.is_regular_file())
      out[std::filesystem::relative(e.path(), root).string()] = ReadFile(e.path());
  }
  return out;
}

BuiltContent::BuiltContent() : root(dir.path.string()) {
  std::string out;
  std::string bin = CLUSTERSITE_BINARY;
  std::string content = std::string(CLUSTERSITE_SOURCE_DIR) + "/content";
  int a = Run(bin + " build " + content + " -o " + root + "/public", &out);
  int b = Run(bin + " build " + content + " --audience members -o " + root + "/members", &out);
  REQUIRE(a == 0);
  REQUIRE(b == 0);
}

const BuiltContent& Built() {
  static BuiltContent built;
  return built;
}

PrintDocument Handout() {
  PrintDocument doc;
  doc.lang = "lv";
  doc.prefix = "handout";
  doc.title = "Ceturkšņa pārskats – Koks";
  doc.description = "Pārskats";
  doc.skip_link = "Uz saturu";
  doc.header = "Koks";
  doc.footer = "Ceturkšņa pārskats";
  doc.page_label = "Lapa {page} no {pages}";
  doc.style_sheet = "handout/handout.css";
  doc.cover.kind = "Ceturkšņa pārskats";
  doc.cover.title = "Koks & Co";
  doc.cover.lead = "Koks – galvenais būvmateriāls";
  doc.cover.lead_label = "Vīzija";
  doc.cover.text = "Ko paveicām";
  doc.cover.facts = {{"Datums", {"2026. gada 1. decembris"}},
                     {},
                     {"Kontaktpersona", {"Ilze Ozola, koordinatore", "ilze@example.lv"}}};
  doc.contents_title = "Saturs";
  doc.parts = {{"handout-services", "Pakalpojumi", "<p>Trīs pakalpojumi</p>\n"},
               {"handout-events", "Pasākumi", "<p>Brokastis</p>\n"}};
  return doc;
}

const Theme& HandoutTheme() {
  static const Theme theme = [] {
    MemoryFileSystem fs;
    fs.Add("theme/handout/handout.css", ".handout-only{color:red}\n");
    Diagnostics diag;
    Theme t;
    REQUIRE(Theme::Load(fs, "theme", &diag, &t));
    return t;
  }();
  return theme;
}

}  // namespace clustersite::testing
