// corpus::TopicClassifier — labels a release with one topic of a small taxonomy of corrections
// news, by weighted keyword rules that staff can read and change (corpus/data/topics.tsv).
//
// Taxonomy: Kehumasan, Pembinaan, Keamanan, Layanan & Kunjungan, Remisi & Integrasi, Kesehatan,
// Kerja Sama, Reformasi Birokrasi; and "Umum" for a release none of them fits.
//
// Scoring: the text is scanned once (case-insensitive whole words, longest phrase first). Each
// phrase found adds its weight to its topic: a phrase in the title counts kTitleFactor times (a
// title says what a release is about), in the body once per occurrence up to kMaxBodyRepeats (so
// one repeated word cannot outvote the rest). The topic with the highest score wins when the
// score reaches kMinScore; ties go to the topic listed first. Below that the topic is "Umum":
// a label rather than an empty field, so that "we looked and found no specific topic" is
// searchable and visible in facets (Document::topic_inferred still says it was derived).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace siaran::corpus {

struct TopicScore {
  std::string topic;
  double score = 0;
};

struct TopicResult {
  std::string topic;               // best topic, or TopicClassifier::kFallbackTopic
  double score = 0;                // its score; 0 for the fallback
  bool fallback = false;           // true when no topic reached kMinScore
  std::vector<TopicScore> scores;  // every topic with a score > 0, best first
};

class TopicClassifier {
 public:
  static constexpr std::string_view kFallbackTopic = "Umum";
  static constexpr double kTitleFactor = 3.0;
  static constexpr int kMaxBodyRepeats = 3;
  static constexpr double kMinScore = 6.0;

  // The built-in rules (corpus/data/topics.tsv). Throws std::logic_error when they are invalid
  // (a build defect that the unit tests catch).
  TopicClassifier();

  // Rules in the format of topics.tsv (without its first and last wrapper lines). Throws
  // std::invalid_argument naming the line and problem, e.g. "topics.tsv line 4: weight \"x\" is
  // not a positive number" or a phrase listed twice.
  static TopicClassifier from_rules(std::string_view tsv);

  TopicResult classify(std::string_view title, std::string_view body) const;

  // The taxonomy in order, without the fallback.
  const std::vector<std::string>& topics() const;

 private:
  struct Rules;
  explicit TopicClassifier(std::shared_ptr<const Rules> rules);
  std::shared_ptr<const Rules> rules_;
};

}  // namespace siaran::corpus
