#include "searchd/api_handlers.h"

#include <gtest/gtest.h>

namespace siaran::searchd {
namespace {

TEST(CompleteLastWord, ReplacesTheWordBeingTyped) {
  EXPECT_EQ(complete_last_word("lokakarya keh", "kehumasan"), "lokakarya kehumasan");
  EXPECT_EQ(complete_last_word("keh", "kehumasan"), "kehumasan");
  EXPECT_EQ(complete_last_word("title:keh", "kehumasan"), "title:kehumasan");
  EXPECT_EQ(complete_last_word("\"hari bh", "bhakti"), "\"hari bhakti");
  EXPECT_EQ(complete_last_word("remisi -nark", "narkoba"), "remisi -narkoba");
  EXPECT_EQ(complete_last_word("pemb\xC3\xA9", "pembebasan"), "pembebasan");  // a multibyte letter is part of the word
  EXPECT_EQ(complete_last_word("lokakarya ", "kehumasan"), "");
  EXPECT_EQ(complete_last_word("", "kehumasan"), "");
}

}  // namespace
}  // namespace siaran::searchd
