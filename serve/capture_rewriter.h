// CaptureRewriter: makes an archived page replay from the archive. Every URL a captured
// HTML page or style sheet refers to (links, images, style sheets, scripts, frames, srcset,
// CSS url() and @import, <base>, meta refresh) is resolved against the capture's URL and
// pointed at /capture/web/<absolute URL>, which the server answers from the archive, so a
// replayed page never reaches the live web. Edits are made in place by byte offset: the
// rest of the page, whatever its charset, is passed through untouched.
#pragma once

#include <string>
#include <string_view>

namespace vn::serve {

inline constexpr std::string_view kCapturePrefix = "/capture/web/";

// kCapturePrefix + url.
std::string ArchivePath(std::string_view absolute_url);

// `html` with its URLs rewritten, and `banner_html` inserted as the first thing in <body>.
std::string RewriteHtml(std::string_view html, const std::string& page_url,
                        std::string_view banner_html);

// `css` with url(...) and @import targets rewritten, resolved against `base_url`.
std::string RewriteCss(std::string_view css, const std::string& base_url);

}  // namespace vn::serve
