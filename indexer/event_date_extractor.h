// EventDateExtractor: finds the dates an article's events happen on, as Vietnamese news
// writes them: "ngày 15/5/2020", "ngày 15 tháng 5 năm 2020", "Sáng ngày 8/01" (no year),
// "Từ ngày 19-21/9/2024", "từ 28/9 đến 2/10/2024", "tháng 9/2024", "quý III/2024",
// "năm 2023", "giai đoạn 2023-2025".
//
// Promises:
// - Every result has `text` exactly as written (a "ngày"/"từ"/"tháng"/"quý"/"năm"/"giai
//   đoạn" keyword that introduces it is included; "Sáng" before "ngày" is not), an ISO 8601
//   `value` and a `granularity`:
//     day      2024-09-19
//     month    2024-09
//     quarter  2024-Q3
//     year     2024        ("năm" + a year in 1945–2100 only)
//     period   an interval A/B of any of the above: 2024-09-19/2024-09-21, 2023/2025
//   and `span` in Unicode code points of `body_text`.
// - Impossible dates (31/4, 29/2/2023, month 13) are rejected, never guessed.
// - A date written without a year takes the publication year, or the year before when that
//   would put it more than two months after publication ("28/12" in an article of
//   10/01/2019 is 2018-12-28). Without `published`, yearless dates are left out.
// - Not dates: scores "2-1", fractions "1/3", quantities "3-4 năm", decimals "2,5" and "3.5",
//   document numbers ("60-NQ/TW", "202/2025/QH15", "số 15/2020/NĐ-CP", any d/m/yyyy glued to
//   a following "/" or introduced by "số"), phone numbers and times ("8:53"). A bare d/m
//   without a year counts only after "ngày", after a time of day ("Chiều 26/6", "sáng nay
//   (15/5)") or right after another day joined by "và" or a comma ("ngày 30/4 và 1/5").
// - Results are in text order and never overlap (the longest match at the leftmost start
//   wins); nothing is deduplicated.
// - Linear time and bounded memory in the input size; any bytes are accepted (invalid UTF-8
//   is read as U+FFFD and counted as one code point per bad sequence).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "indexer/article.h"
#include "indexer/date_parser.h"

namespace vn::indexer {

// `body_text`: the article paragraphs joined with "\n\n" (NFC). `published`: the posting
// date, used only to give yearless dates a year.
std::vector<EventDate> ExtractEventDates(const std::string& body_text,
                                         const std::optional<DateTime>& published);

}  // namespace vn::indexer
