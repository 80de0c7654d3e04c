package serve

import (
	"net"
	"testing"
)

// An IPv6 client gets every address of its /64: a new address for each
// session must not buy it a new allowance. Other networks keep their own.
func TestSessionRateCountsAnIPv6NetworkOnce(t *testing.T) {
	r := newSessionRate(0.0001, 2, 16) // two sessions, then (almost) none
	addr := func(ip string) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: 40000} }
	for i, ip := range []string{"2001:db8:1:2::1", "2001:db8:1:2::99"} {
		if err := r.allow(addr(ip)); err != nil {
			t.Fatalf("session %d from %s refused: %v", i+1, ip, err)
		}
	}
	if err := r.allow(addr("2001:db8:1:2:ffff::7")); err == nil {
		t.Error("a third session from another address of the same /64 was allowed")
	}
	if err := r.allow(addr("2001:db8:1:3::1")); err != nil {
		t.Errorf("a session from another /64 was refused: %v", err)
	}
	// IPv4 is counted by the address itself
	if err := r.allow(addr("192.0.2.1")); err != nil {
		t.Errorf("an IPv4 client was refused: %v", err)
	}
	if err := r.allow(addr("192.0.2.2")); err != nil {
		t.Errorf("a second IPv4 client was refused: %v", err)
	}
}
