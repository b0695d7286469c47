// corpus::ReleaseTextReader — one press release as published on a web page, copied to a text
// file. One file is one record, reported at line 1.
//
//   title    the first non-empty line; when the next non-empty line repeats it (pages print the
//            headline twice), the repeat is dropped;
//   body     the remaining lines, one paragraph per line, page furniture removed
//            (corpus/page_furniture.h: reaction blocks, share rows, banners, promos);
//   place, source, date   from the dateline opening the body ("Sentul, INFO_PAS – Guna ...");
//   author   from the code closing the body ("(O2/afn)");
//   id       the file name without its extension ("ditjenpas-lokakarya-kehumasan").
//
// Optional front matter, for what the page does not show (a URL, a date, the issuing unit),
// between "---" lines at the very top; keys are Document field names and win over what the text
// says:
//   ---
//   url: https://example.go.id/berita/lokakarya
//   date: 13 Desember 2022
//   unit: Lapas Kelas IIA Cibinong
//   ---
// The date is read with ReaderOptions::date_format when given, else DateParser. An unknown key,
// an unreadable date, NUL bytes, invalid UTF-8, an empty file or a title without body text
// reject the file with the reason, and so does a file over ReaderOptions::max_record_bytes (read
// no further than the limit). A page saved as HTML source is reduced to its text first
// (corpus/html_text.h: scripts, styles and the <head> dropped, block elements ending lines).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "corpus/date_parser.h"
#include "corpus/page_furniture.h"
#include "corpus/reader.h"

namespace siaran::corpus {

class ReleaseTextReader : public Reader {
 public:
  // Throws std::invalid_argument for a bad options.date_format.
  explicit ReleaseTextReader(ReaderOptions options = {});

  void read(std::istream& in, const std::string& file, RecordSink& sink) override;

  // The release in `text` (named `file`: its stem becomes the id) into `doc`; the rejection
  // reason instead when it cannot be read.
  std::optional<std::string> parse(std::string_view text, const std::string& file,
                                   Document& doc) const;

 private:
  std::optional<std::string> read_front_matter(std::string_view& text, Document& doc) const;

  ReaderOptions options_;
  std::optional<DateFormat> date_format_;
  PageFurniture furniture_;
};

}  // namespace siaran::corpus
