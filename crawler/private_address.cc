#include "crawler/private_address.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstdint>
#include <cstring>

namespace marketclaims {
namespace {

bool InRange(uint32_t addr, uint32_t net, int bits) {
  uint32_t mask = bits == 0 ? 0 : ~uint32_t{0} << (32 - bits);
  return (addr & mask) == (net & mask);
}

constexpr uint32_t Ip(int a, int b, int c, int d) {
  return (uint32_t(a) << 24) | (uint32_t(b) << 16) | (uint32_t(c) << 8) | uint32_t(d);
}

// `addr` in host byte order.
bool IsPrivateV4(uint32_t addr) {
  return InRange(addr, Ip(0, 0, 0, 0), 8) ||       // "this network"
         InRange(addr, Ip(10, 0, 0, 0), 8) ||      // RFC 1918
         InRange(addr, Ip(100, 64, 0, 0), 10) ||   // carrier-grade NAT
         InRange(addr, Ip(127, 0, 0, 0), 8) ||     // loopback
         InRange(addr, Ip(169, 254, 0, 0), 16) ||  // link-local
         InRange(addr, Ip(172, 16, 0, 0), 12) ||   // RFC 1918
         InRange(addr, Ip(192, 0, 0, 0), 24) ||    // IETF protocol assignments
         InRange(addr, Ip(192, 168, 0, 0), 16) ||  // RFC 1918
         InRange(addr, Ip(198, 18, 0, 0), 15) ||   // benchmarking
         InRange(addr, Ip(224, 0, 0, 0), 4) ||     // multicast
         InRange(addr, Ip(240, 0, 0, 0), 4);       // reserved, broadcast
}

bool IsPrivateV6(const unsigned char* a) {
  static const unsigned char kZero[16] = {0};
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) carry an IPv4 address;
  // 64:ff9b::/96 (NAT64) reaches one too.
  bool mapped = std::memcmp(a, kZero, 10) == 0 && a[10] == 0xff && a[11] == 0xff;
  bool compat = std::memcmp(a, kZero, 12) == 0;
  static const unsigned char kNat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
  bool nat64 = std::memcmp(a, kNat64, 12) == 0;
  if (mapped || compat || nat64) {
    uint32_t v4 = Ip(a[12], a[13], a[14], a[15]);
    return IsPrivateV4(v4);  // also covers :: and ::1 (0.0.0.0/8)
  }
  if ((a[0] & 0xfe) == 0xfc) return true;                  // fc00::/7 unique local
  if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) return true;  // fe80::/10 link-local
  if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0) return true;  // fec0::/10 site-local
  if (a[0] == 0xff) return true;                           // multicast
  return false;
}

}  // namespace

bool IsPrivateAddress(const struct sockaddr* addr) {
  if (addr == nullptr) return true;
  if (addr->sa_family == AF_INET) {
    const auto* in = reinterpret_cast<const struct sockaddr_in*>(addr);
    return IsPrivateV4(ntohl(in->sin_addr.s_addr));
  }
  if (addr->sa_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const struct sockaddr_in6*>(addr);
    return IsPrivateV6(in6->sin6_addr.s6_addr);
  }
  return true;
}

std::string AddressToString(const struct sockaddr* addr) {
  char buf[INET6_ADDRSTRLEN] = "?";
  if (addr != nullptr && addr->sa_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const struct sockaddr_in*>(addr)->sin_addr, buf,
              sizeof(buf));
  } else if (addr != nullptr && addr->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const struct sockaddr_in6*>(addr)->sin6_addr, buf,
              sizeof(buf));
  }
  return buf;
}

bool IsPrivateHostLiteral(const std::string& host, bool* is_literal) {
  std::string h = host;
  if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  struct in_addr v4;
  if (inet_pton(AF_INET, h.c_str(), &v4) == 1) {
    *is_literal = true;
    return IsPrivateV4(ntohl(v4.s_addr));
  }
  struct in6_addr v6;
  if (inet_pton(AF_INET6, h.c_str(), &v6) == 1) {
    *is_literal = true;
    return IsPrivateV6(v6.s6_addr);
  }
  *is_literal = false;
  return false;
}

}  // namespace marketclaims
