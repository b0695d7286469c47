#include "web/i18n.h"

#include <array>
#include <cctype>
#include <charconv>

namespace siaran::web {
namespace {

struct Entry {
  Text key;
  std::string_view id;
  std::string_view en;
};

// One row per Text, in enum order (checked below at compile time).
constexpr Entry kTable[] = {
    {Text::SiteName, "Siaran", "Siaran"},
    {Text::Tagline, "Arsip siaran pers Pemasyarakatan", "Archive of corrections service press releases"},
    {Text::SkipToResults, "Langsung ke hasil", "Skip to results"},
    {Text::SkipToContent, "Langsung ke isi", "Skip to content"},
    {Text::OtherLanguage, "English", "Bahasa Indonesia"},
    {Text::OtherLanguageName, "en", "id"},
    {Text::SearchLabel, "Cari siaran pers", "Search press releases"},
    {Text::SearchPlaceholder, "mis. remisi lebaran", "e.g. remisi lebaran"},
    {Text::SearchButton, "Cari", "Search"},
    {Text::SearchHelpSummary, "Cara menulis pencarian", "How to write a search"},
    {Text::HintWords, "semua kata diutamakan, satu kata pun cocok", "releases with every word first, any word matches"},
    {Text::HintPhrase, "frasa persis", "exact phrase"},
    {Text::HintExclude, "kecualikan kata", "leave out a word"},
    {Text::HintOr, "salah satu kata", "either word"},
    {Text::HintTitle, "hanya di judul", "in the title only"},
    {Text::HintUnit, "unit penerbit", "issuing unit"},
    {Text::HintTopic, "topik", "topic"},
    {Text::HintDate, "rentang tanggal (tahun, bulan atau hari)", "date range (year, month or day)"},
    {Text::ResultsHeading, "Hasil pencarian", "Search results"},
    {Text::ResultsCount, "{} hasil", "{} results"},
    {Text::ResultsCountApprox, "sekitar {} hasil", "about {} results"},
    {Text::ResultsTook, "({} md)", "({} ms)"},
    {Text::ResultsPageOf, "halaman {} dari {}", "page {} of {}"},
    {Text::DidYouMean, "Mungkin maksud Anda:", "Did you mean:"},
    {Text::SortLabel, "Urutkan", "Sort"},
    {Text::SortRelevance, "Paling relevan", "Most relevant"},
    {Text::SortNewest, "Terbaru", "Newest"},
    {Text::SortOldest, "Terlama", "Oldest"},
    {Text::FiltersHeading, "Saring hasil", "Refine results"},
    {Text::FacetYear, "Tahun", "Year"},
    {Text::FacetMonth, "Bulan", "Month"},
    {Text::FacetUnit, "Unit", "Unit"},
    {Text::FacetTopic, "Topik", "Topic"},
    {Text::FacetMore, "{} lainnya", "{} more"},
    {Text::FacetsApprox, "Jumlah dihitung dari sampel hasil.", "Counts are from a sample of the results."},
    {Text::ActiveFilters, "Filter aktif", "Active filters"},
    {Text::RemoveFilter, "hapus filter", "remove filter"},
    {Text::ClearFilters, "Hapus semua filter", "Clear all filters"},
    {Text::ChipUnit, "Unit: {}", "Unit: {}"},
    {Text::ChipTopic, "Topik: {}", "Topic: {}"},
    {Text::ChipDate, "Tanggal: {} – {}", "Date: {} – {}"},
    {Text::ChipFrom, "Sejak {}", "From {}"},
    {Text::ChipTo, "Sampai {}", "Until {}"},
    {Text::DateRangeHeading, "Rentang tanggal", "Date range"},
    {Text::DateFrom, "Dari", "From"},
    {Text::DateTo, "Sampai", "To"},
    {Text::DateApply, "Terapkan", "Apply"},
    {Text::DateInferred, "tanggal diperkirakan", "date inferred"},
    {Text::UnitInferred, "unit diperkirakan", "unit inferred"},
    {Text::TopicInferred, "topik diperkirakan", "topic inferred"},
    {Text::FilterByUnit, "Tampilkan hanya siaran {}", "Show only releases from {}"},
    {Text::Pagination, "Halaman hasil", "Result pages"},
    {Text::PagePrevious, "‹ Sebelumnya", "‹ Previous"},
    {Text::PageNext, "Berikutnya ›", "Next ›"},
    {Text::PageNumber, "Halaman {}", "Page {}"},
    {Text::PageCurrent, "Halaman {}, halaman ini", "Page {}, current page"},
    {Text::EmptyHeading, "Tidak ada siaran yang cocok", "No releases matched"},
    {Text::EmptyQuery, "Pencarian “{}” tidak menemukan siaran.", "The search “{}” found no releases."},
    {Text::EmptyFilters, "Tidak ada siaran dengan filter ini.", "No releases match these filters."},
    {Text::EmptyTipSpelling, "Periksa ejaan kata.", "Check the spelling."},
    {Text::EmptyTipFewerWords, "Gunakan lebih sedikit kata atau kata yang lebih umum.", "Use fewer or more general words."},
    {Text::EmptyTipOr, "Gabungkan sinonim dengan OR, mis. remisi OR asimilasi.", "Join synonyms with OR, e.g. remisi OR asimilasi."},
    {Text::EmptyTipFilters, "Hapus sebagian filter:", "Remove some filters:"},
    {Text::EmptyTipDates, "Perluas rentang tanggal.", "Widen the date range."},
    {Text::PastLastPage, "Halaman ini melewati hasil terakhir.", "This page is past the last result."},
    {Text::BackToFirstPage, "Kembali ke halaman pertama", "Back to the first page"},
    {Text::ErrorHeading, "Pencarian tidak dapat diproses", "The search could not be run"},
    {Text::ErrorHelp, "Perbaiki pencarian lalu coba lagi.", "Correct the search and try again."},
    {Text::NotFoundHeading, "Siaran tidak ditemukan", "Release not found"},
    {Text::NotFoundText, "Tidak ada siaran dengan kode “{}” di arsip.", "There is no release with the id “{}” in the archive."},
    {Text::BackToSearch, "Kembali ke pencarian", "Back to search"},
    {Text::BrowseHeading, "Jelajahi arsip", "Browse the archive"},
    {Text::LatestHeading, "Siaran terbaru", "Latest releases"},
    {Text::ArchiveSize, "{} siaran di arsip", "{} releases in the archive"},
    {Text::DocDate, "Tanggal", "Date"},
    {Text::DocUnit, "Unit", "Unit"},
    {Text::DocRegion, "Wilayah", "Region"},
    {Text::DocTopic, "Topik", "Topic"},
    {Text::DocAuthor, "Penulis", "Author"},
    {Text::DocSource, "Sumber", "Source"},
    {Text::DocPlace, "Tempat", "Place"},
    {Text::DocOriginal, "Tautan asli", "Original link"},
    {Text::DocInferredNote, "diperkirakan dari isi siaran", "inferred from the text of the release"},
    {Text::DocNoDate, "tidak diketahui", "unknown"},
    {Text::RelatedHeading, "Siaran terkait", "Related releases"},
    {Text::RelatedNone, "Belum ada siaran terkait.", "No related releases yet."},
    {Text::DocMetaHeading, "Keterangan siaran", "About this release"},
    {Text::FeedLink, "Langganan feed Atom pencarian ini", "Subscribe to this search (Atom feed)"},
    {Text::FeedTitle, "Siaran: {}", "Siaran: {}"},
    {Text::FeedTitleAll, "Siaran: siaran pers terbaru", "Siaran: latest press releases"},
    {Text::FeedSubtitle, "Siaran terbaru yang cocok dengan pencarian ini", "The newest releases matching this search"},
    {Text::ApiLink, "API JSON", "JSON API"},
    {Text::NewSearch, "Pencarian baru", "New search"},
    {Text::FacetSelected, "(dipilih)", "(selected)"},
    {Text::SearchTitle, "Pencarian “{}”", "Search “{}”"},
    {Text::TipsHeading, "Saran", "Tips"},
    {Text::HintsIntro, "Klik contoh untuk mencobanya.", "Select an example to try it."},
    {Text::FacetsEmpty, "Tidak ada nilai untuk disaring.", "Nothing to refine by."},
    {Text::FacetRegion, "Wilayah", "Region"},
    {Text::ChipRegion, "Wilayah: {}", "Region: {}"},
    {Text::UnavailableHeading, "Arsip belum siap", "The archive is not ready"},
    {Text::UnavailableText, "Indeks arsip belum tersedia. Coba lagi sebentar lagi.", "The archive index is not available yet. Try again shortly."},
    {Text::PageNotFoundHeading, "Halaman tidak ditemukan", "Page not found"},
    {Text::PageNotFoundText, "Alamat ini tidak ada di Siaran.", "There is no such page in Siaran."},
    {Text::BadRequestHeading, "Permintaan tidak valid", "Invalid request"},
};

constexpr bool table_in_enum_order() {
  for (size_t i = 0; i < std::size(kTable); ++i) {
    if (static_cast<size_t>(kTable[i].key) != i) return false;
  }
  return std::size(kTable) == static_cast<size_t>(Text::kCount);
}
static_assert(table_in_enum_order(), "kTable must have one row per Text, in enum order");

constexpr std::array<std::string_view, 12> kMonthsId = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
constexpr std::array<std::string_view, 12> kMonthsEn = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

Lang parse_lang(std::string_view code) {
  if (code.size() == 2 && std::tolower(static_cast<unsigned char>(code[0])) == 'e' &&
      std::tolower(static_cast<unsigned char>(code[1])) == 'n') {
    return Lang::En;
  }
  return Lang::Id;
}

std::string_view lang_code(Lang lang) { return lang == Lang::En ? "en" : "id"; }

std::string_view tr(Text text, Lang lang) {
  const Entry& e = kTable[static_cast<size_t>(text)];
  return lang == Lang::En ? e.en : e.id;
}

std::string format(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  auto next = args.begin();
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' && next != args.end()) {
      out += *next++;
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string format_count(unsigned long long n, Lang lang) {
  std::string digits = std::to_string(n);
  const char sep = lang == Lang::En ? ',' : '.';
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
    out += digits[i];
  }
  return out;
}

std::string_view month_name(int month, Lang lang) {
  if (month < 1 || month > 12) return {};
  return lang == Lang::En ? kMonthsEn[month - 1] : kMonthsId[month - 1];
}

std::string format_date(std::string_view iso, Lang lang) {
  const std::string unchanged(iso);
  if (iso.size() == 4 && all_digits(iso)) return unchanged;
  if (iso.size() < 7 || iso[4] != '-' || !all_digits(iso.substr(0, 4)) ||
      !all_digits(iso.substr(5, 2))) {
    return unchanged;
  }
  std::string_view month = month_name(to_int(iso.substr(5, 2)), lang);
  if (month.empty()) return unchanged;
  std::string year(iso.substr(0, 4));
  if (iso.size() == 7) return std::string(month) + " " + year;
  if (iso.size() < 10 || iso[7] != '-' || !all_digits(iso.substr(8, 2))) return unchanged;
  const int day = to_int(iso.substr(8, 2));
  if (day < 1 || day > 31) return unchanged;
  std::string out = std::to_string(day) + " " + std::string(month) + " " + year;
  if (iso.size() == 10) return out;
  // "THH:MM[:SS]": Indonesian writes the time with a dot (09.30), English with a colon.
  if (iso.size() >= 16 && iso[10] == 'T' && all_digits(iso.substr(11, 2)) && iso[13] == ':' &&
      all_digits(iso.substr(14, 2))) {
    const char sep = lang == Lang::En ? ':' : '.';
    return out + ", " + std::string(iso.substr(11, 2)) + sep + std::string(iso.substr(14, 2));
  }
  return unchanged;
}

}  // namespace siaran::web
