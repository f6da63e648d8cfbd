// HitRecord: reads from a document's stored record (indexer::Article::ToJson, the index's
// document data) only what a result line shows — id, URLs, title, publication date, source,
// charset, event type, places, where the capture lives — and the body its snippet is cut from.
// simdjson's on-demand parser skips the rest without building it: about 1.5 µs for a 5 KB
// record where building the whole record takes about 80 µs, and a search shows ten.
// `show`, `meetings` and the record page read the whole record (indexer::Article::FromJson).
#pragma once

#include <string_view>

#include "indexer/article.h"

namespace vn::query {

// Fields not listed above stay empty. A record that is not valid JSON gives an empty
// Article (the caller shows the hit without its details rather than failing the search).
indexer::Article DecodeHitRecord(std::string_view json);

}  // namespace vn::query
