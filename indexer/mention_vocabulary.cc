#include "indexer/mention_vocabulary.h"

#include "common/error.h"
#include "indexer/gazetteer.h"
#include "text/normaliser.h"

namespace vn::indexer {

namespace {

[[noreturn]] void Bad(std::string_view file, int line, const std::string& what) {
  throw CorruptError(std::string(file) + ": line " + std::to_string(line) + ": " + what);
}

void EnsureNotEmpty(std::string_view file, std::string_view data) {
  if (VocabularyLines(data).empty()) throw CorruptError(std::string(file) + ": no entries");
}

void ParseHeads(std::string_view data, MentionVocabulary* v) {
  constexpr std::string_view kFile = "organisation_heads.txt";
  EnsureNotEmpty(kFile, data);
  for (const VocabularyLine& line : VocabularyLines(data)) {
    std::string s = line.text;
    OrganisationHead head;
    // Flags in brackets at the end: "Sở [generic]".
    while (!s.empty() && s.back() == ']') {
      size_t open = s.rfind('[');
      if (open == std::string::npos) Bad(kFile, line.number, "']' without '['");
      std::string flag = s.substr(open + 1, s.size() - open - 2);
      if (flag == "generic")
        head.generic = true;
      else if (flag == "tại")
        head.consulate = true;
      else
        Bad(kFile, line.number, "unknown flag [" + flag + "] (known: [generic], [tại])");
      s.erase(open);
      while (!s.empty() && s.back() == ' ') s.pop_back();
    }
    std::string phrase = s, canonical = s;
    size_t eq = s.find('=');
    if (eq != std::string::npos) {
      phrase = s.substr(0, eq);
      canonical = s.substr(eq + 1);
      while (!phrase.empty() && phrase.back() == ' ') phrase.pop_back();
      while (!canonical.empty() && canonical.front() == ' ') canonical.erase(0, 1);
    }
    if (phrase.empty() || canonical.empty())
      Bad(kFile, line.number, "expected 'phrase' or 'phrase = canonical name'");
    if (ScanMentionTokens(phrase).empty() || !ScanMentionTokens(phrase)[0].word)
      Bad(kFile, line.number, "a head must start with a word");
    head.canonical = text::Normalise(canonical);
    v->heads.push_back(head);
    v->head_lexicon.Add(phrase, static_cast<int>(v->heads.size() - 1));
  }
}

void ParseWords(std::string_view data, MentionVocabulary* v) {
  constexpr std::string_view kFile = "organisation_words.txt";
  EnsureNotEmpty(kFile, data);
  Lexicon* section = nullptr;
  for (const VocabularyLine& line : VocabularyLines(data)) {
    if (line.text.front() == '[') {
      if (line.text == "[inner]")
        section = &v->inner;
      else if (line.text == "[connector]")
        section = &v->connector;
      else if (line.text == "[type]")
        section = &v->unit_type;
      else if (line.text == "[stop]")
        section = &v->stop;
      else if (line.text == "[not]")
        section = &v->not_organisation;
      else
        Bad(kFile, line.number,
            "unknown section " + line.text + " (known: [inner] [connector] [type] [stop] [not])");
      continue;
    }
    if (!section) Bad(kFile, line.number, "entry before the first [section]");
    section->Add(line.text, 0);
  }
}

void ParseList(std::string_view file, std::string_view data, std::vector<std::string>* names,
               Lexicon* lexicon) {
  EnsureNotEmpty(file, data);
  for (const VocabularyLine& line : VocabularyLines(data)) {
    if (ScanMentionTokens(line.text).empty()) Bad(file, line.number, "empty entry");
    int value = 0;
    if (names) {
      names->push_back(text::Normalise(line.text));
      value = static_cast<int>(names->size() - 1);
    }
    lexicon->Add(line.text, value);
  }
}

}  // namespace

MentionVocabulary MentionVocabulary::Parse(std::string_view organisation_heads,
                                           std::string_view organisation_words,
                                           std::string_view titles, std::string_view honorifics,
                                           std::string_view family_names) {
  MentionVocabulary v;
  ParseHeads(organisation_heads, &v);
  ParseWords(organisation_words, &v);
  ParseList("titles.txt", titles, &v.titles, &v.title_lexicon);
  ParseList("honorifics.txt", honorifics, &v.honorifics, &v.honorific_lexicon);
  ParseList("family_names.txt", family_names, nullptr, &v.family_names);
  return v;
}

const MentionVocabulary& MentionVocabulary::Default() {
  static const MentionVocabulary v = Parse(
      EmbeddedData("organisation_heads.txt"), EmbeddedData("organisation_words.txt"),
      EmbeddedData("titles.txt"), EmbeddedData("honorifics.txt"), EmbeddedData("family_names.txt"));
  return v;
}

}  // namespace vn::indexer
