#include "crawler/frontier.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>

#include "archive/http_message.h"
#include "archive/warc_reader.h"
#include "common/error.h"
#include "crawler/url.h"

namespace vn::crawler {
namespace {

namespace fs = std::filesystem;

// "<path of crawl.db>: <SQLite's reason>", with the system's reason for I/O failures (a full
// disk shows as "disk I/O error (No space left on device)").
std::string SqliteWhy(sqlite3* db, int rc, const char* message = nullptr) {
  const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
  std::string why = std::string(file && *file ? file : "crawl.db") + ": " +
                    (message ? message
                     : db    ? sqlite3_errmsg(db)
                             : sqlite3_errstr(rc));
  int primary = rc & 0xff;
  if (db && (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN)) {
    int err = sqlite3_system_errno(db);
    why += err ? std::string(" (") + std::strerror(err) + ")"
               : std::string(" (disk full, or the file system refused the write)");
  }
  return why;
}

// A prepared statement that finalises itself; binds by 1-based index.
class Stmt {
 public:
  Stmt(sqlite3* db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
      throw CorruptError(SqliteWhy(db, sqlite3_errcode(db)) + " in: " + sql);
    }
  }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt& Bind(int i, const std::string& v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  bool Step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      throw Error(ExitCode::kLocked, SqliteWhy(db_, rc));
    }
    throw CorruptError(SqliteWhy(db_, rc));
  }
  std::string Text(int col) const {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? std::string(reinterpret_cast<const char*>(t),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

constexpr const char* kColumns =
    "url, source, origin, depth, priority, redirect_hops, next_due, status, attempts, "
    "last_status, etag, last_modified, payload_digest, warc_record_id, warc_file, warc_offset, "
    "warc_date, fetched_ms, error";

FrontierUrl RowToUrl(const Stmt& s) {
  FrontierUrl u;
  u.url = s.Text(0);
  u.source = s.Text(1);
  u.origin = s.Text(2);
  u.depth = static_cast<int>(s.Int(3));
  u.priority = static_cast<int>(s.Int(4));
  u.redirect_hops = static_cast<int>(s.Int(5));
  u.next_due_ms = s.Int(6);
  u.status = s.Text(7);
  u.attempts = static_cast<int>(s.Int(8));
  u.last_status = static_cast<int>(s.Int(9));
  u.etag = s.Text(10);
  u.last_modified = s.Text(11);
  u.payload_digest = s.Text(12);
  u.warc_record_id = s.Text(13);
  u.warc_file = s.Text(14);
  u.warc_offset = s.IsNull(15) ? -1 : s.Int(15);
  u.warc_date = s.Text(16);
  u.fetched_ms = s.IsNull(17) ? 0 : s.Int(17);
  u.error = s.Text(18);
  return u;
}

std::string SourceClause(const std::set<std::string>& names, int first_param) {
  if (names.empty()) return "";
  std::string clause = " AND u.source IN (";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) clause += ",";
    clause += "?" + std::to_string(first_param + static_cast<int>(i));
  }
  return clause + ")";
}

void BindSources(Stmt& s, const std::set<std::string>& names, int first_param) {
  int i = first_param;
  for (const std::string& name : names) s.Bind(i++, name);
}

}  // namespace

Frontier::Frontier(const std::string& db_path) : path_(db_path) {
  if (sqlite3_open_v2(db_path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw UsageError(db_path + ": cannot open crawl state: " + why);
  }
  sqlite3_busy_timeout(db_, 2000);
  try {
    Exec("PRAGMA journal_mode=WAL");
    Exec("PRAGMA synchronous=NORMAL");
    Exec(
        "CREATE TABLE IF NOT EXISTS urls ("
        " url TEXT PRIMARY KEY, source TEXT NOT NULL, origin TEXT NOT NULL,"
        " depth INTEGER NOT NULL, priority INTEGER NOT NULL DEFAULT 0,"
        " redirect_hops INTEGER NOT NULL DEFAULT 0, next_due INTEGER NOT NULL DEFAULT 0,"
        " status TEXT NOT NULL DEFAULT 'queued', attempts INTEGER NOT NULL DEFAULT 0,"
        " last_status INTEGER NOT NULL DEFAULT 0, etag TEXT, last_modified TEXT,"
        " payload_digest TEXT, warc_record_id TEXT, warc_file TEXT, warc_offset INTEGER,"
        " warc_date TEXT, fetched_ms INTEGER, error TEXT, added_ms INTEGER)");
    Exec("CREATE INDEX IF NOT EXISTS urls_due ON urls(status, next_due)");
    Exec("CREATE TABLE IF NOT EXISTS hosts (origin TEXT PRIMARY KEY, next_available INTEGER)");
  } catch (const Error& e) {
    sqlite3_close(db_);
    db_ = nullptr;
    if (e.code() == ExitCode::kLocked) throw Error(ExitCode::kLocked, e.what());
    throw CorruptError(std::string(e.what()) + " (while opening the crawl state)");
  }
}

Frontier::~Frontier() { sqlite3_close(db_); }

void Frontier::Exec(const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string why = SqliteWhy(db_, rc, err);
    sqlite3_free(err);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) throw Error(ExitCode::kLocked, why);
    throw CorruptError(why);
  }
}

bool Frontier::Add(const std::string& url, const std::string& source, int depth, int priority,
                   int redirect_hops, int64_t due_ms) {
  auto parts = SplitUrl(url);
  if (!parts) throw UsageError(url + ": not an http(s) URL");
  Stmt ins(db_,
           "INSERT OR IGNORE INTO urls (url, source, origin, depth, priority, redirect_hops, "
           "next_due, added_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)");
  ins.Bind(1, url).Bind(2, source).Bind(3, parts->origin).Bind(4, depth).Bind(5, priority);
  ins.Bind(6, redirect_hops).Bind(7, due_ms);
  ins.Step();
  if (sqlite3_changes(db_) > 0) return true;
  Stmt upd(db_, "UPDATE urls SET depth = ?2 WHERE url = ?1 AND depth > ?2");
  upd.Bind(1, url).Bind(2, depth).Step();
  return false;
}

void Frontier::BeginRun(int64_t now_ms) { run_start_ms_ = now_ms; }

std::optional<FrontierUrl> Frontier::NextDue(int64_t now_ms, const std::set<std::string>& sources) {
  std::string sql = std::string("SELECT ") +
                    "u.url, u.source, u.origin, u.depth, u.priority, u.redirect_hops, "
                    "u.next_due, u.status, u.attempts, u.last_status, u.etag, u.last_modified, "
                    "u.payload_digest, u.warc_record_id, u.warc_file, u.warc_offset, "
                    "u.warc_date, u.fetched_ms, u.error "
                    "FROM urls u LEFT JOIN hosts h ON h.origin = u.origin "
                    "WHERE u.next_due <= ?1 AND (u.fetched_ms IS NULL OR u.fetched_ms < ?2) "
                    "AND COALESCE(h.next_available, 0) <= ?1" +
                    SourceClause(sources, 3) +
                    " ORDER BY u.priority DESC, u.depth ASC, u.rowid ASC LIMIT 1";
  Stmt s(db_, sql);
  s.Bind(1, now_ms).Bind(2, run_start_ms_);
  BindSources(s, sources, 3);
  if (!s.Step()) return std::nullopt;
  return RowToUrl(s);
}

std::optional<int64_t> Frontier::NextWakeMs(const std::set<std::string>& sources) {
  std::string sql =
      "SELECT MIN(MAX(u.next_due, COALESCE(h.next_available, 0))) "
      "FROM urls u LEFT JOIN hosts h ON h.origin = u.origin "
      "WHERE (u.fetched_ms IS NULL OR u.fetched_ms < ?1)" +
      SourceClause(sources, 2);
  Stmt s(db_, sql);
  s.Bind(1, run_start_ms_);
  BindSources(s, sources, 2);
  if (!s.Step() || s.IsNull(0)) return std::nullopt;
  return s.Int(0);
}

void Frontier::SetHostAvailable(const std::string& origin, int64_t at_ms) {
  Stmt s(db_,
         "INSERT INTO hosts (origin, next_available) VALUES (?1, ?2) "
         "ON CONFLICT(origin) DO UPDATE SET next_available = ?2");
  s.Bind(1, origin).Bind(2, at_ms).Step();
}

int64_t Frontier::HostAvailable(const std::string& origin) {
  Stmt s(db_, "SELECT next_available FROM hosts WHERE origin = ?1");
  s.Bind(1, origin);
  return s.Step() ? s.Int(0) : 0;
}

void Frontier::MarkCaptured(const std::string& url, const Capture& c, int64_t now_ms,
                            int64_t next_due_ms) {
  Stmt s(db_,
         "UPDATE urls SET status = 'done', attempts = 0, last_status = ?2, etag = ?3, "
         "last_modified = ?4, payload_digest = ?5, warc_record_id = ?6, warc_file = ?7, "
         "warc_offset = ?8, warc_date = ?9, fetched_ms = ?10, next_due = ?11, error = NULL "
         "WHERE url = ?1");
  s.Bind(1, url).Bind(2, c.http_status).Bind(3, c.etag).Bind(4, c.last_modified);
  s.Bind(5, c.payload_digest).Bind(6, c.warc_record_id).Bind(7, c.warc_file);
  s.Bind(8, c.warc_offset).Bind(9, c.warc_date).Bind(10, now_ms).Bind(11, next_due_ms);
  s.Step();
}

void Frontier::MarkRetry(const std::string& url, int http_status, const std::string& error,
                         int64_t retry_at_ms) {
  Stmt s(db_,
         "UPDATE urls SET attempts = attempts + 1, last_status = ?2, error = ?3, next_due = ?4 "
         "WHERE url = ?1");
  s.Bind(1, url).Bind(2, http_status).Bind(3, error).Bind(4, retry_at_ms).Step();
}

void Frontier::MarkFailed(const std::string& url, int http_status, const std::string& error,
                          int64_t now_ms, int64_t next_due_ms, bool blocked) {
  // A failure does not erase an earlier capture: the validators and WARC pointers stay so
  // the next successful fetch can still be compared with it.
  Stmt s(db_,
         "UPDATE urls SET status = ?2, attempts = 0, last_status = ?3, error = ?4, "
         "fetched_ms = ?5, next_due = ?6 WHERE url = ?1");
  s.Bind(1, url).Bind(2, std::string(blocked ? "blocked" : "failed")).Bind(3, http_status);
  s.Bind(4, error).Bind(5, now_ms).Bind(6, next_due_ms).Step();
}

std::optional<FrontierUrl> Frontier::Get(const std::string& url) {
  Stmt s(db_, std::string("SELECT ") + kColumns + " FROM urls WHERE url = ?1");
  s.Bind(1, url);
  if (!s.Step()) return std::nullopt;
  return RowToUrl(s);
}

std::vector<FrontierUrl> Frontier::FailedUrls() {
  Stmt s(db_, std::string("SELECT ") + kColumns +
                  " FROM urls WHERE status = 'failed' ORDER BY source, url");
  std::vector<FrontierUrl> out;
  while (s.Step()) out.push_back(RowToUrl(s));
  return out;
}

int64_t Frontier::CountByStatus(const std::string& status) {
  Stmt s(db_, "SELECT COUNT(*) FROM urls WHERE status = ?1");
  s.Bind(1, status);
  return s.Step() ? s.Int(0) : 0;
}

void Frontier::BeginTransaction() { Exec("BEGIN IMMEDIATE"); }
void Frontier::Commit() { Exec("COMMIT"); }
void Frontier::Rollback() {
  // Called while unwinding from an error: SQLite may already have rolled back (a failed
  // write does), and the error being unwound is the one to report.
  if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

int Frontier::RecoverArchive(const std::string& archive_dir, std::vector<std::string>* log,
                             std::vector<Orphan>* orphans) {
  auto note = [&](const std::string& line) {
    if (log) log->push_back(line);
  };
  std::error_code ec;
  std::map<std::string, std::set<std::string>> recovered;  // file name -> record ids
  std::map<std::string, Capture> responses;  // target URI -> last response in crashed files
  if (fs::is_directory(archive_dir, ec)) {
    std::vector<fs::path> open_files;
    for (const auto& entry : fs::directory_iterator(archive_dir, ec)) {
      const std::string name = entry.path().filename().string();
      if (name.size() > 13 && name.ends_with(".warc.gz.open")) open_files.push_back(entry.path());
    }
    for (const fs::path& open : open_files) {
      fs::path final_path = open;
      final_path.replace_extension();  // drops ".open"
      if (fs::file_size(open, ec) == 0) {
        fs::remove(open, ec);
        note(open.string() + ": empty, removed");
        continue;
      }
      std::set<std::string> ids;
      uint64_t cut = 0;
      bool damaged = false;
      try {
        archive::WarcReader reader(open.string());
        std::optional<uint64_t> first_problem;
        reader.set_problem_callback([&](const archive::WarcProblem& p) {
          if (!first_problem || p.offset < *first_problem) first_problem = p.offset;
        });
        archive::WarcRecord record;
        archive::WarcLocation where;
        while (reader.Next(&record, &where)) {
          if (first_problem && where.offset > *first_problem) break;
          ids.insert(record.RecordId());
          if (record.Type() != "response") continue;
          auto head = archive::ParseHttpHead(record.block);
          if (!head) continue;
          Capture c;
          size_t sp = head->start_line.find(' ');
          c.http_status =
              sp == std::string::npos ? 0 : std::atoi(head->start_line.c_str() + sp + 1);
          c.etag = head->Header("ETag").value_or("");
          c.last_modified = head->Header("Last-Modified").value_or("");
          c.payload_digest = record.Get("WARC-Payload-Digest").value_or("");
          c.warc_record_id = record.RecordId();
          c.warc_file = final_path.filename().string();
          c.warc_offset = static_cast<int64_t>(where.offset);
          c.warc_date = record.Date();
          responses[record.TargetUri()] = c;
        }
        cut = first_problem.value_or(fs::file_size(open, ec));
      } catch (const Error& e) {
        damaged = true;
        note(open.string() + ": " + e.what());
      }
      if (damaged) {
        fs::rename(open, fs::path(final_path.string() + ".damaged"), ec);
        note(open.string() + ": not readable as WARC, renamed to .damaged");
        continue;
      }
      if (cut < fs::file_size(open, ec)) {
        if (::truncate(open.c_str(), static_cast<off_t>(cut)) != 0) {
          throw CorruptError(open.string() + ": cannot cut off its damaged tail");
        }
        note(open.string() + ": cut after its last whole record at byte " + std::to_string(cut));
      }
      fs::rename(open, final_path, ec);
      if (ec) throw CorruptError(open.string() + ": cannot rename: " + ec.message());
      note(open.string() + ": recovered as " + final_path.filename().string() + " (" +
           std::to_string(ids.size()) + " records)");
      recovered[final_path.filename().string()] = std::move(ids);
    }
  }

  // Re-queue every capture whose record is not in a closed file.
  std::vector<std::string> lost;
  {
    Stmt s(db_, "SELECT url, warc_file, warc_record_id FROM urls WHERE status = 'done'");
    while (s.Step()) {
      const std::string file = s.Text(1);
      auto it = recovered.find(file);
      bool present = it != recovered.end()
                         ? it->second.count(s.Text(2)) > 0
                         : !file.empty() && fs::exists(fs::path(archive_dir) / file, ec);
      if (!present) lost.push_back(s.Text(0));
    }
  }
  for (const std::string& url : lost) {
    Stmt s(db_,
           "UPDATE urls SET status = 'queued', next_due = 0, fetched_ms = NULL, etag = NULL, "
           "last_modified = NULL, payload_digest = NULL, warc_record_id = NULL, "
           "warc_file = NULL, warc_offset = NULL, warc_date = NULL WHERE url = ?1");
    s.Bind(1, url).Step();
  }
  if (!lost.empty()) {
    note(std::to_string(lost.size()) + " URL(s) whose capture was lost will be fetched again");
  }
  if (orphans != nullptr) {
    for (const auto& [url, capture] : responses) {
      auto row = Get(url);
      if (row && (row->status != "done" || row->warc_record_id.empty())) {
        orphans->push_back({url, capture});
      }
    }
  }
  return static_cast<int>(lost.size());
}

}  // namespace vn::crawler
