// The conventions of an Indonesian press release's text, read by ReleaseTextReader and (for
// columns a CSV does not map) CsvReader:
//   a dateline opens the first paragraph:  "Sentul, INFO_PAS – Guna ...", "JAKARTA, (ANTARA) -
//     ...", "Jakarta (ANTARA) - ...", "Jakarta - ...", "Cibinong, 13 Desember 2022 – ...",
//     or only the publisher's domain: "TRIBUNNEWS.COM - ...";
//   an author code closes the last one:    "... ucap Bahrul. (O2/afn)", "... (bbs)".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "corpus/document.h"

namespace siaran::corpus {

struct Dateline {
  std::string place;   // "Sentul"; an all-capitals place is title-cased ("JAKARTA" -> "Jakarta")
  std::string source;  // "INFO_PAS", "ANTARA"; empty when the dateline names none
  std::string date;    // ISO date when the dateline states one instead of a source
};

// Recognises a dateline at the start of `paragraph` and removes it (with its dash: '-', '--',
// '–' or '—'). The place must look like a place name (one to four capitalised words) and the
// dash must come within the first 80 bytes; a dateline without a comma ("Jakarta - ") names at
// most two words. Otherwise `paragraph` is left alone.
std::optional<Dateline> take_dateline(std::string& paragraph);

// Recognises an author code in parentheses at the very end of `paragraph` and removes it (and
// the space before it). A code stands after a finished sentence (or alone), is at most 24
// characters without spaces, has a letter, and either has a '/' ("O2/afn", "ant/rls") or no
// capitals ("(bbs)"), so "(KPK)" or "(11/12)" ending a sentence are not taken for authors.
std::optional<std::string> take_author_code(std::string& paragraph);

// Applies both to the clean paragraphs of a release body: takes the dateline from the first
// paragraph and the author code from the last (dropping a paragraph they leave empty), and fills
// doc.place, doc.source, doc.date and doc.author from them where those are still empty.
void take_release_layout(std::vector<std::string>& paragraphs, Document& doc);

}  // namespace siaran::corpus
