#include "text/charset_decoder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "text/normaliser.h"
#include "text/tcvn3.h"

namespace vn::text {
namespace {

std::string ReadFixture(const std::string& name) {
  const std::string path = std::string(VN_SOURCE_DIR) + "/tests/fixtures/text/" + name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(CharsetDecoderTest, ParsesDeclarations) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=UTF-8"), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"windows-1258\""), "windows-1258");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromMeta("<html><head><meta charset=\"windows-1258\"/>"), "windows-1258");
  EXPECT_EQ(CharsetFromMeta("<META HTTP-EQUIV=\"Content-Type\" "
                            "CONTENT=\"text/html; charset=ISO-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(CharsetFromMeta("<?xml version=\"1.0\" encoding=\"utf-8\"?><html>"), "utf-8");
  EXPECT_EQ(CharsetFromMeta("<meta name=\"description\" content=\"Sở Ngoại vụ\">"), "");
  // Only the first 4 KB are scanned.
  EXPECT_EQ(CharsetFromMeta(std::string(5000, ' ') + "<meta charset=\"utf-8\">"), "");
}

TEST(CharsetDecoderTest, OrderOfAuthority) {
  const std::string utf8_page = "<meta charset=\"windows-1258\"><p>Hòa</p>";
  // HTTP header beats <meta>.
  DecodedText d = DecodeHtml(utf8_page, "text/html; charset=utf-8");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "http");
  // BOM beats the header.
  d = DecodeHtml("\xEF\xBB\xBF" + utf8_page, "text/html; charset=windows-1258");
  EXPECT_EQ(d.source, "bom");
  EXPECT_EQ(d.utf8, utf8_page);
  // An unknown charset in the header falls back to <meta>.
  d = DecodeHtml("<meta charset=\"windows-1258\"><p>Ho\xE0</p>", "text/html; charset=x-bogus");
  EXPECT_EQ(d.charset, "windows-1258");
  EXPECT_EQ(d.source, "meta");
  EXPECT_EQ(d.utf8, "<meta charset=\"windows-1258\"><p>Hoà</p>");
}

TEST(CharsetDecoderTest, ValidUtf8BeatsALegacyDeclaration) {
  // A CMS template that still says windows-1258 around UTF-8 articles.
  const DecodedText d = DecodeHtml("<meta charset=\"windows-1258\"><p>Thừa Thiên Huế</p>");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "detected");
  EXPECT_EQ(d.utf8, "<meta charset=\"windows-1258\"><p>Thừa Thiên Huế</p>");
  // And <meta charset=utf-16> in an ASCII-compatible page means UTF-8.
  EXPECT_EQ(DecodeHtml("<meta charset=\"utf-16\"><p>Hu\xE1\xBA\xBF</p>").utf8,
            "<meta charset=\"utf-16\"><p>Huế</p>");
}

TEST(CharsetDecoderTest, InvalidUtf8IsReplacedNotFatal) {
  const DecodedText d = DecodeHtml("<p>Hu\xE1\xBA\xBF \xFF tin</p>", "text/html; charset=utf-8");
  EXPECT_NE(d.utf8.find("Huế"), std::string::npos);
  EXPECT_NE(d.utf8.find("\uFFFD"), std::string::npos);
}

TEST(CharsetDecoderTest, PureAsciiAndEmpty) {
  DecodedText d = DecodeText("Hello 2020");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "default");
  d = DecodeHtml("");
  EXPECT_EQ(d.utf8, "");
}

TEST(CharsetDecoderTest, Tcvn3DeclaredAsLatin1) {
  const std::string body = Utf8ToTcvn3("Sở Ngoại vụ tỉnh Quảng Trị tiếp đoàn công tác của Lào");
  // With the .VnTime hint.
  DecodedText d =
      DecodeHtml("<font face=\".VnTime\">" + body + "</font>", "text/html; charset=iso-8859-1");
  EXPECT_EQ(d.charset, "TCVN3");
  EXPECT_NE(d.utf8.find("Sở Ngoại vụ tỉnh Quảng Trị"), std::string::npos);
  // Without it, from the letters alone.
  d = DecodeHtml("<p>" + body + "</p>", "text/html; charset=iso-8859-1");
  EXPECT_EQ(d.charset, "TCVN3");
  EXPECT_EQ(d.source, "detected");
  // Real Latin-1 stays windows-1252.
  d = DecodeHtml(
      "<p>caf\xE9 cr\xE8me br\xFBl\xE9"
      "e \xE0 la fran\xE7"
      "aise</p>",
      "text/html; charset=iso-8859-1");
  EXPECT_EQ(d.charset, "windows-1252");
  EXPECT_EQ(d.utf8, "<p>café crème brûlée à la française</p>");
}

// The same paragraph in every encoding a provincial portal has served it in.
TEST(CharsetDecoderTest, FixturesAllNormaliseToTheUtf8Original) {
  const std::string original = ReadFixture("para.utf8.txt");
  ASSERT_FALSE(original.empty());
  const std::string expected = NormaliseAndLower(original);
  struct Case {
    const char* file;
    const char* charset;
    const char* source;
  };
  const Case cases[] = {
      {"para.utf8.txt", "UTF-8", "detected"},
      {"para.utf8-bom.txt", "UTF-8", "bom"},
      {"para.nfd.txt", "UTF-8", "detected"},
      {"para.caps.txt", "UTF-8", "detected"},
      {"para.utf16le-bom.txt", "UTF-16LE", "bom"},
      {"para.windows-1258.txt", "windows-1258", "detected"},
      {"para.tcvn3.txt", "TCVN3", "detected"},
  };
  for (const Case& c : cases) {
    const DecodedText d = DecodeText(ReadFixture(c.file));
    EXPECT_EQ(d.charset, c.charset) << c.file;
    EXPECT_EQ(d.source, c.source) << c.file;
    EXPECT_EQ(NormaliseAndLower(d.utf8), expected) << c.file;
  }
}

TEST(CharsetDecoderTest, HtmlFixtures) {
  const std::string expected = NormaliseAndLower(ReadFixture("para.utf8.txt"));
  DecodedText d = DecodeHtml(ReadFixture("page.windows-1258.html"));
  EXPECT_EQ(d.charset, "windows-1258");
  EXPECT_EQ(d.source, "meta");
  EXPECT_NE(NormaliseAndLower(d.utf8).find(expected.substr(0, expected.size() - 1)),
            std::string::npos);
  d = DecodeHtml(ReadFixture("page.tcvn3.html"), "text/html");
  EXPECT_EQ(d.charset, "TCVN3");
  EXPECT_NE(NormaliseAndLower(d.utf8).find(expected.substr(0, expected.size() - 1)),
            std::string::npos);
}

TEST(CharsetDecoderTest, DeclaredWindows1258ComposesAfterNormalise) {
  // "Việt Nam" in windows-1258: ê then a combining dot below (0xF2).
  const DecodedText d = DecodeText("Vi\xEA\xF2t Nam", "windows-1258");
  EXPECT_EQ(d.source, "hint");
  EXPECT_EQ(d.utf8, "Vi\xC3\xAA\xCC\xA3t Nam");
  EXPECT_EQ(Normalise(d.utf8), "Việt Nam");
}

}  // namespace
}  // namespace vn::text
