// Page: the frame every HTML page of the web server shares (Vietnamese interface, one
// style sheet served by the binary, no script, no external resource), the error page,
// and the Vietnamese names of the values pages show (event types, place kinds, dates).
#pragma once

#include <string>
#include <string_view>

namespace vn::serve {

// A whole HTML document. `title` is escaped here; `body_html` must already be safe HTML.
std::string Page(std::string_view title, std::string_view body_html);

// A page explaining an error: `message` (escaped here) under a heading for `status`.
std::string ErrorPage(int status, std::string_view message);

// "Ký kết" for "signing"; the keyword itself when unknown.
std::string EventTypeLabel(std::string_view type);
// "tỉnh, thành phố" for "province" and so on.
std::string PlaceKindLabel(std::string_view kind);
// "19/09/2024" for "2024-09-19..." (any ISO date or date-time); "" for "".
std::string DisplayDate(std::string_view iso);

}  // namespace vn::serve
