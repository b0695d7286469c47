#include "search/snippets.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "search/query_parser.h"
#include "tests/search/mini_index.h"

namespace siaran::search {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

TEST(EscapeHtml, EscapesMarkupCharacters) {
  EXPECT_EQ(escape_html("<a href=\"x\">Tom & 'Jerry'</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  EXPECT_EQ(escape_html("biasa saja"), "biasa saja");
}

TEST(LeadingExcerpt, ShortTextIsWholeAndCollapsed) {
  EXPECT_EQ(leading_excerpt_html("  Paragraf satu.\n\nParagraf   dua.  "), "Paragraf satu. Paragraf dua.");
  EXPECT_EQ(leading_excerpt_html(""), "");
}

TEST(LeadingExcerpt, CutsAtAWordBoundary) {
  EXPECT_EQ(leading_excerpt_html("satu dua tiga empat", 12), "satu dua…");
  EXPECT_EQ(leading_excerpt_html("satu dua tiga", 13), "satu dua tiga");
  EXPECT_EQ(leading_excerpt_html("satu dua tiga", 8, "..."), "satu dua...");
}

TEST(LeadingExcerpt, NeverSplitsACharacter) {
  // One long word of two-byte characters, cut mid-way: the result stays valid UTF-8.
  std::string word;
  for (int i = 0; i < 10; ++i) word += "\xC3\xA9";  // é
  std::string out = leading_excerpt_html(word, 7);
  EXPECT_EQ(out, "\xC3\xA9\xC3\xA9\xC3\xA9…");
}

TEST(LeadingExcerpt, EscapesWhatItKeeps) {
  EXPECT_EQ(leading_excerpt_html("<script>alert(1)</script> & lagi"), "&lt;script&gt;alert(1)&lt;/script&gt; &amp; lagi");
}

class HighlighterTest : public ::testing::Test {
 protected:
  // title_html and body_html of the best match of `q`.
  std::pair<std::string, std::string> show(std::string_view q) {
    ParsedQuery parsed = parser_.parse(q);
    Xapian::MSet mset = index_.mset(parsed);
    EXPECT_GT(mset.size(), 0u) << q;
    if (mset.empty()) return {};
    Highlighter h(mset, analyzer_.xapian_stem(), !parsed.highlight.empty());
    Xapian::Document doc = mset.begin().get_document();
    return {h.title_html(doc.get_data()), h.body_html(bodies_.at(*mset.begin()))};
  }

  void add(const std::string& title, const std::string& body) {
    bodies_[index_.add(title, body)] = body;
  }

  analyzers::Analyzer analyzer_;
  testing::MiniIndex index_{analyzer_};
  QueryParser parser_{analyzer_};
  std::map<Xapian::docid, std::string> bodies_;
};

TEST_F(HighlighterTest, MarksCapitalisedWordsAndEscapesTheBody) {
  add("Lokakarya Kehumasan <Ditjenpas>",
      "Peserta menulis <script>alert(\"x\")</script> & 'kutipan'. Lokakarya Kehumasan digelar di "
      "Bogor selama tiga hari untuk petugas humas.");
  auto [title, body] = show("lokakarya kehumasan");
  EXPECT_EQ(title, "<mark>Lokakarya</mark> <mark>Kehumasan</mark> &lt;Ditjenpas&gt;");
  EXPECT_THAT(body, HasSubstr("<mark>Kehumasan</mark>"));
  EXPECT_THAT(body, HasSubstr("<mark>Lokakarya</mark>"));
  EXPECT_THAT(body, Not(HasSubstr("<script")));
  EXPECT_THAT(body, HasSubstr("&lt;script&gt;"));
  EXPECT_THAT(body, HasSubstr("&amp;"));
  // Xapian leaves quotes as they are: harmless in element text, which is where snippets go.
  EXPECT_THAT(body, HasSubstr("\"x\""));
}

TEST_F(HighlighterTest, MarksStemmedVariants) {
  ASSERT_EQ(analyzer_.stem("pembinaan"), analyzer_.stem("dibina"));
  add("Kegiatan di bengkel", "Warga binaan dibina setiap hari di bengkel kerja.");
  auto [title, body] = show("pembinaan");
  EXPECT_THAT(body, HasSubstr("<mark>dibina</mark>"));
  EXPECT_EQ(title, "Kegiatan di bengkel");
}

TEST_F(HighlighterTest, MarksFieldWordsUnprefixed) {
  add("Remisi Lebaran", "Pemberian remisi kepada warga binaan.");
  auto [title, body] = show("title:remisi");
  EXPECT_EQ(title, "<mark>Remisi</mark> Lebaran");
  EXPECT_THAT(body, HasSubstr("<mark>remisi</mark>"));
}

TEST_F(HighlighterTest, MarksPhrasesWhole) {
  add("Upacara", "Peringatan hari bhakti pemasyarakatan. Hari lain tanpa bhakti.");
  auto [title, body] = show("\"hari bhakti\"");
  EXPECT_THAT(body, HasSubstr("<mark>hari bhakti</mark>"));
  EXPECT_THAT(body, HasSubstr("Hari lain tanpa bhakti"));  // the loose words stay unmarked
}

TEST_F(HighlighterTest, KeepsTheWholeTitleWithItsPunctuation) {
  add("\"Barista\" di Lapas (Cibinong)!", "Pelatihan barista.");
  auto [title, body] = show("barista");
  EXPECT_EQ(title, "\"<mark>Barista</mark>\" di Lapas (Cibinong)!");
}

TEST_F(HighlighterTest, PassagesAreOneRunOfText) {
  add("Judul", "Paragraf pertama tentang remisi.\n\nParagraf   kedua\tjuga remisi.");
  auto [title, body] = show("remisi");
  EXPECT_EQ(body, "Paragraf pertama tentang <mark>remisi</mark>. Paragraf kedua juga <mark>remisi</mark>.");
}

TEST_F(HighlighterTest, BodyWithoutTheWordsStartsAtTheBeginning) {
  add("Remisi Lebaran", "Kalimat pertama tentang hal lain. Kalimat kedua juga.");
  auto [title, body] = show("title:remisi");
  EXPECT_EQ(body, "Kalimat pertama tentang hal lain. Kalimat kedua juga.");
}

TEST_F(HighlighterTest, NothingToMarkWithoutWords) {
  add("Remisi <Lebaran>", std::string(300, 'a') + " b");
  ParsedQuery parsed = parser_.parse("");
  Xapian::MSet mset = index_.mset(parsed);
  ASSERT_EQ(mset.size(), 1u);
  Highlighter h(mset, analyzer_.xapian_stem(), false);
  EXPECT_EQ(h.title_html("Remisi <Lebaran>"), "Remisi &lt;Lebaran&gt;");
  EXPECT_THAT(h.body_html("Awal teks. " + std::string(300, 'a')), StartsWith("Awal teks.…"));
}

// A long body: `before` sentences without the query's words, then `hit`, then `after` more.
std::string long_body(int before, const std::string& hit, int after) {
  std::string body;
  for (int i = 0; i < before; ++i) body += "Kalimat pembuka nomor " + std::to_string(i) + " tentang hal lain sama sekali. ";
  body += hit;
  for (int i = 0; i < after; ++i) body += " Kalimat penutup nomor " + std::to_string(i) + " juga tentang hal lain.";
  return body;
}

// A passage without its omission marks and its last word: MSet::snippet sizes a passage by the
// text it is given, so the window's passage may end one word later than the whole body's, and it
// omits the leading "…" where the whole body's passage starts a sentence.
std::string passage_core(std::string passage) {
  const std::string ellipsis(kEllipsis);
  if (passage.starts_with(ellipsis)) passage.erase(0, ellipsis.size());
  if (passage.ends_with(ellipsis)) passage.erase(passage.size() - ellipsis.size());
  const size_t last_space = passage.rfind(' ');
  return last_space == std::string::npos ? passage : passage.substr(0, last_space);
}

TEST_F(HighlighterTest, ALongBodyIsSearchedAroundItsFirstHitWithTheSamePassage) {
  const std::vector<std::string> bodies = {
      long_body(0, "Warga binaan dibina di bengkel kerja lapas.", 60),     // hit at the start
      long_body(30, "Warga binaan dibina di bengkel kerja lapas.", 30),    // in the middle
      long_body(60, "Warga binaan dibina di bengkel kerja lapas.", 0),     // at the end
      long_body(20, "Paragraf\n\nPembinaan warga binaan, lalu dibina lagi.", 20),
  };
  for (const std::string& body : bodies) {
    ASSERT_GT(body.size(), kSnippetWindowBytes);
    add("Judul", body);
  }
  for (const auto& [q, matches] : std::vector<std::pair<const char*, size_t>>{
           {"pembinaan", 4}, {"warga pembinaan", 4}, {"bengkel lapas", 3}}) {
    ParsedQuery parsed = parser_.parse(q);
    Xapian::MSet mset = index_.mset(parsed);
    ASSERT_EQ(mset.size(), matches) << q;
    Highlighter whole(mset, analyzer_.xapian_stem(), true);
    Highlighter windowed(mset, analyzer_.xapian_stem(), true, {parsed.exact_terms, parsed.stem_terms});
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const std::string& body = bodies_.at(*it);
      const std::string passage = windowed.body_html(body);
      const std::string whole_passage = whole.body_html(body);
      std::string a = passage_core(passage), b = passage_core(whole_passage);
      if (a.size() > b.size()) std::swap(a, b);
      EXPECT_TRUE(b.starts_with(a)) << q << "\n window: " << passage << "\n whole:  " << whole_passage;
      EXPECT_GT(a.size(), kSnippetBytes / 2) << q << ": " << passage;
      EXPECT_THAT(passage, HasSubstr("<mark>")) << q;
    }
  }
}

TEST_F(HighlighterTest, ALongBodyWithoutTheWordsStillStartsAtTheBeginning) {
  const std::string body = long_body(40, "", 0);
  add("Remisi", body);
  ParsedQuery parsed = parser_.parse("title:remisi");
  Xapian::MSet mset = index_.mset(parsed);
  ASSERT_EQ(mset.size(), 1u);
  Highlighter windowed(mset, analyzer_.xapian_stem(), true, {parsed.exact_terms, parsed.stem_terms});
  EXPECT_EQ(windowed.body_html(body), leading_excerpt_html(body));
}

// Counts the words it is asked to stem.
class CountingStem final : public Xapian::StemImplementation {
 public:
  explicit CountingStem(int& calls) : calls_(calls) {}
  std::string operator()(const std::string& word) override {
    ++calls_;
    return word.size() > 3 ? word.substr(0, 3) : word;
  }
  std::string get_description() const override { return "counting"; }

 private:
  int& calls_;
};

TEST(MemoizedStem, SameStemsEachWordStemmedOnce) {
  int calls = 0;
  Xapian::Stem memo = memoized_stem(Xapian::Stem(new CountingStem(calls)));
  EXPECT_EQ(memo("pembinaan"), "pem");
  EXPECT_EQ(memo("ab"), "ab");
  EXPECT_EQ(memo("pembinaan"), "pem");
  EXPECT_EQ(calls, 2);
  EXPECT_THAT(memo.get_description(), HasSubstr("counting"));

  analyzers::Analyzer analyzer;
  Xapian::Stem real = analyzer.xapian_stem();
  Xapian::Stem remembered = memoized_stem(analyzer.xapian_stem());
  for (const char* word : {"dibina", "pembinaan", "lapasnya", "remisi", "dibina"}) {
    EXPECT_EQ(remembered(word), real(word)) << word;
  }
}

TEST(MarksSameWords, ReadsQueriesAsMSetSnippetDoes) {
  using Q = Xapian::Query;
  const std::vector<std::string> ab = {"a", "b"};
  const Q tight(Q::OP_PHRASE, ab.begin(), ab.end(), 2);
  const Q loose_window(Q::OP_PHRASE, ab.begin(), ab.end(), 3);
  const Q a_or_b(Q::OP_OR, Q("a"), Q("b"));
  EXPECT_TRUE(marks_same_words(Q(Q::OP_OR, Q("a"), Q("Za")), Q(Q::OP_SCALE_WEIGHT, Q("Za"), 0.0)));
  EXPECT_FALSE(marks_same_words(Q("Sa"), Q("a")));           // a field word: only unprefixed marks
  EXPECT_TRUE(marks_same_words(Q(Q::OP_AND, tight, Q("c")), tight));
  EXPECT_FALSE(marks_same_words(tight, a_or_b));             // a tight phrase marks a and b only together
  EXPECT_FALSE(marks_same_words(a_or_b, tight));             // and loose words do not make a phrase
  EXPECT_TRUE(marks_same_words(loose_window, a_or_b));       // a phrase with a gap marks words alone
  EXPECT_TRUE(marks_same_words(Q("a"), Q()));
}

TEST_F(HighlighterTest, TheQueryAloneMarksTheSameWhenItHoldsTheHighlight) {
  add("Remisi Lebaran", "Pemberian remisi kepada warga binaan yang dibina di lapas. Hari bhakti.");
  for (const char* q : {"remisi", "pembinaan warga", "\"hari bhakti\" remisi", "remisi -narkoba"}) {
    ParsedQuery parsed = parser_.parse(q);
    ASSERT_TRUE(marks_same_words(parsed.query, parsed.highlight)) << q;
    auto [title, body] = show(q);  // the highlight joined, as MiniIndex runs it
    Xapian::Enquire enquire(index_.db());
    enquire.set_query(parsed.query);
    Xapian::MSet mset = enquire.get_mset(0, 1);
    ASSERT_EQ(mset.size(), 1u) << q;
    Highlighter alone(mset, analyzer_.xapian_stem(), true);
    EXPECT_EQ(alone.title_html("Remisi Lebaran"), title) << q;
    EXPECT_EQ(alone.body_html(bodies_.at(*mset.begin())), body) << q;
  }
  EXPECT_FALSE(marks_same_words(parser_.parse("title:remisi").query, parser_.parse("title:remisi").highlight));
}

}  // namespace
}  // namespace siaran::search
