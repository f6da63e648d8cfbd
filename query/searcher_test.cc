#include "query/searcher.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/index_writer.h"

namespace vn::query {
namespace {

using indexer::Article;

class SearcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("vn_searcher_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    indexer::IndexWriter w(dir_.string());
    Add(w, "a1", "Ký kết Thoả thuận hợp tác giữa ba Trung tâm Phục vụ Đối ngoại",
        "2020-05-25T08:53:00+07:00",
        {"Chiều ngày 15/5/2020 tại Thừa Thiên Huế đã diễn ra lễ ký kết Thoả thuận hợp tác "
         "giữa Trung tâm Phục vụ Đối ngoại Đà Nẵng và Quảng Trị."},
        "Quảng Trị");
    Add(w, "a2", "Con đường hữu nghị Việt - Lào", "2024-09-22T14:14:00+07:00",
        {"Con đường hữu nghị nối hai tỉnh được khánh thành, mở ra con đường giao thương mới."},
        "Quảng Trị");
    Add(w, "a3", "Hội thảo về hợp tác khu vực Thái Bình Dương", "2024-09-30",
        {"Các đại biểu bàn về an ninh khu vực Thái Bình Dương và hợp tác kinh tế."}, "Đà Nẵng");
    Add(w, "a4", "Tổng kết công tác đối ngoại năm 2018", "2019-01-08",
        {"Sáng ngày 8/01, Sở Ngoại vụ Thừa Thiên Huế tổ chức hội nghị tổng kết công tác đối "
         "ngoại."},
        "Thừa Thiên Huế");
    Add(w, "a5", "Đoàn TP.HCM thăm hữu nghị", "2017-03-01",
        {"Đoàn đại biểu TP.HCM đã đến thăm và làm việc."}, "");
    Add(w, "a6", "Tọa đàm tại Sài Gòn", "2017-03-02",
        {"Buổi tọa đàm diễn ra tại Sài Gòn với Ủy ban nhân dân thành phố."}, "");
    Add(w, "a7", "Hội nghị ở Thành phố Hồ Chí Minh", "2017-03-03",
        {"Hội nghị diễn ra ở Thành phố Hồ Chí Minh, Sở Ngoại vụ tỉnh Quảng Bình dự."}, "");
    w.Commit();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static void Add(indexer::IndexWriter& w, const std::string& id, const std::string& title,
                  const std::string& published, std::vector<std::string> body,
                  const std::string& province) {
    Article a;
    a.id = id;
    a.url = "http://portal.example.vn/" + id + ".html";
    a.title = title;
    a.published = published;
    a.body = std::move(body);
    a.source_province = province;
    if (id == "a7") a.places = {{"Quảng Bình", "Quảng Bình", "province", "Quảng Trị", "VN", {}}};
    w.Add(a);
  }

  std::vector<std::string> Ids(SearchRequest r) {
    Searcher s(dir_.string());
    std::vector<std::string> ids;
    for (const auto& h : s.Search(r).hits) ids.push_back(h.article.id);
    return ids;
  }
  std::vector<std::string> Ids(const std::string& text) {
    SearchRequest r;
    r.text = text;
    return Ids(r);
  }

  std::filesystem::path dir_;
};

TEST_F(SearcherTest, WithoutDiacriticsFindsAccentedText) {
  EXPECT_EQ(Ids("thoa thuan hop tac da nang"), std::vector<std::string>{"a1"});
  EXPECT_EQ(Ids("TONG KET CONG TAC DOI NGOAI").front(), "a4");
}

TEST_F(SearcherTest, EitherToneStyleFindsTheOther) {
  // The page wrote "Thoả" (new style); the query uses old style and capitals.
  EXPECT_EQ(Ids("THỎA THUẬN"), std::vector<std::string>{"a1"});
  EXPECT_EQ(Ids("thoả thuận"), std::vector<std::string>{"a1"});
}

TEST_F(SearcherTest, ExactMarksRankAboveFoldedMatches) {
  auto with_marks = Ids("đường");
  ASSERT_EQ(with_marks.size(), 2u);
  EXPECT_EQ(with_marks[0], "a2");  // "con đường" above "Thái Bình Dương"
  auto folded = Ids("duong");
  EXPECT_EQ(folded.size(), 2u);
  EXPECT_EQ(Ids("dương").front(), "a3");
}

TEST_F(SearcherTest, PhrasesExclusionAndOr) {
  EXPECT_EQ(Ids("\"thai binh duong\""), std::vector<std::string>{"a3"});
  EXPECT_TRUE(Ids("\"binh thai\"").empty());
  EXPECT_EQ(Ids("hợp tác -\"thái bình dương\""), std::vector<std::string>{"a1"});
  auto either = Ids("khánh OR hội thảo");
  EXPECT_EQ(either.size(), 2u);
}

TEST_F(SearcherTest, QuotedWordsTypedWithMarksKeepThem) {
  // "Thái Bình Dương" is in a3; a quoted "đường" is not "Dương", an unquoted one is.
  EXPECT_TRUE(Ids("\"bình đường\"").empty());
  EXPECT_EQ(Ids("\"bình dương\""), std::vector<std::string>{"a3"});
  EXPECT_EQ(Ids("\"bình duong\""), std::vector<std::string>{"a3"});  // unmarked: any marks
  // Either tone style is one spelling.
  EXPECT_EQ(Ids("\"thỏa thuận hợp tác\""), std::vector<std::string>{"a1"});
}

TEST_F(SearcherTest, WordsInTheOrderTypedRankFirst) {
  // Both orders match the same pages; the order the pages wrote ("hợp tác") weighs more.
  Searcher s(dir_.string());
  auto score_of = [&](const std::string& text, const std::string& id) {
    SearchRequest r;
    r.text = text;
    for (const auto& h : s.Search(r).hits)
      if (h.article.id == id) return h.score;
    return -1.0;
  };
  for (const char* id : {"a1", "a3"}) {
    double in_order = score_of("hợp tác", id), reversed = score_of("tác hợp", id);
    ASSERT_GT(reversed, 0) << id;
    EXPECT_NEAR(in_order / reversed, 2.0, 1e-9) << id;  // every pair side by side: twice
  }
}

TEST_F(SearcherTest, DateRangeIncludesEndDays) {
  SearchRequest r;
  r.since = "2024-09-22";
  r.until = "2024-09-30";
  r.sort = "date";
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"a2", "a3"}));
  r.since = "2019";
  r.until = "2020-05-25";
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"a4", "a1"}));
  r.until = "2020-05-24";
  EXPECT_EQ(Ids(r), std::vector<std::string>{"a4"});
}

TEST_F(SearcherTest, PlaceFilterWithOrWithoutMarks) {
  SearchRequest r;
  r.text = "hợp tác";
  r.places = {"da nang"};
  EXPECT_EQ(Ids(r), std::vector<std::string>{"a3"});
  r.places = {"Quảng Trị"};
  EXPECT_EQ(Ids(r), std::vector<std::string>{"a1"});
}

TEST_F(SearcherTest, SnippetHighlightsMatchedWords) {
  Searcher s(dir_.string());
  SearchRequest r;
  r.text = "khanh thanh";
  auto result = s.Search(r);
  ASSERT_EQ(result.hits.size(), 1u);
  const auto& sn = result.hits[0].snippet;
  ASSERT_EQ(sn.highlights.size(), 2u);
  EXPECT_NE(sn.text.find("khánh thành"), std::string::npos);
}

TEST_F(SearcherTest, BadRequestsAreUsageErrors) {
  SearchRequest r;
  r.since = "2024-13";
  Searcher s(dir_.string());
  try {
    s.Search(r);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("2024-13"), std::string::npos);
  }
  r = SearchRequest{};
  r.text = "\"unclosed";
  EXPECT_THROW(s.Search(r), Error);
  EXPECT_THROW(Searcher("/nonexistent/index"), Error);
}

TEST_F(SearcherTest, AliasesFindEveryFormOfAName) {
  for (const char* q : {"tphcm", "TP.HCM", "sai gon", "thành phố hồ chí minh"}) {
    auto ids = Ids(q);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"a5", "a6", "a7"})) << q;
  }
  // An abbreviation and its long form meet.
  EXPECT_EQ(Ids("UBND thành phố"), std::vector<std::string>{"a6"});
  // Marks typed must match: "nhất" (first) is not "Nhật" (Japan).
  EXPECT_TRUE(Ids("nhất").empty());
}

TEST_F(SearcherTest, IndexWithoutNameTermsFindsNamesByTheirForms) {
  {
    Xapian::WritableDatabase db(dir_.string());
    EXPECT_EQ(db.get_metadata(schema::kSchemaVersionKey), schema::kSchemaVersion);
    // Strip what a schema-1 index lacks: the key and every name term.
    db.set_metadata(schema::kSchemaVersionKey, "");
    std::vector<std::string> names;
    for (auto t = db.allterms_begin(schema::kAliasGroup); t != db.allterms_end(schema::kAliasGroup);
         ++t)
      names.push_back(*t);
    ASSERT_FALSE(names.empty());
    for (Xapian::docid d = 1; d <= db.get_lastdocid(); ++d) {
      Xapian::Document doc = db.get_document(d);
      for (const auto& n : names) try {
          doc.remove_term(n);
        } catch (const Xapian::InvalidArgumentError&) {
        }
      db.replace_document(d, doc);
    }
    db.commit();
  }
  for (const char* q : {"tphcm", "TP.HCM", "sai gon", "thành phố hồ chí minh"}) {
    auto ids = Ids(q);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"a5", "a6", "a7"})) << q;
  }
  EXPECT_EQ(Ids("UBND thành phố"), std::vector<std::string>{"a6"});
}

TEST_F(SearcherTest, ExpandPlacesLinksOldAndNewProvinces) {
  SearchRequest r;
  r.places = {"Quảng Trị"};
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"a2", "a1"}));  // newest first
  r.expand_places = true;
  auto ids = Ids(r);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a2", "a7"}));
  r = SearchRequest{};
  r.places = {"Quảng Bình"};
  r.expand_places = true;
  ids = Ids(r);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a2", "a7"}));
}

TEST_F(SearcherTest, FacetsCountEveryMatch) {
  Searcher s(dir_.string());
  SearchRequest r;
  r.limit = 1;
  r.facets = {"year", "place"};
  auto result = s.Search(r);
  ASSERT_EQ(result.facets.size(), 2u);
  EXPECT_EQ(result.facets[0].name, "year");
  EXPECT_EQ(result.facets[0].values[0], (std::pair<std::string, uint64_t>{"2017", 3}));
  EXPECT_EQ(result.facets[1].values[0], (std::pair<std::string, uint64_t>{"Quảng Trị", 2}));
  r.facets = {"colour"};
  EXPECT_THROW(s.Search(r), Error);
}

TEST(DateBoundTest, Forms) {
  EXPECT_EQ(DateBound("2024", false), "20240101");
  EXPECT_EQ(DateBound("2024", true), "20241231");
  EXPECT_EQ(DateBound("2024-02", true), "20240229");
  EXPECT_EQ(DateBound("2023-02", true), "20230228");
  EXPECT_EQ(DateBound("19/9/2024", false), "20240919");
  EXPECT_THROW(DateBound("2024-02-30", false), Error);
  EXPECT_THROW(DateBound("hôm qua", false), Error);
}

TEST(SearcherShardsTest, MalformedEndpointsAndStubLinesAreRejected) {
  for (const char* bad : {"sov.example.vn", "10.0.0.2:", ":33333", "10.0.0.2:http", "h:99999"}) {
    try {
      Searcher s(std::vector<std::string>{bad});
      ADD_FAILURE() << "accepted " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kUsage);
      EXPECT_NE(std::string(e.what()).find(std::string("'") + bad + "' is not HOST:PORT"),
                std::string::npos)
          << e.what();
    }
  }
  auto stub =
      std::filesystem::temp_directory_path() / ("vn_searcher_stub_" + std::to_string(::getpid()));
  std::ofstream(stub) << "# shards\nglass shard-0\nftp 10.0.0.2:21\n";
  try {
    Searcher s(stub.string());
    ADD_FAILURE() << "accepted an ftp line";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kCorrupt);
    EXPECT_NE(std::string(e.what()).find(stub.string() + ":3: 'ftp 10.0.0.2:21'"),
              std::string::npos)
        << e.what();
  }
  std::filesystem::remove(stub);
}

TEST_F(SearcherTest, ShardThatCannotBeOpenedIsNamedOrLeftOut) {
  auto stub = dir_.parent_path() / (dir_.filename().string() + ".stub");
  // The good shard by absolute path, a missing one by a path relative to the stub.
  std::ofstream(stub) << "auto " << dir_.string() << "\nglass no-such-shard\n";
  std::string missing = (dir_.parent_path() / "no-such-shard").string();
  try {
    Searcher s(stub.string());
    ADD_FAILURE() << "opened an index with a shard missing";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kCorrupt);
    EXPECT_NE(std::string(e.what()).find("shard " + missing + " cannot be opened"),
              std::string::npos)
        << e.what();
  }
  ShardOptions partial;
  partial.partial = true;
  Searcher s(stub.string(), partial);
  SearchRequest r;
  r.text = "huu nghi";
  SearchResult result = s.Search(r);
  EXPECT_EQ(result.hits.size(), 2u);
  ASSERT_EQ(result.missing_shards.size(), 1u);
  EXPECT_EQ(result.missing_shards[0].rfind(missing + ": cannot be opened", 0), 0u);
  // Every shard gone: an error even with partial, never an empty "success".
  std::ofstream(stub) << "glass no-such-shard\n";
  EXPECT_THROW(Searcher(stub.string(), partial), Error);
  std::filesystem::remove(stub);
}

}  // namespace
}  // namespace vn::query
