#include "query/hit_record.h"

#include <simdjson.h>

#include <string>

namespace vn::query {

namespace {

namespace od = simdjson::ondemand;

// A string field, or "" when it is null or of another type.
std::string Str(od::value v) {
  std::string_view s;
  if (v.get_string().get(s) != simdjson::SUCCESS) return "";
  return std::string(s);
}

void ReadPlaces(od::value v, std::vector<indexer::Place>* places) {
  od::array array;
  if (v.get_array().get(array) != simdjson::SUCCESS) return;
  for (auto element : array) {
    od::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) continue;
    indexer::Place p;
    for (auto field : object) {
      std::string_view key = field.unescaped_key();
      if (key == "name")
        p.name = Str(field.value());
      else if (key == "canonical")
        p.canonical = Str(field.value());
      else if (key == "kind")
        p.kind = Str(field.value());
      else if (key == "current_province")
        p.current_province = Str(field.value());
      else if (key == "country")
        p.country = Str(field.value());
    }
    places->push_back(std::move(p));
  }
}

void ReadCapture(od::value v, indexer::Article* a) {
  od::object object;
  if (v.get_object().get(object) != simdjson::SUCCESS) return;
  for (auto field : object) {
    std::string_view key = field.unescaped_key();
    if (key == "warc_file") {
      a->warc_file = Str(field.value());
    } else if (key == "offset") {
      uint64_t n = 0;
      if (field.value().get_uint64().get(n) == simdjson::SUCCESS) a->warc_offset = n;
    } else if (key == "record_id") {
      a->warc_record_id = Str(field.value());
    } else if (key == "date") {
      a->capture_date = Str(field.value());
    }
  }
}

}  // namespace

indexer::Article DecodeHitRecord(std::string_view json) {
  // One parser per thread: it keeps its buffers between records.
  static thread_local od::parser parser;
  indexer::Article a;
  try {
    simdjson::padded_string padded(json);
    od::document doc = parser.iterate(padded);
    for (auto field : doc.get_object()) {
      std::string_view key = field.unescaped_key();
      if (key == "id") {
        a.id = Str(field.value());
      } else if (key == "url") {
        a.url = Str(field.value());
      } else if (key == "canonical_url") {
        a.canonical_url = Str(field.value());
      } else if (key == "source") {
        a.source = Str(field.value());
      } else if (key == "source_province") {
        a.source_province = Str(field.value());
      } else if (key == "title") {
        a.title = Str(field.value());
      } else if (key == "published") {
        a.published = Str(field.value());
      } else if (key == "charset") {
        a.charset = Str(field.value());
      } else if (key == "event_type") {
        a.event_type = Str(field.value());
      } else if (key == "page_kind") {
        a.page_kind = Str(field.value());
      } else if (key == "body") {
        od::array body;
        if (field.value().get_array().get(body) != simdjson::SUCCESS) continue;
        for (auto paragraph : body) {
          std::string_view s;
          if (paragraph.get_string().get(s) == simdjson::SUCCESS) a.body.emplace_back(s);
        }
      } else if (key == "places") {
        ReadPlaces(field.value(), &a.places);
      } else if (key == "capture") {
        ReadCapture(field.value(), &a);
      }
    }
  } catch (const simdjson::simdjson_error&) {
    return indexer::Article();
  }
  return a;
}

}  // namespace vn::query
