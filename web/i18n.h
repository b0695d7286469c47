// web::i18n — every string the web form shows, in Bahasa Indonesia (the default) and English
// (?lang=en), plus the locale-dependent formatting of numbers, dates and months.
//
// Strings here are plain text: callers HTML-escape them like any other value. Placeholders are
// written "{}" and filled in order by format().
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace siaran::web {

enum class Lang { Id, En };

// "en" (any case) is English; anything else, including "", is Indonesian.
Lang parse_lang(std::string_view code);
std::string_view lang_code(Lang lang);  // "id" | "en"

enum class Text {
  SiteName, Tagline, SkipToResults, SkipToContent, OtherLanguage, OtherLanguageName,
  SearchLabel, SearchPlaceholder, SearchButton, SearchHelpSummary,
  HintWords, HintPhrase, HintExclude, HintOr, HintTitle, HintUnit, HintTopic, HintDate,
  ResultsHeading, ResultsCount, ResultsCountApprox, ResultsTook, ResultsPageOf,
  DidYouMean, SortLabel, SortRelevance, SortNewest, SortOldest,
  FiltersHeading, FacetYear, FacetMonth, FacetUnit, FacetTopic, FacetMore, FacetsApprox,
  ActiveFilters, RemoveFilter, ClearFilters, ChipUnit, ChipTopic, ChipDate, ChipFrom, ChipTo,
  DateRangeHeading, DateFrom, DateTo, DateApply,
  DateInferred, UnitInferred, TopicInferred, FilterByUnit,
  Pagination, PagePrevious, PageNext, PageNumber, PageCurrent,
  EmptyHeading, EmptyQuery, EmptyFilters, EmptyTipSpelling, EmptyTipFewerWords, EmptyTipOr,
  EmptyTipFilters, EmptyTipDates, PastLastPage, BackToFirstPage,
  ErrorHeading, ErrorHelp, NotFoundHeading, NotFoundText, BackToSearch,
  BrowseHeading, LatestHeading, ArchiveSize,
  DocDate, DocUnit, DocRegion, DocTopic, DocAuthor, DocSource, DocPlace, DocOriginal,
  DocInferredNote, DocNoDate, RelatedHeading, RelatedNone, DocMetaHeading,
  FeedLink, FeedTitle, FeedTitleAll, FeedSubtitle, ApiLink, NewSearch,
  FacetSelected, SearchTitle, TipsHeading, HintsIntro, FacetsEmpty, FacetRegion, ChipRegion,
  UnavailableHeading, UnavailableText, PageNotFoundHeading, PageNotFoundText, BadRequestHeading,
  kCount  // not a string: the size of the table
};

// The string `text` in `lang`.
std::string_view tr(Text text, Lang lang);

// `pattern` with each "{}" replaced by the next argument, in order.
std::string format(std::string_view pattern, std::initializer_list<std::string_view> args);

// 1234567 -> "1.234.567" (id) / "1,234,567" (en).
std::string format_count(unsigned long long n, Lang lang);

// "Januari".."Desember" / "January".."December"; "" outside 1..12.
std::string_view month_name(int month, Lang lang);

// "2022-11-05" -> "5 November 2022"; "2022-11-05T09:30:00" -> "5 November 2022, 09.30" (id) /
// "5 November 2022, 09:30" (en); "2022-11" -> "November 2022"; "2022" -> "2022". Anything else is
// returned unchanged, so an odd stored value is shown rather than lost.
std::string format_date(std::string_view iso, Lang lang);

}  // namespace siaran::web
