// AgreementExtractor: the agreements an article names — "Thỏa thuận hợp tác ...", "Biên bản
// ghi nhớ ...", "Hiệp định ...", "Quy chế phối hợp ...", "Kế hoạch/Chương trình hợp tác ...",
// "Giao ước thi đua ..." — each up to the end of its phrase, once per wording (either tone
// style counts as one), at most ten. What `meetings` shows under "what was signed".
#pragma once

#include <string>
#include <vector>

#include "indexer/article.h"

namespace vn::indexer {

// Agreements in the title (span -1) and the body (code-point span into `body`, the
// paragraphs joined by "\n\n"), title first.
std::vector<Agreement> ExtractAgreements(const std::string& title, const std::string& body);

}  // namespace vn::indexer
