#include "searchd/listen_address.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace siaran::searchd {
namespace {

TEST(ListenAddress, Forms) {
  ListenAddress a = ListenAddress::parse("127.0.0.1:8080");
  EXPECT_EQ(a.host, "127.0.0.1");
  EXPECT_EQ(a.port, 8080);
  EXPECT_EQ(ListenAddress::parse(":9000").host, "0.0.0.0");
  EXPECT_EQ(ListenAddress::parse("localhost:0").port, 0);
  ListenAddress v6 = ListenAddress::parse("[::1]:8080");
  EXPECT_EQ(v6.host, "::1");
  EXPECT_EQ(v6.to_string(), "[::1]:8080");
  EXPECT_EQ(a.to_string(), "127.0.0.1:8080");
}

TEST(ListenAddress, Refusals) {
  for (const char* bad : {"8080", "127.0.0.1", "127.0.0.1:", "127.0.0.1:http", "127.0.0.1:65536", "::1:8080",
                          "[::1]8080", "[::1", "[]:80", "host:-1", "host:80x"})
    EXPECT_THROW(ListenAddress::parse(bad), std::invalid_argument) << bad;
}

}  // namespace
}  // namespace siaran::searchd
