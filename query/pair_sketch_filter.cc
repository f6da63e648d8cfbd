#include "query/pair_sketch_filter.h"

#include <algorithm>
#include <string_view>

#include "common/index_schema.h"
#include "indexer/pair_sketch.h"
#include "query/revision_cache.h"

namespace vn::query {

// Every document's pair sketch, read once per database revision and shared: Xapian 1.4
// re-seeks its value chunk for each skip_to (1.3 µs per candidate; reading the whole slot in
// order costs 0.3 µs a document, about 10 ms for 33,000).
class PairSketchFilter::SketchTable {
 public:
  explicit SketchTable(const Xapian::Database& db) {
    offsets_.assign(static_cast<size_t>(db.get_lastdocid()) + 2, 0);
    Xapian::docid next = 1;  // offsets_ filled up to here
    for (auto it = db.valuestream_begin(schema::kSlotPairSketch);
         it != db.valuestream_end(schema::kSlotPairSketch); ++it) {
      const Xapian::docid did = it.get_docid();
      if (did + 1 >= offsets_.size()) offsets_.resize(static_cast<size_t>(did) + 2, 0);
      for (; next <= did; ++next) offsets_[next] = bytes_.size();
      bytes_ += *it;
    }
    for (; next < offsets_.size(); ++next) offsets_[next] = bytes_.size();
  }
  // Empty for a document without a sketch (or past the table).
  std::string_view Get(Xapian::docid did) const {
    if (did + 1 >= offsets_.size()) return {};
    return std::string_view(bytes_).substr(offsets_[did], offsets_[did + 1] - offsets_[did]);
  }

 private:
  std::vector<uint64_t> offsets_;  // document d's sketch is bytes_[offsets_[d], offsets_[d + 1])
  std::string bytes_;
};

PairSketchFilter::~PairSketchFilter() = default;

PairSketchFilter::PairSketchFilter(std::vector<std::string> words) : words_(std::move(words)) {
  for (size_t i = 0; i + 1 < words_.size(); ++i)
    pair_hashes_.push_back(indexer::PairSketch::PairHash(words_[i], words_[i + 1]));
}

Xapian::Query PairSketchFilter::Make(const std::vector<std::string>& words) {
  return Xapian::Query((new PairSketchFilter(words))->release());
}

Xapian::Registry PairSketchFilter::Registry() {
  Xapian::Registry registry;
  registry.register_posting_source(PairSketchFilter({}));
  return registry;
}

void PairSketchFilter::init(const Xapian::Database& db) {
  doccount_ = db.get_doccount();
  last_ = db.get_lastdocid();
  current_ = 0;
  constexpr size_t kKeep = 8;  // eight shards; each table is about 450 bytes a document
  const std::string uuid = db.get_uuid();
  auto build = [&] { return std::make_shared<const SketchTable>(db); };
  sketches_ = uuid.empty()
                  ? build()
                  : SharedPerRevision<SketchTable>(uuid + "\n" + std::to_string(db.get_revision()),
                                                   schema::kSlotPairSketch, kKeep, build);
  active_ = !pair_hashes_.empty() && FewMayHold(db);
}

bool PairSketchFilter::FewMayHold(const Xapian::Database& db) const {
  // A sample of the documents holding the rarest word: how many may hold the phrase? Where
  // many do (a common phrase: "thủ tướng"), Xapian finds a first page of matches quickly and
  // then reads positions only for documents that could still enter it; asking the sketch
  // about every candidate would cost more than it spares.
  constexpr unsigned kSample = 128;
  std::string rarest;
  Xapian::doccount fewest = 0;
  for (const auto& w : words_) {
    const std::string term = std::string(schema::kFolded) + w;
    const Xapian::doccount tf = db.get_termfreq(term);
    if (rarest.empty() || tf < fewest) {
      rarest = term;
      fewest = tf;
    }
  }
  unsigned sampled = 0, may_hold = 0;
  for (auto it = db.postlist_begin(rarest); it != db.postlist_end(rarest) && sampled < kSample;
       ++it, ++sampled)
    may_hold += MayHold(*it);
  return may_hold * 8 < sampled;  // under one in eight
}

bool PairSketchFilter::MayHold(Xapian::docid did) const {
  const std::string_view sketch = sketches_->Get(did);
  for (uint64_t h : pair_hashes_)
    if (!indexer::PairSketch::MayHold(sketch, h)) return false;
  return true;
}

void PairSketchFilter::next(double) {
  for (++current_; current_ <= last_; ++current_)
    if (!active_ || MayHold(current_)) return;
}

void PairSketchFilter::skip_to(Xapian::docid did, double min_wt) {
  if (did <= current_) return;
  current_ = did - 1;
  next(min_wt);
}

bool PairSketchFilter::check(Xapian::docid did, double) {
  // Asked about a candidate: may it hold the phrase? When not, the position is left on it,
  // and next() goes on after it, which is what Xapian expects of a false check.
  current_ = did;
  return !active_ || MayHold(did);
}

PairSketchFilter* PairSketchFilter::clone() const { return new PairSketchFilter(words_); }

std::string PairSketchFilter::name() const { return "vnarchive.PairSketchFilter"; }

std::string PairSketchFilter::serialise() const {
  std::string out;
  for (const auto& w : words_) out.append(w).push_back('\0');
  return out;
}

PairSketchFilter* PairSketchFilter::unserialise(const std::string& serialised) const {
  std::vector<std::string> words;
  size_t from = 0;
  for (size_t nul = serialised.find('\0'); nul != std::string::npos;
       nul = serialised.find('\0', from)) {
    words.push_back(serialised.substr(from, nul - from));
    from = nul + 1;
  }
  if (from != serialised.size())
    throw Xapian::SerialisationError("PairSketchFilter: truncated word list");
  return new PairSketchFilter(std::move(words));
}

std::string PairSketchFilter::get_description() const {
  std::string out = "PairSketchFilter(";
  for (size_t i = 0; i < words_.size(); ++i) out += (i ? " " : "") + words_[i];
  return out + ")";
}

}  // namespace vn::query
