// Searcher: runs a search over a vnarchive Xapian index: the parsed query, filters (place,
// organisation, person, event type, source, date range on publication or event date),
// sorting, paging, and a snippet per hit. Readers never block on a writer: each Searcher
// opens the database read-only as it was at its last commit.
//
// The index may be sharded (indexer/shard_layout.h), or a Xapian stub file (or directory
// holding XAPIANDB) listing local and `remote HOST:PORT` databases, or a list of
// xapian-tcpsrv endpoints: all shards are searched as one, with the collection statistics,
// facet counts, date ranges, sorting and snippets of one database holding the same
// documents. (Scores match too, except where Xapian 1.4 weighs a phrase under AND_MAYBE
// lazily: README, "Several machines".) Over remote shards facets are counted with Xapian's
// built-in ValueCountMatchSpy, the only kind xapian-tcpsrv can run.
//
// Over local databases a search uses two threads: the facet count and the ranking pass
// each run as two searches over halves of the documents (query/docid_part_source.h) with
// the whole index's statistics, so results and counts are those of one pass; the shown
// records and snippets are read on both threads too.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "indexer/article.h"
#include "query/snippet.h"

namespace Xapian {
class Query;
}

namespace vn::query {

struct ParsedQuery;

struct SearchRequest {
  std::string text;
  std::vector<std::string> places, orgs, people, types, sources;
  std::string since, until;              // YYYY, YYYY-MM or YYYY-MM-DD; inclusive
  std::string date_field = "published";  // or "event"
  std::string sort = "relevance";        // relevance, date (oldest first), -date (newest first)
  unsigned offset = 0;
  unsigned limit = 10;
  bool expand_places = false;       // pre-2025 provinces ⇄ their 2025 successors
  std::vector<std::string> facets;  // any of: year, place, org, person, type
  unsigned facet_limit = 10;        // values shown per facet
};

// How many of the first results (by weight) a relevance search re-ranks by word order:
// each document's weight grows by the share of the query's neighbouring words it holds side
// by side, in the order typed (ParsedQuery::order_runs). Reading positions costs about 4 µs
// per word and document, so only these are looked at.
inline constexpr unsigned kOrderWindow = 10;

struct SearchHit {
  unsigned rank = 0;
  double score = 0;
  // What a result line shows (query/hit_record.h): id, URLs, title, published, source,
  // source_province, event_type, places, page_kind, capture, body. Other fields are empty.
  indexer::Article article;
  Snippet snippet;
};

struct FacetCounts {
  std::string name;                                      // year, place, org, person, type
  std::vector<std::pair<std::string, uint64_t>> values;  // by descending count
};

struct SearchResult {
  uint64_t total_estimate = 0;
  std::vector<SearchHit> hits;
  std::vector<FacetCounts> facets;  // in the order requested; counts over all matches
  // With ShardOptions::partial: the shards left out, as "NAME: reason" (NAME is
  // host:port or the shard's path). Empty when every shard answered.
  std::vector<std::string> missing_shards;
};

struct ShardOptions {
  // A shard that cannot be opened or stops answering is left out (and named in
  // SearchResult::missing_shards) instead of failing with vn::Error(kCorrupt).
  bool partial = false;
  unsigned timeout_ms = 10000;  // per remote operation, and for connecting
};

class Searcher {
 public:
  // Throws vn::Error(kUsage) when there is no index at `index_dir`, kCorrupt when unreadable
  // or (without options.partial) when one of its shards is.
  explicit Searcher(const std::string& index_dir, const ShardOptions& options = {});
  // The databases served by xapian-tcpsrv at each "HOST:PORT", searched as one index.
  // Throws vn::Error(kUsage) for a malformed endpoint.
  Searcher(const std::vector<std::string>& remote, const ShardOptions& options = {});
  ~Searcher();
  SearchResult Search(const SearchRequest& request) const;

 private:
  SearchResult Run(const Xapian::Query& query, const Xapian::Query& match,
                   const ParsedQuery& parsed, const SearchRequest& request) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Expands a user date ("2024", "2024-09", "2024-09-19", "19/9/2024") to the first or last
// day it covers, as YYYYMMDD. Throws vn::Error(kUsage) for anything else.
std::string DateBound(const std::string& value, bool end);

}  // namespace vn::query
