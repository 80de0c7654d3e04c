package input

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"

	"golang.org/x/net/http/httpproxy"
)

// proxies is the proxy policy of a Client. Users behind a proxy must still
// be able to fetch pages and feeds, but through a proxy the dial guard
// sees only the proxy's address, which is in the user's own network by
// design. So the proxy's own address is dialled without the guard, and the
// page's host is checked before the request is handed to the proxy: a
// literal address or a name that resolves here to an address the policy
// refuses is refused. A name this machine cannot resolve (only the proxy
// can) is left to the proxy.
type proxies struct {
	choose func(*url.URL) (*url.URL, error)
	// addrs are the proxies' host:port as the transport dials them.
	addrs map[string]bool
}

// newProxies is the policy for fixed, or the environment's proxy
// settings when fixed is nil.
func newProxies(fixed *url.URL) *proxies {
	p := &proxies{addrs: map[string]bool{}}
	if fixed != nil {
		p.choose = func(*url.URL) (*url.URL, error) { return fixed, nil }
		p.note(fixed.String())
		return p
	}
	cfg := httpproxy.FromEnvironment()
	p.choose = cfg.ProxyFunc()
	for _, raw := range []string{cfg.HTTPProxy, cfg.HTTPSProxy} {
		p.note(raw)
	}
	return p
}

// note records a proxy's address so that dial knows it. It is called only
// while the policy is made: dial reads addrs from many goroutines.
func (p *proxies) note(raw string) {
	if raw == "" {
		return
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw // as httpproxy reads a bare host:port
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"https": "443", "socks5": "1080"}[u.Scheme]
		if port == "" {
			port = "80"
		}
	}
	p.addrs[net.JoinHostPort(u.Hostname(), port)] = true
}

// forRequest is the transport's Proxy function. With guard, a request
// that goes through a proxy has its host checked against allow first.
func (p *proxies) forRequest(allow func(netip.Addr) bool, guard bool) func(*http.Request) (*url.URL, error) {
	return func(req *http.Request) (*url.URL, error) {
		u, err := p.choose(req.URL)
		if err != nil || u == nil {
			return nil, err
		}
		if guard {
			if err := checkHost(req.Context(), req.URL.Hostname(), allow); err != nil {
				return nil, err
			}
		}
		return u, nil
	}
}

// checkHost refuses a host that is, or resolves here to, an address allow
// refuses.
func checkHost(ctx context.Context, host string, allow func(netip.Addr) bool) error {
	if a, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		if !allow(a.Unmap()) {
			return &RefusedError{Addr: a.Unmap()}
		}
		return nil
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil // only the proxy can resolve it: the proxy decides
	}
	for _, a := range addrs {
		if !allow(a.Unmap()) {
			return &RefusedError{Addr: a.Unmap()}
		}
	}
	return nil
}

// dial connects to a proxy with plain and to anything else with d.
func (p *proxies) dial(d, plain *net.Dialer) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		if p.addrs[addr] {
			return plain.DialContext(ctx, network, addr)
		}
		return d.DialContext(ctx, network, addr)
	}
}
