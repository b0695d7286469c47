// searchd::drop_privileges — `--user NAME`: once the daemon has bound its port (which may need
// root, for port 80), it becomes NAME for good: supplementary groups cleared (setgroups), then
// the group and the user set (setgid, setuid — real, effective and saved), in that order since
// after setuid it could no longer change its groups. glibc applies these to every thread, the
// HTTP workers already started included. It then checks that root cannot be regained.
#pragma once

#include <string>
#include <sys/types.h>

namespace siaran::searchd {

struct UserIdentity {
  uid_t uid;
  gid_t gid;
};

// NAME's uid and primary gid from the user database. Throws std::invalid_argument for an
// unknown user.
UserIdentity look_up_user(const std::string& name);

// Becomes `user` (see above). Throws std::runtime_error naming the failed call and the OS error
// (e.g. "Operation not permitted" when not started as root).
void drop_privileges(const std::string& name);

}  // namespace siaran::searchd
