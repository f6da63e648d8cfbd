// RecordPage: one archived article as the extractor read it: title, dates, event type,
// people with their titles, organisations, places with their 2025 successors, partners,
// the body with each mention highlighted, and links to the capture (and to the earlier
// captures of a page that changed) and to the original.
#pragma once

#include <string>

#include "indexer/article.h"

namespace vn::serve {

std::string RenderRecordPage(const indexer::Article& article);

// The body paragraphs as HTML, each mention (person, organisation, place, event date)
// wrapped in <mark class="KIND">. Spans that overlap an earlier one are left unmarked.
std::string BodyWithMentions(const indexer::Article& article);

}  // namespace vn::serve
