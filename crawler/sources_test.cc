#include "crawler/sources.h"

#include <gtest/gtest.h>

#include "common/error.h"

namespace vn::crawler {
namespace {

std::string ErrorOf(const std::string& toml) {
  try {
    ParseSources(toml, "sources.toml");
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), vn::ExitCode::kUsage);
    return e.what();
  }
  return "(no error)";
}

TEST(SourcesTest, ParsesFullSource) {
  auto sources = ParseSources(R"(
# Sở Ngoại vụ
[[source]]
name = "songoaivu-quangtri"
province = "Quảng Trị"
seeds = ["https://SoNgoaiVu.QuangTri.gov.vn/tin-tuc/?utm_source=x"]
sitemaps = ["https://songoaivu.quangtri.gov.vn/sitemap.xml"]
scope = ["https://songoaivu.quangtri.gov.vn/"]
delay_ms = 3000
max_depth = 4
max_pages = 200
recrawl_hours = 12
charset = "utf-8"
user_agent = "vnarchive-test/1.0"

[[source]]
name = "vietpeace"
province = "Hà Nội"
seeds = ["https://vietpeace.org.vn/"]
)",
                              "sources.toml");
  ASSERT_EQ(sources.size(), 2u);
  const Source& s = sources[0];
  EXPECT_EQ(s.name, "songoaivu-quangtri");
  EXPECT_EQ(s.province, "Quảng Trị");
  EXPECT_EQ(s.seeds, std::vector<std::string>{"https://songoaivu.quangtri.gov.vn/tin-tuc/"});
  EXPECT_EQ(s.sitemaps.size(), 1u);
  EXPECT_EQ(s.delay_ms, 3000);
  EXPECT_EQ(s.max_depth, 4);
  EXPECT_EQ(s.max_pages, 200);
  EXPECT_EQ(s.recrawl_hours, 12);
  EXPECT_EQ(s.charset, "utf-8");
  EXPECT_EQ(s.user_agent, "vnarchive-test/1.0");
  // Defaults and default scope (the seed's origin).
  EXPECT_EQ(sources[1].scope, std::vector<std::string>{"https://vietpeace.org.vn/"});
  EXPECT_EQ(sources[1].delay_ms, 2000);
  EXPECT_TRUE(sources[1].InScope("https://vietpeace.org.vn/tin/1"));
  EXPECT_FALSE(sources[1].InScope("https://vietpeace.org.vn.evil.com/"));

  EXPECT_EQ(FindSourceForUrl(sources, "HTTPS://songoaivu.quangtri.gov.vn/a#x"), &sources[0]);
  EXPECT_EQ(FindSourceForUrl(sources, "https://vietpeace.org.vn/"), &sources[1]);
  EXPECT_EQ(FindSourceForUrl(sources, "https://ngoaivu.hue.gov.vn/"), nullptr);
}

TEST(SourcesTest, ErrorsNameFileLineAndFault) {
  EXPECT_EQ(ErrorOf("[[source]]\nname = \"a\"\nprovince = \"Huế\"\nseeds = [\"https://a.vn/\"]\n"
                    "delay_ms = \"slow\"\n"),
            "sources.toml: line 5: source 'a': 'delay_ms' must be an integer");
  EXPECT_EQ(
      ErrorOf("[[source]]\nname = \"a\"\nprovince = \"Huế\"\n"
              "seeds = [\"ftp://a.vn/\"]\n"),
      "sources.toml: line 4: source 'a': 'seeds' entry \"ftp://a.vn/\" is not an http(s) URL");
  EXPECT_EQ(ErrorOf("[[source]]\nname = \"a\"\nseeds = [\"https://a.vn/\"]\n"),
            "sources.toml: line 1: source 'a': missing required key 'province'");
  EXPECT_EQ(ErrorOf("[[source]]\nname = \"a\"\nprovince = \"Huế\"\n"),
            "sources.toml: line 1: source 'a': needs at least one URL in 'seeds' or 'sitemaps'");
  EXPECT_EQ(ErrorOf("[[source]]\nname = \"a\"\nprovince = \"Huế\"\nseeds = [\"https://a.vn/\"]\n"
                    "maxdepth = 3\n"),
            "sources.toml: line 5: source 'a': unknown key 'maxdepth'");
  EXPECT_EQ(ErrorOf("[[source]]\nname = \"a\"\nprovince = \"Huế\"\nseeds = [\"https://a.vn/\"]\n"
                    "[[source]]\nname = \"a\"\nprovince = \"Huế\"\nseeds = [\"https://b.vn/\"]\n"),
            "sources.toml: line 6: source 'a': duplicate name");
  EXPECT_EQ(ErrorOf("[[source]]\nname = \"a\"\nprovince = \"Huế\"\nseeds = [\"https://a.vn/\"]\n"
                    "scope = [\"https://b.vn/\"]\n"),
            "sources.toml: line 4: source 'a': seed https://a.vn/ is outside the source's scope");
  EXPECT_EQ(ErrorOf("[[source]]\nname = \"a\"\nprovince = \"Huế\"\nseeds = [\"https://a.vn/\"]\n"
                    "max_depth = -1\n"),
            "sources.toml: line 5: source 'a': 'max_depth' = -1 is outside 0..1000");
  EXPECT_EQ(ErrorOf("title = \"x\"\n"), "sources.toml: line 1: no [[source]] tables");
  std::string syntax = ErrorOf("[[source]]\nname = \"a\nprovince = 1\n");
  EXPECT_EQ(syntax.rfind("sources.toml: line 2: ", 0), 0u) << syntax;
}

TEST(SourcesTest, LoadMissingFileIsUsageError) {
  try {
    LoadSources("/nonexistent/sources.toml");
    FAIL() << "expected an error";
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), vn::ExitCode::kUsage);
    EXPECT_STREQ(e.what(), "/nonexistent/sources.toml: cannot open sources file");
  }
}

TEST(SourcesTest, RepositorySourcesFileIsValid) {
  auto sources = LoadSources(std::string(VN_SOURCE_DIR) + "/data/sources.toml");
  ASSERT_GE(sources.size(), 4u);
  EXPECT_NE(FindSourceForUrl(sources, "https://songoaivu.quangtri.gov.vn/"), nullptr);
  for (const Source& s : sources) EXPECT_FALSE(s.province.empty()) << s.name;
}

TEST(SourcesTest, AdHocSourceScopeIsTheSeedOrigin) {
  Source s = AdHocSource("http://127.0.0.1:8080/tin-tuc/bai-1.html");
  EXPECT_EQ(s.scope, std::vector<std::string>{"http://127.0.0.1:8080/"});
  EXPECT_EQ(s.seeds, std::vector<std::string>{"http://127.0.0.1:8080/tin-tuc/bai-1.html"});
  EXPECT_TRUE(s.InScope("http://127.0.0.1:8080/other"));
  EXPECT_FALSE(s.InScope("http://127.0.0.1:8081/other"));
  EXPECT_THROW(AdHocSource("songoaivu.quangtri"), vn::Error);
}

}  // namespace
}  // namespace vn::crawler
