#include "archive/warc_record.h"

#include "archive/http_message.h"

namespace vn::archive {

std::optional<std::string> WarcRecord::Get(std::string_view name) const {
  for (const auto& [k, v] : fields) {
    if (EqualsIgnoreCase(k, name)) return v;
  }
  return std::nullopt;
}

void WarcRecord::Set(std::string_view name, std::string value) {
  for (auto& [k, v] : fields) {
    if (EqualsIgnoreCase(k, name)) {
      v = std::move(value);
      return;
    }
  }
  fields.emplace_back(std::string(name), std::move(value));
}

std::string WarcRecord::TargetUri() const {
  std::string uri = Get("WARC-Target-URI").value_or("");
  // WARC 1.0 showed the URI in angle brackets and wget/Heritrix-era tools copied that.
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') {
    uri = uri.substr(1, uri.size() - 2);
  }
  return uri;
}

}  // namespace vn::archive
