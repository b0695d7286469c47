#include "indexer/interrupt.h"

#include <csignal>

namespace siaran::indexer {
namespace {

volatile std::sig_atomic_t g_signal = 0;
struct sigaction g_previous_int, g_previous_term;

extern "C" void record_signal(int signal) { g_signal = signal; }

}  // namespace

InterruptFlag::InterruptFlag() {
  g_signal = 0;
  struct sigaction action {};
  action.sa_handler = record_signal;
  sigemptyset(&action.sa_mask);
  // SA_RESETHAND: the next Ctrl-C gets the default action and ends the program at once — the way
  // out of a read blocked on an idle stdin (libstdc++ retries reads a signal interrupts), and for
  // an impatient user. The half-written generation is then removed by the next build's publish.
  action.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &action, &g_previous_int);
  sigaction(SIGTERM, &action, &g_previous_term);
}

InterruptFlag::~InterruptFlag() {
  sigaction(SIGINT, &g_previous_int, nullptr);
  sigaction(SIGTERM, &g_previous_term, nullptr);
}

int InterruptFlag::received() { return g_signal; }

void InterruptFlag::check() {
  if (g_signal != 0) throw Interrupted{g_signal};
}

}  // namespace siaran::indexer
