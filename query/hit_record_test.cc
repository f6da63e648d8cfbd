#include "query/hit_record.h"

#include <gtest/gtest.h>

namespace vn::query {
namespace {

indexer::Article Sample() {
  indexer::Article a;
  a.id = "3f2a";
  a.url = "https://songoaivu.quangtri.gov.vn/tin-tuc/tiep-doan-savannakhet.html";
  a.canonical_url = a.url;
  a.source = "Sở Ngoại vụ Quảng Trị";
  a.source_province = "Quảng Trị";
  a.title = "Tiếp đoàn tỉnh Savannakhet \"Lào\"\\ thăm và làm việc";
  a.published = "2024-09-19T08:30:00+07:00";
  a.body = {"Chiều 19/9, tại Đông Hà…", "Hai bên ký kết Thỏa thuận\thợp tác."};
  a.people.push_back({"Võ Văn Hưng", "đồng chí", "Chủ tịch", "UBND tỉnh", {0, 3}});
  indexer::Place p;
  p.name = "Savannakhet";
  p.canonical = "Savannakhet";
  p.kind = "foreign-province";
  p.country = "LA";
  a.places.push_back(p);
  p.name = "Quảng Trị";
  p.canonical = "Quảng Trị";
  p.kind = "province";
  p.current_province = "Quảng Trị";
  p.country = "VN";
  a.places.push_back(p);
  a.event_type = "signing";
  a.charset = "windows-1258";
  a.warc_file = "crawl-20240919.warc.gz";
  a.warc_offset = 123456789012ull;
  a.warc_record_id = "<urn:uuid:1>";
  a.capture_date = "2024-09-19T02:00:00Z";
  return a;
}

TEST(HitRecordTest, ReadsWhatAResultLineShowsAsTheFullParserDoes) {
  const indexer::Article a = Sample();
  const std::string stored = a.ToJson().dump();
  const indexer::Article full = indexer::Article::FromJson(nlohmann::json::parse(stored));
  const indexer::Article hit = DecodeHitRecord(stored);
  EXPECT_EQ(hit.id, full.id);
  EXPECT_EQ(hit.url, full.url);
  EXPECT_EQ(hit.canonical_url, full.canonical_url);
  EXPECT_EQ(hit.source, full.source);
  EXPECT_EQ(hit.source_province, full.source_province);
  EXPECT_EQ(hit.title, full.title);  // escaped quote and backslash
  EXPECT_EQ(hit.published, full.published);
  EXPECT_EQ(hit.event_type, "signing");
  EXPECT_EQ(hit.charset, full.charset);
  EXPECT_EQ(hit.body, full.body);  // escaped tab, non-ASCII
  ASSERT_EQ(hit.places.size(), 2u);
  EXPECT_EQ(hit.places[0].canonical, "Savannakhet");
  EXPECT_EQ(hit.places[0].country, "LA");
  EXPECT_EQ(hit.places[1].current_province, "Quảng Trị");
  EXPECT_EQ(hit.warc_file, full.warc_file);
  EXPECT_EQ(hit.warc_offset, 123456789012ull);
  EXPECT_EQ(hit.warc_record_id, full.warc_record_id);
  EXPECT_EQ(hit.capture_date, full.capture_date);
  EXPECT_TRUE(hit.people.empty());  // not read: a result line does not show them
}

TEST(HitRecordTest, MissingOrNullFieldsStayEmptyAndBadRecordsGiveAnEmptyArticle) {
  indexer::Article sparse = DecodeHitRecord(R"({"id":"x","title":null,"body":["a",7,"b"],
      "places":[{"canonical":"Huế"},"junk"],"capture":null})");
  EXPECT_EQ(sparse.id, "x");
  EXPECT_EQ(sparse.title, "");
  EXPECT_EQ(sparse.body, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(sparse.places.size(), 1u);
  EXPECT_EQ(sparse.places[0].canonical, "Huế");
  EXPECT_EQ(sparse.event_type, "other");  // the Article default, as FromJson leaves it
  for (const char* bad : {"", "not json", "{\"id\":", "[1,2]", "{\"id\":\"a\",\"title\":\"\\u12"}) {
    indexer::Article a = DecodeHitRecord(bad);
    EXPECT_TRUE(a.id.empty()) << bad;
    EXPECT_TRUE(a.body.empty()) << bad;
  }
}

}  // namespace
}  // namespace vn::query
