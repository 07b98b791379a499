// Which network addresses the crawler refuses to connect to unless told
// otherwise: loopback, private (RFC 1918, unique-local), link-local,
// carrier-grade NAT, unspecified, multicast and reserved ranges. A crawler
// fed URLs from the web must not become a way to reach the machine's own
// services or its LAN. The check is made on the address actually connected
// to (after DNS, and again for every redirect), not on the host name.
#ifndef MARKETCLAIMS_CRAWLER_PRIVATE_ADDRESS_H_
#define MARKETCLAIMS_CRAWLER_PRIVATE_ADDRESS_H_

#include <sys/socket.h>

#include <string>

namespace marketclaims {

// True for an AF_INET/AF_INET6 address in a refused range, and for any other
// family (refusing what we cannot classify).
bool IsPrivateAddress(const struct sockaddr* addr);

// "10.0.0.1" or "::1"; "?" for other families.
std::string AddressToString(const struct sockaddr* addr);

// For a textual address ("10.0.0.1", "::1", "[fe80::1]"): sets *is_literal
// and returns whether it is private. A host name gives *is_literal = false
// and false; it is checked once resolved.
bool IsPrivateHostLiteral(const std::string& host, bool* is_literal);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_PRIVATE_ADDRESS_H_
