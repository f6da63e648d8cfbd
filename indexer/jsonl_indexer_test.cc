#include "indexer/jsonl_indexer.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/index_ledger.h"
#include "indexer/parallel_build.h"

namespace vn::indexer {
namespace {

namespace fs = std::filesystem;

class JsonlIndexerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/vn-jsonl-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // `n` news records, every seventh repeating an earlier id with a newer text.
  std::string WriteCorpus(const std::string& name, int n) {
    const char* places[] = {"Quảng Trị", "Savannakhet", "Huế", "Đà Nẵng", "Hà Nội"};
    std::string path = dir_ + "/" + name;
    std::ofstream out(path);
    for (int i = 0; i < n; ++i) {
      int id = i % 7 == 6 ? i - 3 : i;
      std::string place = places[i % 5];
      nlohmann::json j{{"id", "rec-" + std::to_string(id)},
                       {"url", "https://baomoi.example/" + std::to_string(id) + ".epi"},
                       {"title", "Đoàn công tác tỉnh " + place + " số " + std::to_string(i)},
                       {"date", "2017-0" + std::to_string(1 + i % 9) + "-1" +
                                    std::to_string(i % 10) + " 08:00:00"},
                       {"text", "Sáng nay, lãnh đạo tỉnh " + place +
                                    " tiếp đoàn và ký kết thỏa thuận hợp tác lần " +
                                    std::to_string(i) + ".\nHai bên trao đổi kinh nghiệm."}};
      out << j.dump() << "\n";
    }
    out << "{not json\n";
    return path;
  }

  // Each document's id term → its stored record and its sorted terms.
  static std::map<std::string, std::pair<std::string, std::vector<std::string>>> Contents(
      const std::string& index) {
    std::map<std::string, std::pair<std::string, std::vector<std::string>>> out;
    Xapian::Database db(index);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      Xapian::Document doc = db.get_document(*it);
      std::vector<std::string> terms(doc.termlist_begin(), doc.termlist_end());
      std::string id;
      for (const auto& t : terms)
        if (t.rfind(schema::kId, 0) == 0) id = t;
      out[id] = {doc.get_data(), terms};
    }
    return out;
  }

  std::string dir_;
};

TEST_F(JsonlIndexerTest, NewIndexBuiltInPartsEqualsOneWriterBuild) {
  std::string corpus = WriteCorpus("corpus.jsonl", 400);
  JsonlOptions parallel;
  parallel.index_dir = dir_ + "/parallel";
  parallel.path = corpus;
  parallel.threads = 2;
  ASSERT_TRUE(ParallelIndexBuild::Applicable(parallel.index_dir));
  JsonlSummary p = IndexJsonl(parallel);

  JsonlOptions single = parallel;
  single.index_dir = dir_ + "/single";
  single.threads = 1;  // one writer
  JsonlSummary s = IndexJsonl(single);

  EXPECT_EQ(p.lines, 401u);
  EXPECT_EQ(p.bad_lines.size(), 1u);
  EXPECT_EQ(p.indexed, s.indexed);
  // Repeated ids replace their document: 400 records, 57 repeats.
  EXPECT_EQ(p.documents, 343u);
  EXPECT_EQ(s.documents, 343u);
  auto want = Contents(single.index_dir), got = Contents(parallel.index_dir);
  ASSERT_EQ(got.size(), want.size());
  for (const auto& [id, content] : want) {
    ASSERT_TRUE(got.count(id)) << id;
    EXPECT_EQ(got[id].first, content.first) << id;  // the newest record of the id
    EXPECT_EQ(got[id].second, content.second) << id;
  }
  // Nothing is left beside the index.
  for (const auto& e : fs::directory_iterator(dir_))
    EXPECT_EQ(e.path().string().find(".part-"), std::string::npos) << e.path();
  EXPECT_FALSE(fs::exists(parallel.index_dir + ".merged"));
}

TEST_F(JsonlIndexerTest, AddingToAnIndexThatHoldsDocumentsUsesOneWriter) {
  JsonlOptions o;
  o.index_dir = dir_ + "/index";
  o.path = WriteCorpus("first.jsonl", 30);
  IndexJsonl(o);
  EXPECT_FALSE(ParallelIndexBuild::Applicable(o.index_dir));
  o.path = WriteCorpus("second.jsonl", 60);
  JsonlSummary s = IndexJsonl(o);
  EXPECT_EQ(s.documents, 52u);  // ids 0..59 without the repeats
}

TEST_F(JsonlIndexerTest, PartsLeftByACrashedBuildAreClearedAndTheLedgerKept) {
  std::string index = dir_ + "/index";
  fs::create_directories(index);
  { std::ofstream(index + "/" + IndexLedger::kFileName) << "kept\n"; }
  // A crashed build's parts, one holding a stale document.
  {
    Xapian::WritableDatabase stale(index + ".part-1", Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document d;
    d.add_boolean_term("Qstale");
    stale.add_document(d);
    stale.commit();
  }
  JsonlOptions o;
  o.index_dir = index;
  o.path = WriteCorpus("corpus.jsonl", 20);
  JsonlSummary s = IndexJsonl(o);
  EXPECT_EQ(s.documents, 18u);
  Xapian::Database db(index);
  EXPECT_EQ(db.get_termfreq("Qstale"), 0u);
  EXPECT_FALSE(fs::exists(index + ".part-1"));
  std::ifstream ledger(index + "/" + IndexLedger::kFileName);
  std::string line;
  std::getline(ledger, line);
  EXPECT_EQ(line, "kept");
}

TEST_F(JsonlIndexerTest, SearchesFindWordsWithoutMarksInAMergedIndex) {
  JsonlOptions o;
  o.index_dir = dir_ + "/index";
  o.path = WriteCorpus("corpus.jsonl", 50);
  IndexJsonl(o);
  Xapian::Database db(o.index_dir);
  Xapian::Enquire e(db);
  std::vector<Xapian::Query> words{Xapian::Query("XFquang"), Xapian::Query("XFtri")};
  e.set_query(Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end()));
  // Records 0, 5, …, 45 name Quảng Trị; 13 and 48 replace 10 and 45, 20 replaces 17.
  EXPECT_EQ(e.get_mset(0, 100).size(), 8u);
  // The exact form is there too, without positions.
  EXPECT_GT(db.get_termfreq("quảng"), 0u);
  EXPECT_FALSE(db.has_positions() &&
               db.positionlist_begin(1, "quảng") != db.positionlist_end(1, "quảng"));
}

}  // namespace
}  // namespace vn::indexer
