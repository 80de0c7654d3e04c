package input

import (
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// PublicAddr reports whether a is a public unicast address: not loopback,
// private (RFC 1918, fc00::/7), link-local (which holds cloud metadata
// services at 169.254.169.254), shared (100.64.0.0/10), unspecified,
// multicast or reserved. It is the default for Options.AllowAddr.
func PublicAddr(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() ||
		a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() || a.IsMulticast() ||
		a.IsUnspecified() {
		return false
	}
	for _, p := range reserved {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// reserved are the ranges that are neither public nor covered by netip's
// predicates.
var reserved = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can reach any IPv4 address
	netip.MustParsePrefix("2001:db8::/32"),
}

// RefusedError is a connection the address policy refused: a page or feed
// on the internet redirected, or an article link pointed, into the user's
// own network.
type RefusedError struct {
	Addr netip.Addr
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("refused to connect to %s, which is not a public address", e.Addr)
}

// guardedDialer connects only to addresses allow accepts. The check runs
// on the address actually dialled, after name resolution and for every
// redirect, so neither a redirect nor a DNS answer can steer a request
// into the local network; nothing is sent to a refused address.
func guardedDialer(allow func(netip.Addr) bool, timeout time.Duration) *net.Dialer {
	return &net.Dialer{
		Timeout: timeout,
		Control: func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			a, err := netip.ParseAddr(host)
			if err != nil {
				return err
			}
			if !allow(a.Unmap()) {
				return &RefusedError{Addr: a.Unmap()}
			}
			return nil
		},
	}
}

// localHost reports whether a URL's host is the user's own machine or
// network by its name alone: a literal address allow refuses, localhost, a
// name of one label, or a suffix that public DNS never resolves (.local,
// .lan, .internal, .home.arpa). A page the user asked for at such an
// address (a self-hosted bridge on localhost, a NAS) is fetched without
// the address policy, but may not redirect to another host.
func localHost(host string, allow func(netip.Addr) bool) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if a, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		return !allow(a.Unmap())
	}
	if host == "" || !strings.Contains(host, ".") {
		return true
	}
	for _, s := range []string{".localhost", ".local", ".lan", ".internal", ".home.arpa"} {
		if strings.HasSuffix(host, s) {
			return true
		}
	}
	return false
}
