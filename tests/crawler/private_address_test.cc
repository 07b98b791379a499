#include "crawler/private_address.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>

#include <cstring>

namespace marketclaims {
namespace {

bool Private(const std::string& text) {
  bool literal = false;
  bool result = IsPrivateHostLiteral(text, &literal);
  EXPECT_TRUE(literal) << text;
  return result;
}

TEST(PrivateAddressTest, RefusedRanges) {
  for (const char* a : {"127.0.0.1",
                        "127.255.0.9",
                        "10.1.2.3",
                        "172.16.0.1",
                        "172.31.255.255",
                        "192.168.1.1",
                        "169.254.169.254",
                        "100.64.0.1",
                        "0.0.0.0",
                        "224.0.0.1",
                        "255.255.255.255",
                        "::1",
                        "::",
                        "[::1]",
                        "fe80::1",
                        "fc00::1",
                        "fd12::3",
                        "::ffff:127.0.0.1",
                        "::ffff:10.0.0.1",
                        "64:ff9b::a00:1",
                        "ff02::1"}) {
    EXPECT_TRUE(Private(a)) << a;
  }
}

TEST(PrivateAddressTest, PublicAddressesPass) {
  for (const char* a :
       {"8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "192.169.0.1", "100.128.0.1",
        "2001:4860:4860::8888", "[2606:4700::1111]", "::ffff:8.8.8.8"}) {
    EXPECT_FALSE(Private(a)) << a;
  }
}

TEST(PrivateAddressTest, HostNamesAreNotLiterals) {
  bool literal = true;
  EXPECT_FALSE(IsPrivateHostLiteral("localhost", &literal));
  EXPECT_FALSE(literal);
  EXPECT_FALSE(IsPrivateHostLiteral("example.com", &literal));
  EXPECT_FALSE(literal);
}

TEST(PrivateAddressTest, SockaddrForms) {
  struct sockaddr_in v4;
  std::memset(&v4, 0, sizeof(v4));
  v4.sin_family = AF_INET;
  inet_pton(AF_INET, "192.168.0.10", &v4.sin_addr);
  EXPECT_TRUE(IsPrivateAddress(reinterpret_cast<struct sockaddr*>(&v4)));
  EXPECT_EQ(AddressToString(reinterpret_cast<struct sockaddr*>(&v4)), "192.168.0.10");
  inet_pton(AF_INET, "93.184.216.34", &v4.sin_addr);
  EXPECT_FALSE(IsPrivateAddress(reinterpret_cast<struct sockaddr*>(&v4)));

  struct sockaddr_in6 v6;
  std::memset(&v6, 0, sizeof(v6));
  v6.sin6_family = AF_INET6;
  inet_pton(AF_INET6, "fe80::abcd", &v6.sin6_addr);
  EXPECT_TRUE(IsPrivateAddress(reinterpret_cast<struct sockaddr*>(&v6)));
  EXPECT_EQ(AddressToString(reinterpret_cast<struct sockaddr*>(&v6)), "fe80::abcd");

  struct sockaddr unix_family;
  std::memset(&unix_family, 0, sizeof(unix_family));
  unix_family.sa_family = AF_UNIX;
  EXPECT_TRUE(IsPrivateAddress(&unix_family));  // unknown families are refused
  EXPECT_TRUE(IsPrivateAddress(nullptr));
}

}  // namespace
}  // namespace marketclaims
