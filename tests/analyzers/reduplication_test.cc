#include "analyzers/reduplication.h"

#include <gtest/gtest.h>

namespace siaran::analyzers {
namespace {

std::optional<std::string> base(std::string a, std::string b) { return Reduplication::base({a, b}); }

TEST(Reduplication, Full) {
  EXPECT_EQ(base("kata", "kata"), "kata");
  EXPECT_EQ(base("buku", "buku"), "buku");
}

TEST(Reduplication, Prefixed) {
  EXPECT_EQ(base("berlari", "lari"), "berlari");
  EXPECT_EQ(base("memukul", "mukul"), "memukul");
  EXPECT_EQ(base("menembak", "nembak"), "menembak");
  EXPECT_EQ(base("tersenyum", "senyum"), "tersenyum");
}

TEST(Reduplication, Suffixed) {
  EXPECT_EQ(base("sayur", "sayuran"), "sayuran");
  EXPECT_EQ(base("buah", "buahan"), "buahan");
}

TEST(Reduplication, Confixed) {
  EXPECT_EQ(base("berbalas", "balasan"), "berbalasan");
  EXPECT_EQ(base("bersalam", "salaman"), "bersalaman");
  EXPECT_EQ(base("meniru", "nirukan"), "menirukan");  // the nasalised root repeated
  EXPECT_EQ(base("menyebut", "nyebutkan"), "menyebutkan");
  EXPECT_EQ(base("berbalas", "balasmu"), std::nullopt);  // -mu is no reduplication suffix
  EXPECT_EQ(base("xyzbalas", "balasan"), std::nullopt);  // xyz- is no prefix
}

TEST(Reduplication, CliticAfterTheHyphen) {
  EXPECT_EQ(base("kuasa", "mu"), "kuasa");
  EXPECT_EQ(base("nikmat", "ku"), "nikmat");
  EXPECT_EQ(base("kpk", "nya"), "kpk");
  EXPECT_EQ(Reduplication::base({"buku", "buku", "nya"}), "buku");
  EXPECT_EQ(Reduplication::base({"prabowo", "gibran", "nya"}), std::nullopt);
  EXPECT_EQ(Reduplication::base({"a", "b", "c", "nya"}), std::nullopt);
}

TEST(Reduplication, NotReduplication) {
  EXPECT_EQ(base("sayur", "mayur"), std::nullopt);
  EXPECT_EQ(base("bolak", "balik"), std::nullopt);
  EXPECT_EQ(base("prabowo", "gibran"), std::nullopt);
  EXPECT_EQ(base("tolong", "menolong"), std::nullopt);
  EXPECT_EQ(base("anti", "korupsi"), std::nullopt);
  EXPECT_EQ(base("pasca", "sca"), std::nullopt);   // "pa" is no prefix
  EXPECT_EQ(base("bermain", "in"), std::nullopt);  // too short to be the root
  EXPECT_EQ(Reduplication::base({"a", "a", "a"}), std::nullopt);
  EXPECT_EQ(Reduplication::base({"kata"}), std::nullopt);
}

}  // namespace
}  // namespace siaran::analyzers
