#include "searchd/privilege_drop.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace siaran::searchd {

namespace {

[[noreturn]] void fail(const std::string& what, int error) {
  throw std::runtime_error("--user: " + what + ": " + std::strerror(error));
}

}  // namespace

UserIdentity look_up_user(const std::string& name) {
  long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
  std::vector<char> buffer(size > 0 ? static_cast<size_t>(size) : 16384);
  passwd entry{};
  passwd* found = nullptr;
  int rc = ::getpwnam_r(name.c_str(), &entry, buffer.data(), buffer.size(), &found);
  if (rc != 0) fail("cannot look up user " + name, rc);
  if (!found) throw std::invalid_argument("--user: no user named " + name);
  return {found->pw_uid, found->pw_gid};
}

void drop_privileges(const std::string& name) {
  const UserIdentity user = look_up_user(name);
  if (::geteuid() != 0 && ::geteuid() == user.uid && ::getegid() == user.gid) return;  // already NAME
  if (::setgroups(0, nullptr) != 0) fail("setgroups", errno);
  if (::setresgid(user.gid, user.gid, user.gid) != 0) fail("setgid " + std::to_string(user.gid), errno);
  if (::setresuid(user.uid, user.uid, user.uid) != 0) fail("setuid " + std::to_string(user.uid), errno);
  // A drop that could be undone is no drop (it would be, were the saved uid still root).
  if (user.uid != 0 && (::setuid(0) == 0 || ::geteuid() == 0))
    throw std::runtime_error("--user: still able to become root after switching to " + name + "; not serving");
}

}  // namespace siaran::searchd
