#include "indexer/shard_layout.h"

#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "common/error.h"

namespace vn::indexer {

namespace fs = std::filesystem;

namespace {

constexpr const char* kShardDirPrefix = "shard-";

// Digits only, so "1/2x" or "-1/2" are rejected, not truncated.
bool ParseUnsigned(const std::string& s, unsigned* out) {
  if (s.empty() || s.size() > 6) return false;
  unsigned v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  *out = v;
  return true;
}

// "N/M".
bool ParseFraction(const std::string& text, unsigned* n, unsigned* m) {
  size_t slash = text.find('/');
  if (slash == std::string::npos) return false;
  return ParseUnsigned(text.substr(0, slash), n) && ParseUnsigned(text.substr(slash + 1), m);
}

// The shard numbers a stub file lists, from its "glass shard-K" lines.
std::vector<unsigned> StubShards(const std::string& index_dir) {
  std::string stub = index_dir + "/" + kStubFile;
  std::ifstream in(stub);
  if (!in) throw CorruptError(stub + ": cannot read the shard list");
  std::vector<unsigned> shards;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string type, path;
    fields >> type >> path;
    const std::string prefix = kShardDirPrefix;
    unsigned k = 0;
    bool local = (type == "glass" || type == "auto") && path.rfind(prefix, 0) == 0 &&
                 ParseUnsigned(path.substr(prefix.size()), &k);
    if (!local)
      throw UsageError(stub + ":" + std::to_string(line_no) + ": '" + line +
                       "' is not a local shard of this index (a stub listing remote or other "
                       "databases is for searching; build each shard where it is stored)");
    shards.push_back(k);
  }
  if (shards.empty()) throw CorruptError(stub + ": lists no shards");
  return shards;
}

void WriteStub(const std::string& index_dir, const ShardSpec& spec) {
  std::string stub = index_dir + "/" + kStubFile;
  std::string tmp = stub + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "# vnarchive index: " << spec.ToString()
        << ". Xapian opens this directory as the listed databases searched as one.\n";
    for (unsigned n : spec.Held()) out << "glass " << kShardDirPrefix << n << "\n";
    if (!out.flush()) throw Error(ExitCode::kUsage, stub + ": cannot write the shard list");
  }
  fs::rename(tmp, stub);  // readers never see half a list
}

}  // namespace

std::vector<unsigned> ShardSpec::Held() const {
  if (only >= 0) return {static_cast<unsigned>(only)};
  std::vector<unsigned> all;
  for (unsigned n = 0; n < count; ++n) all.push_back(n);
  return all;
}

std::string ShardSpec::ToString() const {
  if (only >= 0) return "shard " + std::to_string(only) + "/" + std::to_string(count);
  if (count > 1) return std::to_string(count) + " shards";
  return "plain";
}

ShardSpec ParseShardArgument(const std::string& text) {
  unsigned n = 0, m = 0;
  if (!ParseFraction(text, &n, &m) || m == 0 || m > kMaxShards || n >= m)
    throw UsageError("--shard '" + text + "': expected N/M with 0 <= N < M <= " +
                     std::to_string(kMaxShards) + " (shards are numbered from 0)");
  if (m == 1) return ShardSpec{};
  return ShardSpec{m, static_cast<int>(n)};
}

unsigned ShardOf(std::string_view document_id, unsigned count) {
  if (count <= 1) return 0;
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64
  for (unsigned char c : document_id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<unsigned>(h % count);
}

std::string ShardPath(const std::string& index_dir, unsigned n) {
  return index_dir + "/" + kShardDirPrefix + std::to_string(n);
}

ShardSpec ReadShardSpec(const std::string& index_dir) {
  std::error_code ec;
  if (!fs::exists(fs::path(index_dir) / kStubFile, ec)) return ShardSpec{};
  std::vector<unsigned> listed = StubShards(index_dir);
  unsigned count = 0;
  std::map<unsigned, bool> seen;
  for (unsigned k : listed) {
    std::string path = ShardPath(index_dir, k);
    std::string meta;
    try {
      meta = Xapian::Database(path).get_metadata(kShardMetadataKey);
    } catch (const Xapian::Error& e) {
      throw CorruptError(path + ": cannot open shard: " + e.get_description());
    }
    unsigned n = 0, m = 0;
    if (!ParseFraction(meta, &n, &m) || n != k || m == 0 || n >= m)
      throw CorruptError(path + ": shard metadata '" + meta + "' does not say it is shard " +
                         std::to_string(k) + " of the split");
    if (count != 0 && m != count)
      throw CorruptError(index_dir + ": shards disagree about the split (" + std::to_string(count) +
                         " and " + std::to_string(m) + " shards)");
    count = m;
    if (seen[k])
      throw CorruptError(index_dir + "/" + kStubFile + ": lists shard " + std::to_string(k) +
                         " twice");
    seen[k] = true;
  }
  if (listed.size() == count) return ShardSpec{count, -1};
  if (listed.size() == 1) return ShardSpec{count, static_cast<int>(listed[0])};
  throw CorruptError(index_dir + ": holds " + std::to_string(listed.size()) + " of " +
                     std::to_string(count) +
                     " shards; a directory holds either every shard or exactly one");
}

void PrepareShardLayout(const std::string& index_dir, const ShardSpec& spec) {
  std::error_code ec;
  bool has_stub = fs::exists(fs::path(index_dir) / kStubFile, ec);
  bool has_plain = fs::exists(fs::path(index_dir) / "iamglass", ec) ||
                   fs::exists(fs::path(index_dir) / "iamchert", ec);
  if (has_stub || has_plain) {
    ShardSpec existing = has_stub ? ReadShardSpec(index_dir) : ShardSpec{};
    if (existing == spec) return;
    throw UsageError(index_dir + ": the index is " + existing.ToString() + ", not " +
                     spec.ToString() +
                     "; documents cannot move between shards in place: build a new index");
  }
  if (!spec.sharded()) return;  // IndexWriter creates a plain database itself
  fs::create_directories(index_dir, ec);
  if (ec) throw UsageError(index_dir + ": cannot create the index directory: " + ec.message());
  for (unsigned n : spec.Held()) {
    std::string path = ShardPath(index_dir, n);
    try {
      Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
      db.set_metadata(kShardMetadataKey, std::to_string(n) + "/" + std::to_string(spec.count));
      db.commit();
    } catch (const Xapian::DatabaseLockError&) {
      throw Error(ExitCode::kLocked, path + ": shard is locked by another writer");
    } catch (const Xapian::Error& e) {
      throw CorruptError(path + ": cannot create shard: " + e.get_description());
    }
  }
  // The stub comes last: until it exists the directory is not an index.
  WriteStub(index_dir, spec);
}

}  // namespace vn::indexer
