#include "indexer/content_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace vn::indexer {

namespace {

// Lower-cases ASCII only: class and id names are ASCII in practice.
std::string AsciiLower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const RE2& NegativeRe() {
  static const RE2 re(
      "(comment|footer|footnote|foot|menu|nav|sidebar|side-bar|widget|share|social|related|"
      "relate|othernews|other-news|tinkhac|tin-khac|lienket|lien-ket|weblink|web-link|banner|"
      "advert|\\bads?\\b|breadcrumb|pagination|paging|pager|toolbar|print|fontsize|font-size|"
      "copyright|contact|popup|login|search|\\btags?\\b|header|topbar|top-bar|sitemap|"
      "counter|thongke|thong-ke|poll|weather|hotline)");
  return re;
}

const RE2& PositiveRe() {
  static const RE2 re(
      "(article|body|content|entry|main|post|text|story|detail|chitiet|chi-tiet|noidung|"
      "noi-dung|fulltext|news-content|newsdetail|news-detail|baiviet|bai-viet)");
  return re;
}

// Class and id tokens vote: a token naming chrome ("menu", "tinkhac", "content-footer")
// counts against, a token naming content ("news-content", "chitiet") for.
struct ClassVote {
  bool negative = false;
  bool positive = false;
};

ClassVote Vote(const HtmlNode* n) {
  ClassVote v;
  for (const char* attr : {"class", "id"}) {
    const std::string* value = n->Attr(attr);
    if (!value) continue;
    std::string s = AsciiLower(*value);
    size_t i = 0;
    while (i < s.size()) {
      size_t j = s.find_first_of(" \t\n", i);
      if (j == std::string::npos) j = s.size();
      std::string token = s.substr(i, j - i);
      i = j + 1;
      if (token.empty()) continue;
      if (RE2::PartialMatch(token, NegativeRe()))
        v.negative = true;
      else if (RE2::PartialMatch(token, PositiveRe()))
        v.positive = true;
    }
  }
  return v;
}

// Class and id evidence scales what a node's paragraphs earned rather than adding a flat
// amount, so a one-paragraph box called "content" cannot outweigh the unnamed container
// of the article's paragraphs.
double ClassFactor(const HtmlNode* n) {
  ClassVote v = Vote(n);
  return (v.positive ? 1.5 : 1.0) * (v.negative ? 0.5 : 1.0);
}

bool IsChromeElement(const HtmlNode* n) {
  static const std::unordered_map<std::string, int> kAlways = {
      {"nav", 1}, {"footer", 1}, {"aside", 1}, {"form", 1}, {"select", 1}, {"button", 1}};
  if (kAlways.count(n->tag)) return true;
  if (const std::string* role = n->Attr("role")) {
    std::string r = AsciiLower(*role);
    if (r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary")
      return true;
  }
  // A CMS writes layout words on <body> ("menu-type-…", "has-sidebar"): they describe the
  // page, not the body as chrome.
  if (n->tag == "body" || n->tag == "html") return false;
  ClassVote v = Vote(n);
  return v.negative && !v.positive;
}

bool IsInside(const HtmlNode* n, const HtmlNode* ancestor) {
  for (; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

bool HasBlockChild(const HtmlNode* n) {
  for (const auto& c : n->children)
    if (!c->is_text() && c->tag != "br" && IsBlockTag(c->tag)) return true;
  return false;
}

// Bytes of text inside <a> elements of a subtree.
size_t LinkTextLength(const HtmlNode* n) {
  size_t total = 0;
  std::vector<const HtmlNode*> stack{n};
  while (!stack.empty()) {
    const HtmlNode* x = stack.back();
    stack.pop_back();
    if (x->tag == "a") {
      total += x->Text().size();
      continue;
    }
    for (const auto& c : x->children) stack.push_back(c.get());
  }
  return total;
}

double LinkDensity(const HtmlNode* n, size_t text_len) {
  if (text_len == 0) return 1.0;
  return std::min(1.0, static_cast<double>(LinkTextLength(n)) / static_cast<double>(text_len));
}

size_t CountCodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

int CountCommas(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), ',') +
                          std::count(s.begin(), s.end(), ';'));
}

bool IsParagraphLike(const HtmlNode* n) {
  const std::string& t = n->tag;
  if (t == "p" || t == "pre" || t == "blockquote" || t == "td" || t == "li" || t == "dd")
    return true;
  if (t == "div" || t == "section" || t == "article" || t == "span" || t == "font")
    return !HasBlockChild(n);
  return false;
}

bool IsInlineNode(const HtmlNode* x) {
  return x->is_text() || x->tag == "br" || !IsBlockTag(x->tag);
}

// The paragraphs of a run of inline nodes. Text is joined as written — an element boundary
// is no word boundary („<a>Warum</a>“, m<sup>3</sup>) — a single <br> counts as a space and
// two or more end a paragraph (some portals write a whole article as one block with breaks).
std::vector<std::string> InlineParagraphs(const std::vector<const HtmlNode*>& run) {
  std::vector<std::string> parts;
  std::string current;
  int breaks = 0;
  std::function<void(const HtmlNode*)> walk = [&](const HtmlNode* x) {
    if (x->is_text()) {
      if (CollapseSpace(x->text).empty()) {
        if (breaks == 0) current += ' ';
        return;
      }
      if (breaks >= 2 && !CollapseSpace(current).empty()) {
        parts.push_back(current);
        current.clear();
      } else if (breaks == 1) {
        current += ' ';
      }
      breaks = 0;
      current += x->text;
      return;
    }
    if (x->tag == "br") {
      ++breaks;
      return;
    }
    bool block = IsBlockTag(x->tag);
    if (block) current += ' ';
    for (const auto& c : x->children) walk(c.get());
    if (block) current += ' ';
  };
  for (const HtmlNode* x : run) walk(x);
  parts.push_back(current);
  std::vector<std::string> out;
  for (auto& p : parts) {
    std::string t = CollapseSpace(p);
    if (!t.empty()) out.push_back(std::move(t));
  }
  return out;
}

// A line that is only a web or e-mail address: in an article it is content (a petition
// link, a contact address) even though it is all link text.
bool IsAddressLine(const std::string& line) {
  static const RE2 re("(?i)(?:https?://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.[a-z]{2,}");
  return RE2::FullMatch(line, re);
}

void EmitParagraphs(const std::vector<const HtmlNode*>& run, const std::string& title,
                    std::vector<std::string>* out) {
  size_t text_len = 0, link_len = 0;
  for (const HtmlNode* x : run) {
    text_len += x->is_text() ? x->text.size() : x->Text().size();
    if (!x->is_text()) link_len += LinkTextLength(x);
  }
  const bool link_heavy = text_len == 0 || static_cast<double>(link_len) / text_len > 0.5;
  for (auto& p : InlineParagraphs(run)) {
    if (p == title || IsChromeLine(p)) continue;
    if (link_heavy && !IsAddressLine(p)) continue;
    out->push_back(p);
  }
}

// Collects the paragraphs of a chosen container: each block leaf becomes one paragraph,
// and so does each run of loose text beside block children; chrome-classed and link-heavy
// blocks are left out.
void CollectParagraphs(const HtmlNode* n, const std::string& title, std::vector<std::string>* out) {
  if (n->is_text()) return;
  if (IsChromeElement(n)) return;
  if (!HasBlockChild(n) || n->tag == "p" || n->tag == "pre") {
    EmitParagraphs({n}, title, out);
    return;
  }
  std::vector<const HtmlNode*> run;
  for (const auto& c : n->children) {
    if (IsInlineNode(c.get())) {
      run.push_back(c.get());
      continue;
    }
    if (!run.empty()) EmitParagraphs(run, title, out);
    run.clear();
    CollectParagraphs(c.get(), title, out);
  }
  if (!run.empty()) EmitParagraphs(run, title, out);
}

// Text written directly in a container beside its block children ("text<br>text<h2>…"),
// which no paragraph-like child carries.
std::string LooseText(const HtmlNode* n, size_t* link_len) {
  std::string raw;
  *link_len = 0;
  for (const auto& c : n->children) {
    if (!IsInlineNode(c.get())) continue;
    if (c->is_text()) {
      raw += c->text;
    } else if (c->tag != "br") {
      raw += ' ' + c->Text() + ' ';
      *link_len += LinkTextLength(c.get());
    }
  }
  return CollapseSpace(raw);
}

}  // namespace

bool InsideChromeOrList(const HtmlNode* node, const HtmlNode* article_part) {
  for (const HtmlNode* n = node; n; n = n->parent) {
    if (n->is_text()) continue;
    if (article_part) {
      bool holds = false;
      for (const HtmlNode* a = article_part; a && !holds; a = a->parent) holds = a == n;
      if (holds) return false;
    }
    if (n->tag == "li" || n->tag == "a" || IsChromeElement(n)) return true;
  }
  return false;
}

bool IsChromeLine(const std::string& line) {
  if (CountCodePoints(line) > 160) return false;
  static const RE2 re(
      "(?i)^\\s*(cở chữ|cỡ chữ|co chu|các tin khác|tin khác|các tin đã đưa|tin liên quan|"
      "bài viết liên quan|tin cùng chuyên mục|liên kết website|liên kết web|bản quyền|"
      "copyright|©|chia sẻ|share|in bài|in trang|gửi email|gửi bài|lượt xem|số lượt truy cập|"
      "trở về|quay lại|về đầu trang|lên đầu trang|từ khóa|từ khoá|tags?:|xem thêm|"
      "đang truy cập|đang online|bình luận|ý kiến bạn đọc|facebook|twitter|zalo|"
      "trang chủ\\s*[>»/])");
  return RE2::PartialMatch(line, re);
}

std::string CleanTitle(const std::string& page_title, const std::vector<std::string>& headlines) {
  std::string t = CollapseSpace(page_title);
  for (const auto& h : headlines) {
    std::string hc = CollapseSpace(h);
    if (hc.size() >= 12 && t.find(hc) != std::string::npos) return hc;
  }
  // No confirming headline: drop a site-name part after a separator, keeping the longest part.
  static const std::vector<std::string> kSeps = {" | ", " - ", " – ", " — ", " :: ", " » "};
  for (const auto& sep : kSeps) {
    size_t pos = t.rfind(sep);
    if (pos == std::string::npos) continue;
    std::string left = t.substr(0, pos), right = t.substr(pos + sep.size());
    return CountCodePoints(left) >= CountCodePoints(right) ? left : right;
  }
  return t;
}

ExtractedContent ContentExtractor::Extract(const HtmlDocument& doc) const {
  ExtractedContent result;
  const HtmlNode* root = doc.root();

  // --- title
  std::string page_title, og_title;
  for (const HtmlNode* m : doc.FindAll("meta")) {
    const std::string* prop = m->Attr("property");
    if (!prop) prop = m->Attr("name");
    const std::string* content = m->Attr("content");
    if (prop && content && (*prop == "og:title" || *prop == "twitter:title") && og_title.empty())
      og_title = CollapseSpace(*content);
  }
  for (const HtmlNode* t : doc.FindAll("title")) {
    page_title = t->Text();
    break;
  }
  std::vector<const HtmlNode*> heads;
  for (const char* tag : {"h1", "h2", "h3"})
    for (const HtmlNode* h : doc.FindAll(tag)) heads.push_back(h);
  std::vector<std::string> head_texts;
  for (const HtmlNode* h : heads) head_texts.push_back(h->Text());
  // A JSON-LD headline is the publisher's own statement of the title: it wins over og:title
  // and <title>, which portals often fill with the section name ("Chi tiết tin").
  std::string ld_headline;
  for (const std::string& h : JsonLdStrings(doc, "headline")) {
    ld_headline = CollapseSpace(h);
    if (!ld_headline.empty()) break;
  }
  std::string reference = !ld_headline.empty() ? ld_headline
                          : !og_title.empty()  ? og_title
                                               : page_title;
  result.title = CleanTitle(reference, head_texts);
  // Headline element: the first h1-h3 whose text is the title (or contains it).
  for (const HtmlNode* h : heads) {
    std::string ht = h->Text();
    if (!ht.empty() &&
        (ht == result.title || ht.find(result.title) != std::string::npos ||
         result.title.find(ht) != std::string::npos) &&
        ht.size() >= 12) {
      result.title_node = h;
      if (result.title.empty() || reference.empty()) result.title = ht;
      break;
    }
  }
  if (!result.title_node && !result.title.empty()) {
    // Old portals set the headline in <b> or <font> inside a table cell: the innermost
    // element whose whole text is the title, found from the text node that starts it.
    std::vector<const HtmlNode*> stack;
    for (const HtmlNode* b : doc.FindAll("body")) stack.push_back(b);
    while (!stack.empty() && !result.title_node) {
      const HtmlNode* n = stack.back();
      stack.pop_back();
      if (n->is_text()) {
        std::string t = CollapseSpace(n->text);
        if (t.size() < 8 || result.title.compare(0, t.size(), t) != 0) continue;
        const HtmlNode* up = n->parent;
        for (int level = 0; up && level < 4; ++level, up = up->parent) {
          std::string ut = up->Text();
          if (ut == result.title) {
            result.title_node = up;
            break;
          }
          if (ut.size() > result.title.size()) break;
        }
        continue;
      }
      for (size_t i = n->children.size(); i-- > 0;) stack.push_back(n->children[i].get());
    }
  }
  if (result.title.empty()) {
    for (const HtmlNode* h : doc.FindAll("h1")) {
      result.title = h->Text();
      result.title_node = h;
      break;
    }
  }

  // --- content scoring
  std::unordered_map<const HtmlNode*, double> score;
  std::vector<const HtmlNode*> order;  // candidates in first-seen order, for stable ties
  auto init = [&](const HtmlNode* n) {
    if (score.count(n)) return;
    double s = 0;
    if (n->tag == "div" || n->tag == "article" || n->tag == "section" || n->tag == "main")
      s = 5;
    else if (n->tag == "td" || n->tag == "blockquote" || n->tag == "pre")
      s = 3;
    else if (n->tag == "ol" || n->tag == "ul" || n->tag == "dl" || n->tag == "form")
      s = -3;
    else if (n->tag[0] == 'h' && n->tag.size() == 2)
      s = -5;
    if (n->tag == "article" || n->tag == "main") s += 10;
    score[n] = s;
    order.push_back(n);
  };
  std::vector<const HtmlNode*> stack{root};
  while (!stack.empty()) {
    const HtmlNode* n = stack.back();
    stack.pop_back();
    if (n->is_text()) continue;
    if (n != root && IsChromeElement(n)) continue;  // never let chrome vote
    if (IsParagraphLike(n)) {
      std::string text = n->Text();
      size_t cps = CountCodePoints(text);
      if (cps >= 25 && !IsChromeLine(text)) {
        double density = LinkDensity(n, text.size());
        double s = 1 + CountCommas(text) + std::min<double>(static_cast<double>(cps) / 100, 3);
        s *= (1 - density);
        const HtmlNode* p = n->parent;
        for (int level = 0; p && p != root && level < 3; ++level, p = p->parent) {
          init(p);
          score[p] += level == 0 ? s : level == 1 ? s / 2 : s / 3;
        }
      }
      if (n->tag == "p" || n->tag == "pre") continue;
    } else if (HasBlockChild(n)) {
      size_t link_len = 0;
      std::string loose = LooseText(n, &link_len);
      size_t cps = CountCodePoints(loose);
      if (cps >= 25 && !IsChromeLine(loose)) {
        double density = loose.empty() ? 1.0 : std::min(1.0, double(link_len) / loose.size());
        double s = 1 + CountCommas(loose) + std::min<double>(static_cast<double>(cps) / 100, 3);
        s *= (1 - density);
        const HtmlNode* p = n;
        for (int level = 0; p && p != root && level < 3; ++level, p = p->parent) {
          init(p);
          score[p] += level == 0 ? s : level == 1 ? s / 2 : s / 3;
        }
      }
    }
    for (size_t i = n->children.size(); i-- > 0;) stack.push_back(n->children[i].get());
  }
  const HtmlNode* best = nullptr;
  double best_score = 0;
  for (const HtmlNode* n : order) {
    std::string text = n->Text();
    double s = score[n] * ClassFactor(n) * (1 - LinkDensity(n, text.size()));
    if (!best || s > best_score) {
      best = n;
      best_score = s;
    }
  }
  if (!best) {
    for (const HtmlNode* b : doc.FindAll("body")) best = b;
    if (!best) best = root;
  }
  result.content_root = best;
  if (!result.title_node) {
    // No headline confirms the page title (it may be a generic "Chi tiết tin"): take the
    // last heading outside the chrome before the article text, or the first one in it.
    const HtmlNode* chosen = nullptr;
    bool passed_root = false;
    std::vector<const HtmlNode*> walk{root};
    while (!walk.empty() && !passed_root) {
      const HtmlNode* n = walk.back();
      walk.pop_back();
      if (n->is_text()) continue;
      if (n == best) {
        for (const HtmlNode* h : doc.FindAll("h1"))
          if (IsInside(h, best) && !chosen) chosen = h;
        passed_root = true;
        break;
      }
      if (n != root && IsChromeElement(n)) continue;
      if ((n->tag == "h1" || n->tag == "h2" || n->tag == "h3") && CountCodePoints(n->Text()) >= 15)
        chosen = n;
      for (size_t i = n->children.size(); i-- > 0;) walk.push_back(n->children[i].get());
    }
    if (chosen) {
      result.title_node = chosen;
      result.title = chosen->Text();
    }
  }

  // Siblings that score well join the article (text split across sibling divs).
  std::vector<const HtmlNode*> parts;
  if (best->parent && best != root) {
    double threshold = std::max(10.0, best_score * 0.2);
    for (const auto& sib : best->parent->children) {
      const HtmlNode* s = sib.get();
      if (s == best) {
        parts.push_back(s);
        continue;
      }
      if (s->is_text() || IsChromeElement(s)) continue;
      auto it = score.find(s);
      bool join = it != score.end() &&
                  it->second * ClassFactor(s) * (1 - LinkDensity(s, s->Text().size())) >= threshold;
      if (!join && s->tag == "p") {
        std::string t = s->Text();
        join = CountCodePoints(t) > 80 && LinkDensity(s, t.size()) < 0.25;
      }
      if (join) parts.push_back(s);
    }
  } else {
    parts.push_back(best);
  }
  for (const HtmlNode* p : parts) {
    CollectParagraphs(p, result.title, &result.paragraphs);
    std::vector<const HtmlNode*> walk{p};
    while (!walk.empty()) {
      const HtmlNode* n = walk.back();
      walk.pop_back();
      if (n->tag == "a") {
        if (CountCodePoints(n->Text()) >= 25) ++result.headline_links;
        continue;
      }
      for (const auto& c : n->children) walk.push_back(c.get());
    }
  }
  return result;
}

}  // namespace vn::indexer
