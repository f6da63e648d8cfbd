// The Xapian index schema shared by the indexer (which writes it) and the query side
// (which reads it). Term prefixes follow Xapian Omega's conventions where one exists so
// Omega's delve/quest can read the index; our own facets use X-prefixes. Every body and
// title word is indexed twice: its exact lower-case canonical form (unprefixed, without
// positions) and its accent-free form (prefix XF, with positions), so "quang tri" finds
// "Quảng Trị" while a query typed with marks ranks exact matches first. Phrases are matched
// on the accent-free positions.
#pragma once

namespace vn::schema {

// Omega conventions.
inline constexpr const char* kId = "Q";     // unique id: "Q" + document id (hex sha1 of URL)
inline constexpr const char* kUrl = "U";    // "U" + canonical URL (hashed when > 240 bytes)
inline constexpr const char* kHost = "H";   // "H" + lower-case host
inline constexpr const char* kDay = "D";    // "D" + YYYYMMDD of publication
inline constexpr const char* kMonth = "M";  // "M" + YYYYMM
inline constexpr const char* kYear = "Y";   // "Y" + YYYY
inline constexpr const char* kTitle = "S";  // "S" + exact title word
inline constexpr const char* kMime = "T";   // "T" + MIME type
// Our own.
inline constexpr const char* kFolded = "XF";        // accent-free body/title word
inline constexpr const char* kTitleFolded = "XSF";  // accent-free title word
// A known name in any of its forms (indexer/alias_expander.h): "XA" + the accent-free
// canonical form ("XAha noi" wherever "Hà Nội", "TP Hà Nội", "HN", "Hanoi"... stand).
inline constexpr const char* kAliasGroup = "XA";
inline constexpr const char* kPlace = "XP";      // canonical province/place, folded, spaces kept
inline constexpr const char* kOrg = "XO";        // canonical organisation, folded
inline constexpr const char* kPerson = "XN";     // person name, folded
inline constexpr const char* kEventType = "XE";  // event type keyword (signing, ...)
inline constexpr const char* kPartner = "XR";    // partner (province/country/org), folded
inline constexpr const char* kSource = "XS";     // source name
inline constexpr const char* kEventYear = "XY";  // year of any event date
inline constexpr const char* kSourceProvince = "XW";  // the publishing department's province

// Metadata key holding the schema version of a database, written when it is created.
// Version 2 (2026-12-04) added the name terms (kAliasGroup); a database without the key is
// older, and names are then searched as phrases of their forms.
inline constexpr const char* kSchemaVersionKey = "vnarchive.schema";
inline constexpr const char* kSchemaVersion = "2";

// Value slots.
inline constexpr unsigned kSlotPublished = 0;    // "YYYYMMDDhhmm" (sortable string)
inline constexpr unsigned kSlotEventStart = 1;   // "YYYYMMDD" earliest event date
inline constexpr unsigned kSlotEventEnd = 2;     // "YYYYMMDD" latest event date
inline constexpr unsigned kSlotWarcFile = 3;     // WARC file of the capture
inline constexpr unsigned kSlotCaptureDate = 4;  // WARC-Date of the capture
// Facet slots: display values (as the gazetteer or the text writes them), several values
// joined by kFacetSeparator, counted by the query side's facet match spy.
inline constexpr unsigned kSlotFacetPlace = 5;
inline constexpr unsigned kSlotFacetOrg = 6;
inline constexpr unsigned kSlotFacetPerson = 7;
inline constexpr unsigned kSlotFacetType = 8;
inline constexpr unsigned kSlotFacetYear = 9;  // publication year
inline constexpr char kFacetSeparator = '\x1f';
// The pairs of accent-free words side by side in the document (indexer/pair_sketch.h), for
// phrase searches. A document without one (indexed before 2026-12-04, or without
// accent-free terms) is checked against its positions.
inline constexpr unsigned kSlotPairSketch = 10;

// Document data: the extractor's JSON record (see README, "Extractor JSON").

// Weights of a query word's two forms. The accent-free form carries the ranking, so a query
// ranks documents alike whether it was typed with marks or without; the exact-mark form adds
// a smaller bonus so that, among comparable documents, the spelling the user typed comes
// first ("đường" ranks "con đường" above "Thái Bình Dương").
inline constexpr double kExactWeight = 0.3;
inline constexpr double kFoldedWeight = 1.0;

}  // namespace vn::schema
