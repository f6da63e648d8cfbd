// Article: the extractor's record of one page, as DESIGN.md "What the extractor produces
// per article" lists it. It is what `vnarchive extract` prints, what the index stores as
// document data, and what `show` and `meetings` read back. Field names are stable: they are
// the public JSON schema documented in the README.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vn::indexer {

// A span of the article body: Unicode code-point offsets into the paragraphs joined by
// "\n\n" (BodyText()).
struct Span {
  int64_t start = -1;
  int64_t end = -1;
};

struct EventDate {
  std::string text;         // as written: "Từ ngày 19-21/9/2024"
  std::string value;        // ISO 8601: 2024, 2024-09, 2024-09-19, 2024-Q3, 2024-09-19/2024-09-21
  std::string granularity;  // day, month, quarter, year, period
  Span span;
};

struct Person {
  std::string name;
  std::string honorific;
  std::string title;
  std::string organisation;
  Span span;
};

struct Organisation {
  std::string name;
  std::string canonical;
  std::string province;
  Span span;
};

struct Place {
  std::string name;
  std::string canonical;
  std::string kind;              // province, city, foreign-province, country
  std::string current_province;  // the 2025 successor for Vietnamese units
  std::string country;           // ISO code: VN, LA, KH, ...
  Span span;
};

// An agreement named in the text ("Biên bản ghi nhớ hợp tác giai đoạn 2021-2025").
struct Agreement {
  std::string name;
  Span span;  // -1 when it is named in the title only
};

// One capture of a page in the WARC archive.
struct CaptureRef {
  std::string warc_file;
  uint64_t offset = 0;
  std::string record_id;
  std::string date;            // WARC-Date
  std::string payload_digest;  // WARC-Payload-Digest ("sha1:...")
};

struct Article {
  std::string id;  // hex SHA-1 of the canonical URL (or of the file path for local files)
  std::string url;
  std::string canonical_url;
  std::string source;
  std::string source_province;
  std::string title;
  std::string
      published;  // ISO 8601, local time as written: 2020-05-25T08:53:00+07:00 or 2020-05-25
  std::string published_text;  // the text the date was read from
  std::string charset;
  std::vector<EventDate> event_dates;
  std::vector<std::string> body;  // paragraphs, chrome removed
  std::vector<Person> people;
  std::vector<Organisation> organisations;
  std::vector<Place> places;
  std::vector<std::string> partners;
  std::vector<Agreement> agreements;
  std::string page_kind = "article";  // or "list": a page listing other articles
  std::string event_type = "other";
  std::vector<std::string> event_type_evidence;
  // Where the capture lives (empty for local files).
  std::string warc_file;
  uint64_t warc_offset = 0;
  std::string warc_record_id;
  std::string capture_date;
  std::string payload_digest;
  // Earlier captures of this page whose content differed, oldest first: a changed page
  // replaces its document but keeps where its earlier versions live.
  std::vector<CaptureRef> history;

  std::string BodyText() const;  // paragraphs joined with "\n\n"
  nlohmann::json ToJson() const;
  static Article FromJson(const nlohmann::json& j);
};

}  // namespace vn::indexer
