#include "query/pair_sketch_filter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>

#include "common/index_schema.h"
#include "indexer/index_writer.h"
#include "indexer/pair_sketch.h"

namespace vn::query {
namespace {

using Q = Xapian::Query;

class PairSketchFilterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/vn-pair-sketch-XXXXXX";
    dir_ = mkdtemp(tmpl);
    indexer::IndexWriter w(dir_ + "/index");
    Add(w, "d1", "Tin đối ngoại", {"Hai tỉnh ký kết thỏa thuận hợp tác kinh tế."});
    Add(w, "d2", "Tác động của thời tiết", {"Tác động hợp lý đến sản xuất."});   // tác … hợp
    Add(w, "d3", "Tin tổng hợp", {"Bản tin tổng hợp", "Tác giả: Sở Ngoại vụ"});  // paragraphs
    Add(w, "d4", "Hợp hợp tác tác", {"Một câu có hợp tác ở giữa và ký kết, thỏa thuận."});
    Add(w, "d5", "Hợp tác", {"Không có gì khác."});
    Add(w, "d6", "Ký kết", {"Lễ ký kết. Các bên thỏa thuận sẽ gặp lại."});
    Add(w, "d7", "HỢP TÁC QUỐC TẾ", {"Hop tac quoc te, viết không dấu."});
    Add(w, "d8", "Giả thuyết", {"Giả thuyết về tác động của mưa."});  // giả … tác
    // Documents holding "hợp" and "tác" apart, as most documents of a real archive do, so
    // that "hợp tác" is a rare phrase of common words; and "tác giả", a common phrase.
    for (int i = 0; i < 60; ++i)
      Add(w, "f" + std::to_string(i), "Bản tin số " + std::to_string(i),
          {"Tác giả: phòng tổng hợp, số " + std::to_string(i) + "."});
    w.Commit();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static void Add(indexer::IndexWriter& w, const std::string& id, const std::string& title,
                  std::vector<std::string> body) {
    indexer::Article a;
    a.id = id;
    a.url = "http://so.example.vn/" + id;
    a.title = title;
    a.published = "2024-09-22";
    a.body = std::move(body);
    w.Add(a);
  }

  // Documents (by id) matched by the words' terms ANDed with `condition`.
  std::set<std::string> Matches(const std::vector<std::string>& words, const Q& condition) {
    Xapian::Database db(dir_ + "/index");
    std::vector<Q> terms;
    for (const auto& w : words) terms.emplace_back(std::string(schema::kFolded) + w);
    Xapian::Enquire e(db);
    e.set_query(Q(Q::OP_FILTER, Q(Q::OP_AND, terms.begin(), terms.end()), condition));
    std::set<std::string> ids;
    Xapian::MSet m = e.get_mset(0, 1000);
    for (auto it = m.begin(); it != m.end(); ++it) ids.insert(UrlId(it.get_document()));
    return ids;
  }
  static Q Phrase(const std::vector<std::string>& words) {
    std::vector<Q> terms;
    for (const auto& w : words) terms.emplace_back(std::string(schema::kFolded) + w);
    return Q(Q::OP_PHRASE, terms.begin(), terms.end());
  }
  static std::string UrlId(const Xapian::Document& d) {
    for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t)
      if ((*t).rfind(schema::kUrl, 0) == 0) return (*t).substr((*t).rfind('/') + 1);
    return "?";
  }

  const std::vector<std::vector<std::string>> kPhrases = {{"hop", "tac"},
                                                          {"tac", "hop"},
                                                          {"ky", "ket", "thoa", "thuan"},
                                                          {"hop", "tac", "quoc", "te"},
                                                          {"tong", "hop", "tac"},
                                                          {"hop", "hop"},
                                                          {"thoa", "thuan", "hop", "tac", "kinh"}};

  std::string dir_;
};

// The filter with the phrase: exactly the phrase's documents.
Q Both(const std::vector<std::string>& words, const Q& phrase) {
  return Q(Q::OP_AND, phrase, PairSketchFilter::Make(words));
}

TEST_F(PairSketchFilterTest, NeverRefusesAPhrasesDocumentAndRefusesMostOthers) {
  // "hợp tác" side by side: d1, d4, d5, d7; d2 ("tác … hợp") and d3 (across paragraphs)
  // hold both words otherwise.
  EXPECT_EQ(Matches({"hop", "tac"}, Phrase({"hop", "tac"})),
            (std::set<std::string>{"d1", "d4", "d5", "d7"}));
  const std::set<std::string> kept =
      Matches({"hop", "tac"}, PairSketchFilter::Make({"hop", "tac"}));
  EXPECT_EQ(kept.count("d2") + kept.count("d3"), 0u);
  EXPECT_LT(kept.size(), 10u) << "the sketches let most of 66 candidates through";
  for (const auto& words : kPhrases) {
    const std::set<std::string> phrase = Matches(words, Phrase(words));
    const std::set<std::string> kept = Matches(words, PairSketchFilter::Make(words));
    for (const auto& id : phrase) EXPECT_EQ(kept.count(id), 1u) << id << " refused";
    EXPECT_EQ(Matches(words, Both(words, Phrase(words))), phrase);
  }
}

TEST_F(PairSketchFilterTest, ACommonPhraseIsLeftToThePositions) {
  // "tác giả" stands in 60 of the 62 documents holding both words: sampling the candidates
  // shows it, and the filter lets every candidate through (Xapian's own phrase check, lazy,
  // is cheaper then). d8 holds both words apart.
  EXPECT_EQ(Matches({"tac", "gia"}, PairSketchFilter::Make({"tac", "gia"})),
            Matches({"tac", "gia"}, Q::MatchAll));
  EXPECT_EQ(Matches({"tac", "gia"}, PairSketchFilter::Make({"tac", "gia"})).count("d8"), 1u);
  EXPECT_EQ(Matches({"tac", "gia"}, Both({"tac", "gia"}, Phrase({"tac", "gia"}))).count("d8"), 0u);
}

TEST_F(PairSketchFilterTest, DocumentsWithoutSketchesAreLetThrough) {
  {
    Xapian::WritableDatabase db(dir_ + "/index", Xapian::DB_OPEN);
    for (Xapian::docid did = 1; did <= db.get_lastdocid(); ++did) {
      Xapian::Document d = db.get_document(did);
      ASSERT_FALSE(d.get_value(schema::kSlotPairSketch).empty()) << "document " << did;
      d.remove_value(schema::kSlotPairSketch);
      db.replace_document(did, d);
    }
    db.commit();
  }
  EXPECT_EQ(Matches({"tac", "hop"}, PairSketchFilter::Make({"tac", "hop"})),
            Matches({"tac", "hop"}, Q::MatchAll));
  for (const auto& words : kPhrases)
    EXPECT_EQ(Matches(words, Both(words, Phrase(words))), Matches(words, Phrase(words)));
}

TEST_F(PairSketchFilterTest, ADocumentWhoseSketchLacksAPairIsRefusedUnread) {
  // d5 ("Hợp tác") given a sketch of another pair: its positions still hold the phrase, but
  // the sketch is believed, which is what spares reading them. (So the filter is consulted:
  // the sketch of a real document never lacks its own pairs.)
  {
    Xapian::WritableDatabase db(dir_ + "/index", Xapian::DB_OPEN);
    Xapian::PostingIterator it = db.postlist_begin("Qd5");
    ASSERT_NE(it, db.postlist_end("Qd5"));
    Xapian::Document d = db.get_document(*it);
    indexer::PairSketch other;
    other.Add("khong", "co");
    d.add_value(schema::kSlotPairSketch, other.Serialise());
    db.replace_document(*it, d);
    db.commit();
  }
  std::set<std::string> found =
      Matches({"hop", "tac"}, Both({"hop", "tac"}, Phrase({"hop", "tac"})));
  EXPECT_EQ(found.count("d5"), 0u);
  EXPECT_EQ(found.count("d1"), 1u);
}

TEST_F(PairSketchFilterTest, SerialisesThroughItsRegistry) {
  const std::vector<std::string> words = {"ky", "ket", "thoa", "thuan"};
  const Q again =
      Q::unserialise(PairSketchFilter::Make(words).serialise(), PairSketchFilter::Registry());
  EXPECT_NE(again.get_description().find("PairSketchFilter(ky ket thoa thuan)"), std::string::npos)
      << again.get_description();
  EXPECT_EQ(Matches(words, Q(Q::OP_AND, Phrase(words), again)), Matches(words, Phrase(words)));
  // A rare phrase's filter still refuses after the round trip.
  const std::set<std::string> kept =
      Matches({"hop", "tac"}, Q::unserialise(PairSketchFilter::Make({"hop", "tac"}).serialise(),
                                             PairSketchFilter::Registry()));
  EXPECT_EQ(kept.count("d2") + kept.count("d3"), 0u);
  EXPECT_THROW(PairSketchFilter({}).unserialise(std::string("hop\0tac", 7)),
               Xapian::SerialisationError);
}

}  // namespace
}  // namespace vn::query
