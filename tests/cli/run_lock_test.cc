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
  auto first = std::make_unique<RunLock>();
  Status status = first->TryAcquire(db);
  ASSERT_TRUE(status.ok()) << status.ToString();

  RunLock second;
  status = second.TryAcquire(db);
  EXPECT_TRUE(status.IsBusy()) << status.ToString();
  EXPECT_TRUE(Has(status.message(), RunLock::PathFor(db))) << status.message();
  EXPECT_TRUE(Has(status.message(), "process " + std::to_string(getpid()))) << status.message();

  first.reset();
  status = second.TryAcquire(db);
  EXPECT_TRUE(status.ok()) << status.ToString();
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
    char ok = lock.TryAcquire(db).ok() ? '1' : '0';
    if (write(ready[1], &ok, 1) != 1) _exit(1);
    for (;;) pause();
  }
  close(ready[1]);
  char ok = 0;
  ASSERT_EQ(read(ready[0], &ok, 1), 1);
  close(ready[0]);
  ASSERT_EQ(ok, '1');

  RunLock lock;
  Status status = lock.TryAcquire(db);
  EXPECT_TRUE(status.IsBusy()) << status.ToString();
  EXPECT_TRUE(Has(status.message(), "process " + std::to_string(child))) << status.message();

  kill(child, SIGKILL);
  int wait_status = 0;
  waitpid(child, &wait_status, 0);
  status = lock.TryAcquire(db);
  EXPECT_TRUE(status.ok()) << status.ToString();
}

TEST(RunLockTest, UncreatableLockFileIsNotHeld) {
  RunLock lock;
  Status status = lock.TryAcquire("/nonexistent-dir/x.db");
  EXPECT_TRUE(status.IsIoError()) << status.ToString();
  EXPECT_TRUE(Has(status.message(), "/nonexistent-dir/x.db.lock")) << status.message();
}

}  // namespace
}  // namespace marketclaims
