// analyzers::Reduplication — which hyphenated words are one Indonesian word said twice.
//
// Reduplication marks plurality or variety and is indexed as its base, one term at one position,
// so "buku-buku" matches "buku":
//   full           X-X         "kata-kata", "buku-buku"           -> "kata", "buku"
//   with clitic    X-X+clitic  "anak-anaknya" (clitics are stripped from every part first)
//                                                                  -> "anak"
//   prefixed       P+X-X       "berlari-lari", "memukul-mukul", "tersenyum-senyum"
//                                                                  -> the first part, "berlari"
//                  (P is an Indonesian prefix of 2..4 letters: ber-, me(N)-, ter-, di-, se-, ...)
//   suffixed       X-X+S       "sayur-sayuran", "buah-buahan", "obat-obatan" (S = -an, -kan, -i)
//                                                                  -> the second part, "sayuran",
//                                                                     whose stem is X
//   confixed       P+X-X+S     "berbalas-balasan", "bersalam-salaman", "meniru-nirukan" (X may
//                              be the nasalised root)    -> P+X+S, "berbalasan", "menirukan"
// A clitic written after a hyphen belongs to the word before it: "kuasa-Mu", "nikmat-Ku" (the
// capital marks God), "KPK-nya" -> "kuasa", "nikmat", "kpk"; "buku-buku-nya" -> "buku".
// Anything else is not reduplication and is indexed as its parts, each with its own position:
// compounds and names ("Prabowo-Gibran", "Covid-19", "anti-korupsi"), rhyming reduplication
// ("sayur-mayur", "bolak-balik": both parts are real words users search for), reciprocal forms
// ("tolong-menolong") and ranges ("8-10"). A query written the same way gives the same parts
// at consecutive positions, so a phrase search finds it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace siaran::analyzers {

class Reduplication {
 public:
  // `parts` are the exact (case-folded, clitic-free) forms of the hyphen-joined words. Returns
  // the single exact term of the whole group, or nullopt when it is not reduplication.
  static std::optional<std::string> base(const std::vector<std::string>& parts);
};

}  // namespace siaran::analyzers
