// Test helper (not installed): runs one crawl of an ad-hoc seed in its own process so
// crawler_test can SIGKILL it mid-run and check that the next run resumes cleanly.
// Usage: crawler_test_crawl_helper HOME SEED_URL DELAY_MS
#include <cstdio>
#include <cstdlib>

#include "crawler/crawler.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s HOME SEED_URL DELAY_MS\n", argv[0]);
    return 2;
  }
  try {
    vn::crawler::CrawlOptions o;
    o.home = argv[1];
    o.sources = {vn::crawler::AdHocSource(argv[2])};
    o.delay_ms = std::atoi(argv[3]);
    o.log = [](const std::string&) {};
    vn::crawler::CrawlSummary s = vn::crawler::RunCrawl(o);
    std::printf("%s\n", s.ToString().c_str());
    return static_cast<int>(s.exit_code());
  } catch (const vn::Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return static_cast<int>(e.code());
  }
}
