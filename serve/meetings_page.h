// MeetingsPage: `vnarchive meetings PARTNER` as a page: a partner picker (the partners
// the index knows, most frequent first) and the events with the chosen partner, newest
// first, each with where, who came, what was signed and a link to its record.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "query/index_reader.h"

namespace vn::serve {

std::string RenderMeetingsPage(const std::string& partner, const std::string& source_province,
                               const std::vector<std::pair<std::string, uint64_t>>& partners,
                               const std::vector<query::Meeting>* meetings);

}  // namespace vn::serve
