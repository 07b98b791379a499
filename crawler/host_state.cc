#include "crawler/host_state.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace marketclaims {

bool HostState::PopReady(double now, Task* task) {
  size_t best = retries.size();
  for (size_t i = 0; i < retries.size(); ++i) {
    if (retries[i].not_before <= now &&
        (best == retries.size() || retries[i].not_before < retries[best].not_before)) {
      best = i;
    }
  }
  if (best < retries.size()) {
    *task = std::move(retries[best]);
    retries.erase(retries.begin() + best);
    return true;
  }
  if (!queue.empty()) {
    *task = std::move(queue.front());
    queue.pop_front();
    return true;
  }
  return false;
}

double HostState::EarliestTask(bool with_queue) const {
  if (with_queue && !queue.empty()) return 0;
  double t = std::numeric_limits<double>::infinity();
  for (const Task& r : retries) t = std::min(t, r.not_before);
  return t;
}

std::vector<Task> HostState::TakeAll() {
  std::vector<Task> all(std::make_move_iterator(retries.begin()),
                        std::make_move_iterator(retries.end()));
  retries.clear();
  for (Task& t : queue) all.push_back(std::move(t));
  queue.clear();
  return all;
}

}  // namespace marketclaims
