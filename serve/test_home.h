// TestHome: a data home for the web server's tests, made without a network: every page
// and asset of data/sample-site written into a WARC as if crawled from kSampleHost (its
// style sheet and logo too, so replay can be checked), a 301 capture, and one hostile
// page whose title is "<script>alert(1)</script>…". Indexed like `vnarchive index`, into
// a generation directory that `index` is a symlink to, as the data home lays it out.
#pragma once

#include <string>

namespace vn::serve::testing {

inline constexpr const char* kSampleHost = "http://songoaivu.quangtri.example";
inline constexpr const char* kHostilePath = "/tin-tuc/2025/bai-viet-doc-hai.html";
inline constexpr const char* kHostileTitle =
    "<script>alert(1)</script> Ký kết hợp tác với tỉnh Savannakhet \"><img src=x onerror=alert(2)>";

// Writes root/archive/*.warc.gz and root/indexes/g1, with root/index → indexes/g1.
void MakeTestHome(const std::string& root);

// Indexes the WARC files of root/archive plus one more page (url kSampleHost + path,
// title `title`) and a changed capture of the hostile page into
// root/indexes/<generation>, and points root/index at it.
void Reindex(const std::string& root, const std::string& generation, const std::string& path,
             const std::string& title);

}  // namespace vn::serve::testing
