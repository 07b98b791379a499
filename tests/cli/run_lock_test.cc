// RunLock: one holder at a time, released however the holder ends.
#include "cli/run_lock.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <memory>

#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace {

bool Has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST(RunLockTest, OneHolderAtATime) {
  testing_util::TempDir dir;
  const std::string db = dir.File("corpus.db");
  std::string error;
  bool held = true;
  auto first = std::make_unique<RunLock>();
  ASSERT_TRUE(first->TryAcquire(db, &held, &error)) << error;
  EXPECT_FALSE(held);

  RunLock second;
  EXPECT_FALSE(second.TryAcquire(db, &held, &error));
  EXPECT_TRUE(held);
  EXPECT_TRUE(Has(error, RunLock::PathFor(db))) << error;
  EXPECT_TRUE(Has(error, "process " + std::to_string(getpid()))) << error;

  first.reset();
  EXPECT_TRUE(second.TryAcquire(db, &held, &error)) << error;
}

TEST(RunLockTest, AKilledHolderLeavesNoStaleLock) {
  testing_util::TempDir dir;
  const std::string db = dir.File("corpus.db");
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    RunLock lock;
    bool held = false;
    std::string error;
    char ok = lock.TryAcquire(db, &held, &error) ? '1' : '0';
    if (write(ready[1], &ok, 1) != 1) _exit(1);
    for (;;) pause();
  }
  close(ready[1]);
  char ok = 0;
  ASSERT_EQ(read(ready[0], &ok, 1), 1);
  close(ready[0]);
  ASSERT_EQ(ok, '1');

  RunLock lock;
  bool held = false;
  std::string error;
  EXPECT_FALSE(lock.TryAcquire(db, &held, &error));
  EXPECT_TRUE(held);
  EXPECT_TRUE(Has(error, "process " + std::to_string(child))) << error;

  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(lock.TryAcquire(db, &held, &error)) << error;
}

TEST(RunLockTest, UncreatableLockFileIsNotHeld) {
  RunLock lock;
  bool held = true;
  std::string error;
  EXPECT_FALSE(lock.TryAcquire("/nonexistent-dir/x.db", &held, &error));
  EXPECT_FALSE(held);
  EXPECT_TRUE(Has(error, "/nonexistent-dir/x.db.lock")) << error;
}

}  // namespace
}  // namespace marketclaims
