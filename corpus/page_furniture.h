// corpus::PageFurniture — strips what a web page wraps around a release, so that only the
// release's own text is indexed and shown in snippets.
//
// Text is read as one paragraph per non-empty line (web copy puts each <p> on its own line).
// Removed:
//   whole lines     "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Iklan", "loading...",
//                   link and video promos ("Baca juga: ...", "Lihat juga: ...", "Simak juga
//                   Video ...", "Tonton juga video ...", "Saksikan Live ..."),
//                   share-button rows made only of share words ("Bagikan", "Share", "Tweet",
//                   "WhatsApp", "Facebook", "Telegram", "Copy link", ...);
//   reaction blocks "What's Your Reaction?" / "Apa Reaksi Anda?" and the labels and counters
//                   after it ("like", "0", "dislike", "0", ..., "wow", "0");
//   fragments       "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT" and "loading..." inside a
//                   line (scrapers glue them to the text);
//   debris          punctuation a scraper left where it cut a dateline or links out: leading
//                   ",,,", "- " at the very start of the text, trailing commas at its end.
// White space is normalised: no-break and other Unicode spaces become ' ', zero-width spaces and
// BOMs vanish, runs of spaces collapse, lines are trimmed. Paragraphs are joined with "\n\n".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace siaran::corpus {

class PageFurniture {
 public:
  // The clean paragraphs of `text`, in order.
  std::vector<std::string> paragraphs(std::string_view text) const;

  // paragraphs(text) joined with "\n\n".
  std::string clean(std::string_view text) const;

  // `line` with white space normalised as described above (also used for titles).
  static std::string normalise_spaces(std::string_view line);

  // true when the whole (normalised) line is furniture: a promo, a share row, a banner.
  static bool is_furniture_line(std::string_view line);
};

// Paragraphs joined with "\n\n", the Document::body convention.
std::string join_paragraphs(const std::vector<std::string>& paragraphs);

}  // namespace siaran::corpus
