package fetch

import (
	"errors"
	"net"
	"net/netip"
	"syscall"
)

// errRefused is the dialer's refusal of a non-public address.
var errRefused = errors.New("refused: not a public address")

// nonPublic are the ranges a request on behalf of an API client must not
// reach, beyond what netip's predicates name: shared address space
// (carrier-grade NAT), "this network", benchmarking, the IETF protocol
// range, the documentation ranges, 6to4 relays and NAT64 (which can wrap a
// private IPv4 address), and the reserved class E.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("192.88.99.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("2002::/16"),
	netip.MustParsePrefix("100::/64"),
}

// isPublic reports whether a connection to addr may be made on an API
// client's behalf.
func isPublic(addr netip.Addr) bool {
	addr = addr.Unmap()
	if !addr.IsValid() || addr.IsLoopback() || addr.IsPrivate() || addr.IsLinkLocalUnicast() ||
		addr.IsLinkLocalMulticast() || addr.IsInterfaceLocalMulticast() || addr.IsMulticast() || addr.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

// refusePrivate is a net.Dialer Control: it runs for every connection,
// after DNS resolution, with the address about to be connected to, so a
// redirect or a DNS answer that changes between two lookups cannot lead
// a request to a non-public address.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return errRefused
	}
	addr, err := netip.ParseAddr(host)
	if err != nil || !isPublic(addr) {
		return errRefused
	}
	return nil
}
