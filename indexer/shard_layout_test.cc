#include "indexer/shard_layout.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/extractor.h"
#include "indexer/index_writer.h"

namespace vn::indexer {
namespace {

namespace fs = std::filesystem;

Article MakeArticle(int i, const std::string& capture_date = "2024-09-20T08:00:00Z") {
  static const char* kTitles[] = {
      "Ký kết Thỏa thuận hợp tác giữa Quảng Trị và Savannakhet",
      "Đoàn đại biểu tỉnh Salavan thăm và làm việc tại Quảng Trị",
      "Hội nghị tổng kết công tác đối ngoại năm 2024",
      "Trao tặng Huân chương Hữu nghị cho cán bộ Lào",
      "Tọa đàm hợp tác biên giới Việt Nam - Lào",
  };
  Article a;
  a.url = "https://snv.quangtri.gov.vn/tin-tuc/bai-" + std::to_string(i) + ".html";
  a.id = Sha1Hex(a.url);
  a.title = kTitles[i % 5];
  a.body = {"Sáng ngày " + std::to_string(1 + i % 28) +
            "/9/2024, Sở Ngoại vụ tỉnh Quảng Trị tổ chức buổi làm việc số " + std::to_string(i) +
            " với đoàn công tác tỉnh Savannakhet."};
  a.published = "2024-09-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(1 + i % 28);
  a.source_province = "Quảng Trị";
  a.capture_date = capture_date;
  return a;
}

class ShardLayoutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vn_shard_layout_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Dir(const std::string& sub = "index") const { return (dir_ / sub).string(); }

  // The ids in one shard database.
  static std::set<std::string> IdsIn(const std::string& path) {
    Xapian::Database db(path);
    std::set<std::string> ids;
    for (auto t = db.allterms_begin(schema::kId); t != db.allterms_end(schema::kId); ++t)
      ids.insert((*t).substr(1));
    return ids;
  }

  fs::path dir_;
};

TEST(ShardArgumentTest, ParsesNOfMAndRejectsEverythingElse) {
  EXPECT_EQ(ParseShardArgument("0/4"), (ShardSpec{4, 0}));
  EXPECT_EQ(ParseShardArgument("3/4"), (ShardSpec{4, 3}));
  EXPECT_EQ(ParseShardArgument("0/1"), ShardSpec{});  // one shard of one is a plain index
  for (const char* bad : {"4/4", "1/0", "2", "/3", "1/", "-1/3", "1/3x", "a/b", "0/1000", ""}) {
    try {
      ParseShardArgument(bad);
      ADD_FAILURE() << "accepted '" << bad << "'";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kUsage);
      EXPECT_NE(std::string(e.what()).find(std::string("'") + bad + "'"), std::string::npos)
          << e.what();
    }
  }
}

TEST(ShardOfTest, IsStableAndSpreadsDocumentIds) {
  // Fixed values: a change of hash would silently move documents between shards of
  // existing indexes, so it must show up here.
  EXPECT_EQ(ShardOf("", 7), 14695981039346656037ull % 7);
  EXPECT_EQ(ShardOf("a", 1000), 0xaf63dc4c8601ec8cull % 1000);
  EXPECT_EQ(ShardOf("anything", 1), 0u);
  std::map<unsigned, int> per_shard;
  for (int i = 0; i < 3000; ++i) {
    unsigned s = ShardOf(Sha1Hex("https://sov.example.vn/" + std::to_string(i)), 3);
    ASSERT_LT(s, 3u);
    ++per_shard[s];
  }
  for (const auto& [shard, n] : per_shard) {
    EXPECT_GT(n, 850) << "shard " << shard;
    EXPECT_LT(n, 1150) << "shard " << shard;
  }
}

TEST_F(ShardLayoutTest, WriterSplitsDocumentsByIdAndXapianOpensTheDirectoryAsOne) {
  {
    IndexWriter w(Dir(), 3u);
    for (int i = 0; i < 30; ++i) EXPECT_TRUE(w.Add(MakeArticle(i)));
    w.Commit();
    EXPECT_EQ(w.document_count(), 30u);
  }
  EXPECT_EQ(IndexWriter::ShardCount(Dir()), 3u);
  EXPECT_EQ(IndexWriter::Layout(Dir()), (ShardSpec{3, -1}));
  std::set<std::string> all;
  for (unsigned n = 0; n < 3; ++n) {
    std::set<std::string> ids = IdsIn(ShardPath(Dir(), n));
    EXPECT_FALSE(ids.empty()) << "shard " << n;
    for (const auto& id : ids) {
      EXPECT_EQ(ShardOf(id, 3), n) << id;
      all.insert(id);
    }
    EXPECT_EQ(Xapian::Database(ShardPath(Dir(), n)).get_metadata(kShardMetadataKey),
              std::to_string(n) + "/3");
  }
  EXPECT_EQ(all.size(), 30u);
  Xapian::Database whole(Dir());  // the stub directory
  EXPECT_EQ(whole.get_doccount(), 30u);
  Xapian::Enquire enquire(whole);
  enquire.set_query(Xapian::Query(std::string(schema::kFolded) + "savannakhet"));
  EXPECT_EQ(enquire.get_mset(0, 100).size(), 30u);
}

TEST_F(ShardLayoutTest, ReopenedWriterReplacesInTheRightShard) {
  {
    IndexWriter w(Dir(), 2u);
    for (int i = 0; i < 10; ++i) w.Add(MakeArticle(i));
    w.Commit();
  }
  {
    // As `update` opens it: by path alone.
    IndexWriter w(Dir());
    EXPECT_EQ(w.layout(), (ShardSpec{2, -1}));
    Article newer = MakeArticle(4, "2025-01-01T00:00:00Z");
    newer.title = "Bản tin cập nhật: Quảng Trị đón đoàn Savannakhet";
    EXPECT_TRUE(w.Add(newer));
    EXPECT_FALSE(w.Add(MakeArticle(5, "2020-01-01T00:00:00Z")));  // older capture
    w.Commit();
    EXPECT_EQ(w.document_count(), 10u);
  }
  Xapian::Database whole(Dir());
  EXPECT_EQ(whole.get_doccount(), 10u);
  std::string id_term = std::string(schema::kId) + MakeArticle(4).id;
  EXPECT_EQ(whole.get_termfreq(id_term), 1u);
  Xapian::Database shard(ShardPath(Dir(), ShardOf(MakeArticle(4).id, 2)));
  Xapian::PostingIterator p = shard.postlist_begin(id_term);
  ASSERT_NE(p, shard.postlist_end(id_term));
  EXPECT_NE(shard.get_document(*p).get_data().find("Bản tin cập nhật"), std::string::npos);
}

TEST_F(ShardLayoutTest, SingleShardBuildKeepsOnlyItsDocuments) {
  std::set<std::string> expected;
  {
    IndexWriter w(Dir(), ParseShardArgument("1/3"));
    for (int i = 0; i < 30; ++i) {
      Article a = MakeArticle(i);
      bool mine = ShardOf(a.id, 3) == 1;
      EXPECT_EQ(w.Holds(a.id), mine);
      EXPECT_EQ(w.Add(a), mine);
      if (mine) expected.insert(a.id);
    }
    w.Commit();
  }
  EXPECT_FALSE(fs::exists(ShardPath(Dir(), 0)));
  EXPECT_EQ(IdsIn(ShardPath(Dir(), 1)), expected);
  EXPECT_EQ(IndexWriter::Layout(Dir()), (ShardSpec{3, 1}));
  EXPECT_EQ(Xapian::Database(Dir()).get_doccount(), expected.size());
  // The shards of one split built apart (as on three machines) hold every document once.
  std::set<std::string> all = expected;
  for (unsigned n : {0u, 2u}) {
    std::string other = Dir("machine-" + std::to_string(n));
    IndexWriter w(other, ShardSpec{3, static_cast<int>(n)});
    for (int i = 0; i < 30; ++i) w.Add(MakeArticle(i));
    w.Commit();
    for (const auto& id : IdsIn(ShardPath(other, n))) EXPECT_TRUE(all.insert(id).second) << id;
  }
  EXPECT_EQ(all.size(), 30u);
}

TEST_F(ShardLayoutTest, ChangingTheSplitOfAnExistingIndexIsRefused) {
  {
    IndexWriter plain(Dir("plain"));
    plain.Add(MakeArticle(1));
    plain.Commit();
  }
  EXPECT_EQ(IndexWriter::ShardCount(Dir("plain")), 1u);
  EXPECT_EQ(IndexWriter::ShardCount(Dir("missing")), 1u);
  try {
    IndexWriter w(Dir("plain"), 2u);
    ADD_FAILURE() << "re-split a plain index";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("plain, not 2 shards"), std::string::npos) << e.what();
  }
  { IndexWriter w(Dir("split"), 2u); }
  EXPECT_THROW(IndexWriter(Dir("split"), 4u), Error);
  EXPECT_THROW(IndexWriter(Dir("split"), ShardSpec{2, 0}), Error);
  EXPECT_NO_THROW(IndexWriter(Dir("split"), 2u));
}

TEST_F(ShardLayoutTest, StubListingRemoteShardsIsNotWritable) {
  fs::create_directories(Dir());
  std::ofstream(Dir() + "/" + kStubFile) << "remote 10.0.0.2:33333\nremote 10.0.0.3:33333\n";
  try {
    IndexWriter w(Dir());
    ADD_FAILURE() << "opened a remote stub for writing";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("XAPIANDB:1: 'remote 10.0.0.2:33333'"), std::string::npos)
        << e.what();
  }
}

TEST_F(ShardLayoutTest, ShardWithWrongMetadataIsCorrupt) {
  { IndexWriter w(Dir(), 2u); }
  {
    Xapian::WritableDatabase db(ShardPath(Dir(), 1), Xapian::DB_OPEN);
    db.set_metadata(kShardMetadataKey, "1/3");
    db.commit();
  }
  try {
    ReadShardSpec(Dir());
    ADD_FAILURE() << "accepted shards that disagree";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kCorrupt);
    EXPECT_NE(std::string(e.what()).find("disagree"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace vn::indexer
