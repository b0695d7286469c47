#include "corpus/topic_classifier.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <unordered_set>

#include "corpus/text_scan.h"

namespace siaran::corpus {
namespace {

constexpr std::string_view kTopicsTsv =
#include "corpus/data/topics.tsv"
    ;

}  // namespace

struct TopicClassifier::Rules {
  struct Rule {
    int topic;
    double weight;
  };
  std::vector<std::string> topics;
  std::vector<Rule> rules;  // PhraseTable values index this
  PhraseTable phrases;

  void load(std::string_view tsv) {
    std::unordered_set<std::string> seen;
    for (const DataRow& row : parse_data_table(tsv)) {
      auto fail = [&](const std::string& why) {
        throw std::invalid_argument("topics.tsv line " + std::to_string(row.line) + ": " + why);
      };
      if (row.fields.size() != 3 || row.fields[0].empty())
        fail("expected: topic <TAB> weight <TAB> phrases");
      const std::string& topic = row.fields[0];
      if (topic == kFallbackTopic) fail("\"" + topic + "\" is the fallback, not a rule topic");
      char* end = nullptr;
      const double weight = std::strtod(row.fields[1].c_str(), &end);
      if (row.fields[1].empty() || *end != '\0' || !(weight > 0))
        fail("weight \"" + row.fields[1] + "\" is not a positive number");
      auto it = std::find(topics.begin(), topics.end(), topic);
      const int topic_index = static_cast<int>(it - topics.begin());
      if (it == topics.end()) topics.push_back(topic);
      const std::vector<std::string> list = split_list(row.fields[2]);
      if (list.empty()) fail("no phrases");
      for (const std::string& phrase : list) {
        // The same phrase twice would silently count for only the first topic.
        std::string key;
        for (const ScanToken& t : scan_tokens(phrase)) key += t.text + ' ';
        if (!seen.insert(key).second) fail("phrase \"" + phrase + "\" is listed twice");
        try {
          phrases.add(phrase, static_cast<int>(rules.size()));
        } catch (const std::invalid_argument& e) {
          fail(e.what());
        }
        rules.push_back({topic_index, weight});
      }
    }
    if (topics.empty()) throw std::invalid_argument("topics.tsv: no rules");
  }

  // Occurrences of each rule in `text`.
  void count(std::string_view text, std::vector<int>& counts) const {
    const std::vector<ScanToken> tokens = scan_tokens(text);
    for (size_t i = 0; i < tokens.size();) {
      if (auto m = phrases.longest_at(tokens, i)) {
        ++counts[m->value];
        i += m->length;
      } else {
        ++i;
      }
    }
  }
};

TopicClassifier::TopicClassifier() {
  static const std::shared_ptr<const Rules> builtin = [] {
    auto rules = std::make_shared<Rules>();
    try {
      rules->load(kTopicsTsv);
    } catch (const std::invalid_argument& e) {
      throw std::logic_error(std::string("built-in topic rules: ") + e.what());
    }
    return rules;
  }();
  rules_ = builtin;
}

TopicClassifier::TopicClassifier(std::shared_ptr<const Rules> rules) : rules_(std::move(rules)) {}

TopicClassifier TopicClassifier::from_rules(std::string_view tsv) {
  auto rules = std::make_shared<Rules>();
  rules->load(tsv);
  return TopicClassifier(std::move(rules));
}

const std::vector<std::string>& TopicClassifier::topics() const { return rules_->topics; }

TopicResult TopicClassifier::classify(std::string_view title, std::string_view body) const {
  const Rules& r = *rules_;
  std::vector<int> in_title(r.rules.size(), 0), in_body(r.rules.size(), 0);
  r.count(title, in_title);
  r.count(body, in_body);

  std::vector<double> score(r.topics.size(), 0.0);
  for (size_t k = 0; k < r.rules.size(); ++k) {
    const double hits = (in_title[k] > 0 ? kTitleFactor : 0.0) +
                        std::min(in_body[k], kMaxBodyRepeats);
    score[r.rules[k].topic] += r.rules[k].weight * hits;
  }

  TopicResult result;
  for (size_t t = 0; t < r.topics.size(); ++t)
    if (score[t] > 0) result.scores.push_back({r.topics[t], score[t]});
  // Stable: equal scores keep taxonomy order.
  std::stable_sort(result.scores.begin(), result.scores.end(),
                   [](const TopicScore& a, const TopicScore& b) { return a.score > b.score; });
  if (!result.scores.empty() && result.scores.front().score >= kMinScore) {
    result.topic = result.scores.front().topic;
    result.score = result.scores.front().score;
  } else {
    result.topic = std::string(kFallbackTopic);
    result.score = 0;
    result.fallback = true;
  }
  return result;
}

}  // namespace siaran::corpus
