#include "corpus/page_furniture.h"

#include <cctype>

namespace siaran::corpus {
namespace {

std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_with_word(std::string_view text, std::string_view prefix) {
  if (!text.starts_with(prefix)) return false;
  return text.size() == prefix.size() ||
         !std::isalnum(static_cast<unsigned char>(text[prefix.size()]));
}

// Lower-case `line` without trailing punctuation and spaces: "Bagikan :" -> "bagikan".
std::string key_of(std::string_view line) {
  std::string key = lowered(line);
  while (!key.empty() &&
         (key.back() == ':' || key.back() == ' ' || key.back() == '!' || key.back() == '|')) {
    key.pop_back();
  }
  return key;
}

bool is_reaction_heading(std::string_view line) {
  const std::string key = key_of(line);
  return key == "what's your reaction?" || key == "what\xE2\x80\x99s your reaction?" ||
         key == "whats your reaction?" || key == "apa reaksi anda?" ||
         key == "bagaimana reaksi anda?";
}

bool is_reaction_label_or_count(std::string_view line) {
  static constexpr std::string_view kLabels[] = {
      "like", "dislike",      "love",       "funny",  "angry", "sad",   "wow",
      "haha", "suka",         "tidak suka", "senang", "sedih", "marah", "kaget",
      "lucu", "terinspirasi", "bangga",     "takut",  "kesal"};
  const std::string key = key_of(line);
  if (key.empty()) return false;
  bool all_digits = true;
  for (char c : key) all_digits = all_digits && (std::isdigit(static_cast<unsigned char>(c)) != 0);
  if (all_digits) return true;
  for (std::string_view label : kLabels) {
    if (key == label) return true;
  }
  return false;
}

// A row made only of share words: "Bagikan", "Share: Facebook Twitter WhatsApp".
bool is_share_row(std::string_view line) {
  static constexpr std::string_view kShareWords[] = {
      "bagikan", "bagikan:", "share",    "share:",     "tweet",    "whatsapp",  "facebook",
      "twitter", "x",        "telegram", "line",       "linkedin", "pinterest", "email",
      "e-mail",  "copy",     "link",     "salin",      "tautan",   "print",     "cetak",
      "|",       "-",        "·",        "share this", "kirim"};
  if (line.size() > 100) return false;
  const std::string text = lowered(line);
  size_t pos = 0;
  bool any = false;
  while (pos < text.size()) {
    const size_t end = text.find(' ', pos);
    const std::string_view word = std::string_view(text).substr(
        pos, end == std::string::npos ? std::string::npos : end - pos);
    pos = end == std::string::npos ? text.size() : end + 1;
    if (word.empty()) continue;
    bool known = false;
    for (std::string_view share : kShareWords) known = known || word == share;
    if (!known) return false;
    any = true;
  }
  return any;
}

// `line` without the occurrences of `fragment` that stand as their own word (each becomes a
// space; the caller normalises spaces afterwards).
std::string without_fragment(const std::string& line, std::string_view fragment) {
  std::string out;
  size_t copied = 0, pos = 0;
  while ((pos = line.find(fragment, pos)) != std::string::npos) {
    const size_t end = pos + fragment.size();
    const bool word_start = pos == 0 || !std::isalnum(static_cast<unsigned char>(line[pos - 1]));
    const bool word_end =
        end == line.size() || !std::isalnum(static_cast<unsigned char>(line[end]));
    if (word_start && word_end) {
      out.append(line, copied, pos - copied);
      out += ' ';
      copied = end;
    }
    pos = end;
  }
  out.append(line, copied, std::string::npos);
  return out;
}

bool is_debris(char c) { return c == ',' || c == '-' || c == ' ' || c == ';'; }

void strip_leading_debris(std::string& text) {
  size_t cut = 0;
  while (cut < text.size()) {
    if (is_debris(text[cut])) {
      ++cut;
    } else if (text.compare(cut, 3, "\xE2\x80\x93") == 0 ||
               text.compare(cut, 3, "\xE2\x80\x94") == 0) {
      cut += 3;  // en and em dash
    } else {
      break;
    }
  }
  text.erase(0, cut);
}

void strip_trailing_debris(std::string& text) {
  while (!text.empty() && (text.back() == ',' || text.back() == ' ')) text.pop_back();
}

}  // namespace

std::string PageFurniture::normalise_spaces(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  auto add_space = [&out] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  for (size_t i = 0; i < line.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
      add_space();
    } else if (line.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
      add_space(), i += 1;
    } else if (c == 0xE2 && i + 2 < line.size() &&
               static_cast<unsigned char>(line[i + 1]) == 0x80) {
      const unsigned char third = static_cast<unsigned char>(line[i + 2]);
      if (third <= 0x8A || third == 0xAF) {  // U+2000..U+200A, U+202F narrow no-break space
        add_space(), i += 2;
      } else if (third == 0x8B) {  // U+200B zero-width space
        i += 2;
      } else {
        out += line[i];
      }
    } else if (line.compare(i, 3, "\xEF\xBB\xBF") == 0) {  // BOM / zero-width no-break space
      i += 2;
    } else {
      out += line[i];
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool PageFurniture::is_furniture_line(std::string_view line) {
  static constexpr std::string_view kBanners[] = {"scroll to continue with content",
                                                  "advertisement",
                                                  "iklan",
                                                  "loading...",
                                                  "loading",
                                                  "continue reading",
                                                  "baca selengkapnya",
                                                  "artikel terkait",
                                                  "berita terkait"};
  static constexpr std::string_view kPromoPrefixes[] = {
      "baca juga",    "lihat juga",    "simak juga video", "simak video", "tonton juga video",
      "tonton video", "saksikan live", "saksikan juga",    "read also",   "see also"};
  const std::string key = key_of(line);
  for (std::string_view banner : kBanners) {
    if (key == banner) return true;
  }
  for (std::string_view prefix : kPromoPrefixes) {
    if (starts_with_word(key, prefix)) return true;
  }
  return is_share_row(line);
}

std::vector<std::string> PageFurniture::paragraphs(std::string_view text) const {
  std::vector<std::string> out;
  bool in_reactions = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line = normalise_spaces(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    if (is_reaction_heading(line)) {
      in_reactions = true;
      continue;
    }
    if (in_reactions && is_reaction_label_or_count(line)) continue;
    in_reactions = false;
    if (is_furniture_line(line)) continue;
    for (std::string_view fragment :
         {"SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "loading..."}) {
      if (line.find(fragment) != std::string::npos)
        line = normalise_spaces(without_fragment(line, fragment));
    }
    if (out.empty()) strip_leading_debris(line);
    if (!line.empty()) out.push_back(std::move(line));
  }
  if (!out.empty()) {
    strip_trailing_debris(out.back());
    if (out.back().empty()) out.pop_back();
  }
  return out;
}

std::string PageFurniture::clean(std::string_view text) const {
  return join_paragraphs(paragraphs(text));
}

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& paragraph : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += paragraph;
  }
  return out;
}

}  // namespace siaran::corpus
