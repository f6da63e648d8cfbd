#include "crawler/url.h"

#include <gtest/gtest.h>

namespace vn::crawler {
namespace {

struct CanonCase {
  const char* in;
  const char* want;  // nullptr: rejected
};

TEST(UrlTest, CanonicalizeTable) {
  const CanonCase cases[] = {
      {"HTTPS://SoNgoaiVu.QuangTri.gov.vn", "https://songoaivu.quangtri.gov.vn/"},
      {"https://songoaivu.quangtri.gov.vn:443/tin-tuc/",
       "https://songoaivu.quangtri.gov.vn/tin-tuc/"},
      {"http://ngoaivu.hue.gov.vn:80/a", "http://ngoaivu.hue.gov.vn/a"},
      {"http://ngoaivu.hue.gov.vn:8080/a", "http://ngoaivu.hue.gov.vn:8080/a"},
      {"https://vietpeace.org.vn/a/./b/../c", "https://vietpeace.org.vn/a/c"},
      {"https://vietpeace.org.vn/tin#binh-luan", "https://vietpeace.org.vn/tin"},
      {"https://x.vn/p?b=2&a=1&utm_source=fb&fbclid=xyz", "https://x.vn/p?a=1&b=2"},
      {"https://x.vn/p?gclid=1&UTM_Medium=e", "https://x.vn/p"},
      {"https://x.vn/p?id=5&id=3", "https://x.vn/p?id=5&id=3"},  // stable for repeated names
      {"https://x.vn/%7euser/%2fa%c3%a1", "https://x.vn/~user/%2Fa%C3%A1"},
      {"https://x.vn/tin tức/Quảng Trị",
       "https://x.vn/tin%20t%E1%BB%A9c/Qu%E1%BA%A3ng%20Tr%E1%BB%8B"},
      {"  https://x.vn/a\n ", "https://x.vn/a"},
      {"https://x.vn/100%", "https://x.vn/100%25"},
      {"ftp://x.vn/file", nullptr},
      {"mailto:songoaivu@quangtri.gov.vn", nullptr},
      {"not a url", nullptr},
      {"", nullptr},
  };
  for (const auto& c : cases) {
    auto got = Canonicalize(c.in);
    if (c.want == nullptr) {
      EXPECT_FALSE(got.has_value()) << c.in << " -> " << got.value_or("");
    } else {
      ASSERT_TRUE(got.has_value()) << c.in;
      EXPECT_EQ(*got, c.want) << c.in;
    }
  }
}

TEST(UrlTest, ResolveRelativeLinks) {
  const std::string base = "https://songoaivu.quangtri.gov.vn/tin-tuc/su-kien/bai-1.html?x=1";
  EXPECT_EQ(Resolve(base, "bai-2.html").value(),
            "https://songoaivu.quangtri.gov.vn/tin-tuc/su-kien/bai-2.html");
  EXPECT_EQ(Resolve(base, "../hop-tac/").value(),
            "https://songoaivu.quangtri.gov.vn/tin-tuc/hop-tac/");
  EXPECT_EQ(Resolve(base, "/lien-he").value(), "https://songoaivu.quangtri.gov.vn/lien-he");
  EXPECT_EQ(Resolve(base, "?page=2").value(),
            "https://songoaivu.quangtri.gov.vn/tin-tuc/su-kien/bai-1.html?page=2");
  EXPECT_EQ(Resolve(base, "//ngoaivu.hue.gov.vn/x").value(), "https://ngoaivu.hue.gov.vn/x");
  EXPECT_EQ(Resolve(base, "#top").value(),
            "https://songoaivu.quangtri.gov.vn/tin-tuc/su-kien/bai-1.html?x=1");
  EXPECT_EQ(Resolve(base, "HTTP://Other.VN:80").value(), "http://other.vn/");
  EXPECT_FALSE(Resolve(base, "javascript:void(0)").has_value());
  EXPECT_FALSE(Resolve(base, "mailto:a@b.vn").has_value());
}

TEST(UrlTest, SplitUrl) {
  auto p = SplitUrl("http://127.0.0.1:8080/robots.txt?x=1#f").value();
  EXPECT_EQ(p.scheme, "http");
  EXPECT_EQ(p.host, "127.0.0.1");
  EXPECT_EQ(p.origin, "http://127.0.0.1:8080");
  EXPECT_EQ(p.path_and_query, "/robots.txt?x=1");
  EXPECT_FALSE(SplitUrl("nonsense").has_value());
}

TEST(UrlTest, NormalizePercentEncoding) {
  EXPECT_EQ(NormalizePercentEncoding("/a%2db%2F"), "/a-b%2F");
  EXPECT_EQ(NormalizePercentEncoding("/đ"), "/%C4%91");
  EXPECT_EQ(NormalizePercentEncoding("/%e1%ba%a3"), "/%E1%BA%A3");
}

}  // namespace
}  // namespace vn::crawler
