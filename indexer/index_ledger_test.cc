#include "indexer/index_ledger.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace vn::indexer {
namespace {

std::string TempDir() {
  char tmpl[] = "/tmp/vn-ledger-XXXXXX";
  return mkdtemp(tmpl);
}

TEST(IndexLedger, FinishedFilesAndTheirRecordsSurviveReopening) {
  std::string dir = TempDir();
  {
    IndexLedger ledger(dir);
    EXPECT_FALSE(ledger.FileDone("a.warc.gz", 100));
    ledger.AppendFile(
        "a.warc.gz", 100,
        {{"a.warc.gz", 0, kOutcomeIndexed, "ab12"}, {"a.warc.gz", 50, kOutcomeList, "cd34"}});
  }
  IndexLedger ledger(dir);
  EXPECT_TRUE(ledger.FileDone("a.warc.gz", 100));
  EXPECT_FALSE(ledger.FileDone("a.warc.gz", 120)) << "a file that grew is not done";
  ASSERT_EQ(ledger.entries().size(), 2u);
  EXPECT_EQ(ledger.entries().at({"a.warc.gz", 50}).outcome, "list");
  EXPECT_EQ(ledger.entries().at({"a.warc.gz", 0}).id, "ab12");
  std::filesystem::remove_all(dir);
}

TEST(IndexLedger, RecordsOfAFileWithoutItsClosingLineDoNotCount) {
  std::string dir = TempDir();
  // A crash after some record lines of b, and in the middle of a line.
  std::ofstream(dir + "/" + IndexLedger::kFileName)
      << "R\ta.warc.gz\t0\tindexed\tab12\nF\ta.warc.gz\t100\n"
      << "R\tb.warc.gz\t0\tindexed\tef56\nR\tb.warc.gz\t7";
  {
    IndexLedger ledger(dir);
    EXPECT_TRUE(ledger.FileDone("a.warc.gz", 100));
    EXPECT_FALSE(ledger.FileDone("b.warc.gz", 90));
    EXPECT_EQ(ledger.entries().size(), 1u);
    // The next append must not be glued to the torn line.
    ledger.AppendFile("b.warc.gz", 90, {{"b.warc.gz", 0, kOutcomeIndexed, "ef56"}});
  }
  IndexLedger ledger(dir);
  EXPECT_TRUE(ledger.FileDone("b.warc.gz", 90));
  EXPECT_EQ(ledger.entries().size(), 2u);
  EXPECT_EQ(ledger.entries().at({"b.warc.gz", 0}).id, "ef56");
  std::filesystem::remove_all(dir);
}

TEST(IndexLedger, LaterLinesForTheSameRecordWin) {
  std::string dir = TempDir();
  {
    IndexLedger ledger(dir);
    ledger.AppendFile("a.warc.gz", 100, {{"a.warc.gz", 0, kOutcomeOlder, "ab12"}});
    ledger.AppendFile("a.warc.gz", 100, {{"a.warc.gz", 0, kOutcomeIndexed, "ab12"}});
  }
  IndexLedger ledger(dir);
  EXPECT_EQ(ledger.entries().at({"a.warc.gz", 0}).outcome, "indexed");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vn::indexer
