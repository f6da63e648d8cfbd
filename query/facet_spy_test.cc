#include "query/facet_spy.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "common/index_schema.h"

namespace vn::query {
namespace {

class FacetSpyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/vn-facet-XXXXXX";
    dir_ = mkdtemp(tmpl);
    Xapian::WritableDatabase db(dir_, Xapian::DB_CREATE_OR_OPEN);
    for (const char* joined : {"Huế\x1fĐà Nẵng", "Huế", "", "Quảng Trị\x1fHuế", "Đà Nẵng"}) {
      Xapian::Document d;
      d.add_term("Xdoc");
      if (*joined) d.add_value(schema::kSlotFacetPlace, joined);
      db.add_document(d);
    }
    db.delete_document(2);  // a hole in the document numbers
    db.commit();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string dir_;
};

TEST_F(FacetSpyTest, CountsEveryValueOfTheMatchedDocuments) {
  Xapian::Database db(dir_);
  auto table = std::make_shared<const FacetTable>(db, schema::kSlotFacetPlace);
  EXPECT_EQ(table->value_count(), 3u);
  EXPECT_EQ(TopValues(*table, table->Totals(), 10),
            (std::vector<std::pair<std::string, uint64_t>>{
                {"Huế", 2}, {"Đà Nẵng", 2}, {"Quảng Trị", 1}}));
  FacetSpy spy(table);
  Xapian::Enquire e(db);
  e.set_query(Xapian::Query("Xdoc"));
  e.add_matchspy(&spy);
  e.get_mset(0, 0, db.get_doccount());
  EXPECT_EQ(spy.Top(2),
            (std::vector<std::pair<std::string, uint64_t>>{{"Huế", 2}, {"Đà Nẵng", 2}}));
  std::unordered_map<std::string_view, uint64_t> sums;
  spy.AddCounts(&sums);
  spy.AddCounts(&sums);
  EXPECT_EQ(sums["Quảng Trị"], 2u);
  // Documents past the table (added after it was built) count nothing rather than crash.
  std::vector<uint32_t> counts(table->value_count(), 0);
  table->Add(db.get_lastdocid() + 5, &counts);
  EXPECT_EQ(counts, std::vector<uint32_t>(3, 0));
}

TEST_F(FacetSpyTest, SpiesOfTwoPartsMergeToTheWholeCount) {
  Xapian::Database db(dir_);
  auto table = std::make_shared<const FacetTable>(db, schema::kSlotFacetPlace);
  FacetSpy first(table), second(table);
  first(db.get_document(1), 0);  // document 2 was deleted
  for (Xapian::docid did : {3u, 4u, 5u}) second(db.get_document(did), 0);
  first.Merge(second);
  EXPECT_EQ(first.Top(10), (std::vector<std::pair<std::string, uint64_t>>{
                               {"Huế", 2}, {"Đà Nẵng", 2}, {"Quảng Trị", 1}}));
  FacetSpy other(std::make_shared<const FacetTable>(db, schema::kSlotFacetPlace));
  EXPECT_THROW(first.Merge(other), std::logic_error);
}

TEST_F(FacetSpyTest, SharedTablesFollowTheRevision) {
  Xapian::Database db(dir_);
  auto a = FacetTable::Shared(db, dir_ + "\n1", schema::kSlotFacetPlace);
  EXPECT_EQ(FacetTable::Shared(db, dir_ + "\n1", schema::kSlotFacetPlace), a);
  std::weak_ptr<const FacetTable> old = a;
  a.reset();
  auto b = FacetTable::Shared(db, dir_ + "\n2", schema::kSlotFacetPlace);
  EXPECT_TRUE(old.expired()) << "the older revision's table stays cached";
  EXPECT_NE(FacetTable::Shared(db, dir_ + "\n2", schema::kSlotFacetOrg), b);
}

}  // namespace
}  // namespace vn::query
