#include "query/docid_part_source.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>

namespace vn::query {
namespace {

// Two glass databases of 9 and 4 documents, some deleted, searched as one: what a sharded
// index looks like to the searcher.
class DocidPartSourceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/vn-docid-part-XXXXXX";
    dir_ = mkdtemp(tmpl);
    const char* texts[] = {"hà nội",  "huế hà", "đà nẵng",      "hà giang hà", "huế",
                           "hà tĩnh", "cà mau", "hà nam hà hà", "hà"};
    Add(dir_ + "/a", std::vector<std::string>(std::begin(texts), std::end(texts)), {3, 6});
    Add(dir_ + "/b", {"hà", "sơn la", "hà hà", "huế"}, {});
    db_.add_database(Xapian::Database(dir_ + "/a"));
    db_.add_database(Xapian::Database(dir_ + "/b"));
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static void Add(const std::string& path, const std::vector<std::string>& texts,
                  const std::vector<Xapian::docid>& deleted) {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    Xapian::TermGenerator tg;
    for (const auto& t : texts) {
      Xapian::Document d;
      tg.set_document(d);
      tg.index_text(t);
      db.add_document(d);
    }
    for (Xapian::docid did : deleted) db.delete_document(did);
    db.commit();
  }

  std::map<Xapian::docid, double> Matches(const Xapian::Query& q) {
    Xapian::Enquire e(db_);
    e.set_query(q);
    std::map<Xapian::docid, double> out;
    Xapian::MSet m = e.get_mset(0, 100);
    for (auto it = m.begin(); it != m.end(); ++it) out[*it] = it.get_weight();
    return out;
  }

  std::string dir_;
  Xapian::Database db_;
};

TEST_F(DocidPartSourceTest, PartsSplitTheMatchesWithTheWholeSearchsWeights) {
  const Xapian::Query query(Xapian::Query::OP_OR, Xapian::Query("hà"), Xapian::Query("huế"));
  const std::map<Xapian::docid, double> whole = Matches(query);
  ASSERT_EQ(whole.size(), 9u);  // 6 in a (two deleted), 3 in b
  for (unsigned parts : {1u, 2u, 3u, 5u}) {
    std::map<Xapian::docid, double> joined;
    for (unsigned part = 0; part < parts; ++part)
      for (const auto& [did, weight] : Matches(DocidPartSource::Filter(query, part, parts))) {
        EXPECT_TRUE(joined.emplace(did, weight).second)
            << "document " << did << " in two parts of " << parts;
      }
    ASSERT_EQ(joined.size(), whole.size()) << parts << " parts";
    for (const auto& [did, weight] : whole) {
      ASSERT_TRUE(joined.count(did)) << "document " << did << " in no part of " << parts;
      EXPECT_DOUBLE_EQ(joined[did], weight);
    }
  }
}

TEST_F(DocidPartSourceTest, TwoPartsHoldEachDatabasesFirstAndSecondHalf) {
  // Merged ids interleave the two databases: a's n-th document is 2n-1, b's is 2n.
  std::set<Xapian::docid> first;
  for (const auto& m : Matches(DocidPartSource::Filter(Xapian::Query("hà"), 0, 2)))
    first.insert(m.first);
  // a: ids 1..9, first half 1..4 ("hà nội", "huế hà", deleted, "hà giang hà") → 1, 3, 7.
  // b: ids 1..4, first half 1..2 ("hà", "sơn la") → 2.
  EXPECT_EQ(first, (std::set<Xapian::docid>{1, 2, 3, 7}));
}

TEST(DocidPartSourceEmptyTest, AnEmptyDatabaseMatchesNothingInAnyPart) {
  char tmpl[] = "/tmp/vn-docid-part-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  { Xapian::WritableDatabase(dir + "/db", Xapian::DB_CREATE_OR_OPEN).commit(); }
  Xapian::Database db(dir + "/db");
  for (unsigned part = 0; part < 2; ++part) {
    Xapian::Enquire e(db);
    e.set_query(DocidPartSource::Filter(Xapian::Query::MatchAll, part, 2));
    EXPECT_EQ(e.get_mset(0, 10).size(), 0u);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vn::query
