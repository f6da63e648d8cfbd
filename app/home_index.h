// Indexing a data home's archive into its index, shared by `index`, `update`, `reindex`
// and `check --repair`: which files, which source definitions, which generation, and the
// summary line each command prints. Callers hold the home's HomeLock.
#pragma once

#include <functional>
#include <string>

#include "app/home.h"
#include "indexer/warc_indexer.h"

namespace vn::app {

using LogFn = std::function<void(const std::string&)>;

// Options for indexing `warc_files` (default: every closed file of the home's archive) into
// `index_dir`, with each site's province from `sources_file` (default: the home's
// sources.toml, when present).
indexer::IndexOptions HomeIndexOptions(const DataHome& home, const std::string& index_dir,
                                       const std::string& sources_file, LogFn log);

// Indexes what is new in the archive into the live generation (created when missing).
indexer::IndexSummary IndexHomeIncrementally(const DataHome& home, const std::string& sources_file,
                                             LogFn log);

// Builds a new generation from the whole archive (or, with `since`, a copy of the live one
// with the captures from `since` on extracted again) and switches to it atomically.
// Returns the summary; `*generation` receives the new directory.
indexer::IndexSummary RebuildHomeIndex(const DataHome& home, const std::string& sources_file,
                                       const std::string& since, LogFn log,
                                       std::string* generation);

// "N file(s) read, M skipped as done, R records: P pages indexed, U unchanged, ..."
std::string IndexSummaryLine(const indexer::IndexSummary& s);

}  // namespace vn::app
