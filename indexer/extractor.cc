#include "indexer/extractor.h"

#include <openssl/sha.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <unordered_set>

#include "indexer/agreement_extractor.h"
#include "indexer/content_extractor.h"
#include "indexer/date_parser.h"
#include "indexer/event_date_extractor.h"
#include "indexer/event_type_classifier.h"
#include "indexer/html_document.h"
#include "indexer/organisation_extractor.h"
#include "indexer/person_extractor.h"
#include "indexer/place_tagger.h"
#include "text/charset_decoder.h"
#include "text/utf8.h"

namespace vn::indexer {

namespace {

// The machine-readable posting date: JSON-LD datePublished, meta tags, itemprop.
std::optional<DateTime> MachinePublished(const HtmlDocument& doc, std::string* evidence) {
  for (const std::string& value : JsonLdStrings(doc, "datePublished")) {
    if (auto dt = ParseMachineDate(value)) {
      *evidence = value;
      return dt;
    }
  }
  static const char* kMetaNames[] = {
      "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
      "dc.date.issued",         "dcterms.created",   "date"};
  for (const char* wanted : kMetaNames) {
    for (const HtmlNode* m : doc.FindAll("meta")) {
      const std::string* key = m->Attr("property");
      if (!key) key = m->Attr("name");
      if (!key) key = m->Attr("itemprop");
      const std::string* content = m->Attr("content");
      if (!key || !content) continue;
      std::string k = *key;
      for (auto& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (k != wanted) continue;
      if (auto dt = ParseMachineDate(*content)) {
        *evidence = *content;
        return dt;
      }
    }
  }
  for (const HtmlNode* t : doc.FindAll("time")) {
    const std::string* ip = t->Attr("itemprop");
    const std::string* dtattr = t->Attr("datetime");
    if (dtattr && ip && *ip == "datePublished") {
      if (auto dt = ParseMachineDate(*dtattr)) {
        *evidence = *dtattr;
        return dt;
      }
    }
  }
  return std::nullopt;
}

// Text nodes in document order, for looking at what sits between headline and body.
void Linearise(const HtmlNode* n, std::vector<const HtmlNode*>* out) {
  std::vector<const HtmlNode*> stack{n};
  while (!stack.empty()) {
    const HtmlNode* x = stack.back();
    stack.pop_back();
    if (x->is_text()) {
      out->push_back(x);
      continue;
    }
    if (x->tag == "script") continue;
    for (size_t i = x->children.size(); i-- > 0;) stack.push_back(x->children[i].get());
  }
}

bool InsideList(const HtmlNode* n) {
  for (; n; n = n->parent)
    if (n->tag == "li" || n->tag == "a") return true;
  return false;
}

// True when the nearest block around a text node is one of the article's long paragraphs.
bool InsideBodyParagraph(const HtmlNode* text, const std::unordered_set<std::string>& body) {
  const HtmlNode* block = text->parent;
  while (block && !IsBlockTag(block->tag)) block = block->parent;
  if (!block) return false;
  std::string t = block->Text();
  if (body.count(t)) return true;
  // The text may be one <br>-separated part of a block.
  return body.count(CollapseSpace(text->text)) > 0;
}

bool IsInside(const HtmlNode* n, const HtmlNode* ancestor) {
  for (; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

// The posting date printed near the headline: from a few lines above the headline to the
// first long paragraph of the body. Sidebars and related lists lie outside that window.
std::optional<DateTime> VisiblePublished(const HtmlDocument& doc, const ExtractedContent& content,
                                         std::string* evidence) {
  std::vector<const HtmlNode*> texts;
  Linearise(doc.root(), &texts);
  size_t begin = texts.size();
  const HtmlNode* anchor = content.title_node ? content.title_node : content.content_root;
  if (!anchor) return std::nullopt;
  for (size_t i = 0; i < texts.size(); ++i) {
    if (IsInside(texts[i], anchor)) {
      begin = i;
      break;
    }
  }
  if (begin == texts.size()) return std::nullopt;
  std::unordered_set<std::string> body;
  for (const auto& p : content.paragraphs)
    if (p.size() > 100) body.insert(p);
  // A time/date line just above the headline ("22-09-2024 14:14" over the title).
  size_t from = begin;
  for (int seen = 0; from > 0 && seen < 8;)
    if (!CollapseSpace(texts[--from]->text).empty()) ++seen;
  size_t looked = 0;
  for (size_t i = from; i < texts.size() && looked < 40; ++i) {
    std::string t = CollapseSpace(texts[i]->text);
    if (t.empty()) continue;
    ++looked;
    bool after_head = i >= begin;
    // The body has begun: a text that is part of an article paragraph of some length ends
    // the window before its dates are read (they are event dates, not the posting date).
    if (after_head && InsideBodyParagraph(texts[i], body)) break;
    // Above the headline sidebars and menus are near; after it, only related-link lists.
    if (after_head ? InsideList(texts[i]) : InsideChromeOrList(texts[i], anchor)) continue;
    if (auto m = FindPostingDate(t)) {
      // Above the headline, only a line that is essentially a date (not a related-link title).
      if (after_head || t.size() < 60) {
        *evidence = t;
        return m->value;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

// The fact extractors that run on the body of every article, HTML or text.
static void ExtractFacts(Article* a) {
  const std::string body = a->BodyText();
  a->places = PlaceTagger().Tag(body);
  const std::vector<Place> title_places = PlaceTagger().Tag(a->title);
  PartnerSalience salience{
      &title_places, a->body.empty() ? 0 : static_cast<int64_t>(text::CountCodePoints(a->body[0]))};
  a->partners = PartnersFromPlaces(a->places, a->source_province, salience);
  a->event_dates = ExtractEventDates(body, ParseMachineDate(a->published));
  const std::vector<MentionToken> mentions = ScanMentionTokens(body);
  a->people = ExtractPeople(body, mentions);
  a->organisations = ExtractOrganisations(body, mentions);
  AttributeToSourceProvince(&a->organisations, a->source_province);
  EventTypeResult type = ClassifyEventType(a->title, a->body.empty() ? "" : a->body.front());
  a->event_type = type.type;
  a->event_type_evidence = type.evidence;
  a->agreements = ExtractAgreements(a->title, body);
}

std::string ToNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfc->isNormalized(s, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString out = nfc->normalize(s, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string Sha1Hex(std::string_view data) {
  unsigned char digest[SHA_DIGEST_LENGTH];
  SHA1(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
  std::string hex;
  char buf[3];
  for (unsigned char c : digest) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    hex += buf;
  }
  return hex;
}

void Extractor::AddFacts(Article* article) const { ExtractFacts(article); }

Article Extractor::ExtractHtml(const PageInput& page) const {
  Article a;
  a.url = page.url;
  a.canonical_url = page.url;
  a.source = page.source;
  a.source_province = page.source_province;
  text::DecodedText decoded = text::DecodeHtml(page.bytes, page.content_type);
  a.charset = decoded.charset;
  std::string utf8 = ToNfc(decoded.utf8);
  HtmlDocument doc = HtmlDocument::Parse(utf8);
  for (const HtmlNode* l : doc.FindAll("link")) {
    const std::string* rel = l->Attr("rel");
    const std::string* href = l->Attr("href");
    if (rel && href && *rel == "canonical" && href->rfind("http", 0) == 0) a.canonical_url = *href;
  }
  ContentExtractor ce;
  ExtractedContent content = ce.Extract(doc);
  a.title = content.title;
  a.body = content.paragraphs;
  std::string evidence;
  std::optional<DateTime> published = MachinePublished(doc, &evidence);
  std::string visible_evidence;
  std::optional<DateTime> visible = VisiblePublished(doc, content, &visible_evidence);
  // A visible date with a time beats a machine date without one for the same day.
  if (!published ||
      (visible && visible->year == published->year && visible->month == published->month &&
       visible->day == published->day && visible->has_time() && !published->has_time())) {
    if (visible) {
      published = visible;
      evidence = visible_evidence;
    }
  }
  if (published) {
    a.published = published->Iso();
    a.published_text = evidence;
    // The posting-date line is chrome, not article text.
    std::erase_if(a.body, [&](const std::string& p) { return p == visible_evidence; });
  }
  // A page of headline links without a posting date of its own is a list (home page,
  // category page, pagination), not an article.
  if (a.published.empty() && content.headline_links >= 2 &&
      (content.headline_links >= 4 ||
       2 * static_cast<size_t>(content.headline_links) >= content.paragraphs.size()))
    a.page_kind = "list";
  ExtractFacts(&a);
  std::string key = a.canonical_url.empty() ? a.url : a.canonical_url;
  a.id = Sha1Hex(key.empty() ? std::string(page.bytes) : key);
  return a;
}

Article Extractor::ExtractText(const PageInput& page, const std::string& published) const {
  Article a;
  a.url = page.url;
  a.canonical_url = page.url;
  a.source = page.source;
  a.source_province = page.source_province;
  text::DecodedText decoded = text::DecodeText(page.bytes);
  a.charset = decoded.charset;
  std::string utf8 = ToNfc(decoded.utf8);
  std::string para;
  auto flush = [&] {
    std::string p = CollapseSpace(para);
    para.clear();
    if (p.empty()) return;
    if (a.title.empty())
      a.title = p;
    else
      a.body.push_back(p);
  };
  size_t i = 0;
  while (i <= utf8.size()) {
    size_t j = utf8.find('\n', i);
    if (j == std::string::npos) j = utf8.size();
    std::string_view line(utf8.data() + i, j - i);
    bool blank = CollapseSpace(line).empty();
    if (blank || a.title.empty()) {
      para += line;
      flush();
    } else {
      para += ' ';
      para += line;
    }
    i = j + 1;
  }
  flush();
  if (!published.empty()) {
    if (auto dt = ParseMachineDate(published)) a.published = dt->Iso();
  } else if (!a.body.empty()) {
    // A posting-date line right under the title, as in pasted portal text.
    if (auto m = FindPostingDate(a.body.front()); m && a.body.front().size() < 60) {
      a.published = m->value.Iso();
      a.published_text = a.body.front();
      a.body.erase(a.body.begin());
    }
  }
  ExtractFacts(&a);
  a.id = Sha1Hex(a.url.empty() ? std::string(page.bytes) : a.url);
  return a;
}

}  // namespace vn::indexer
