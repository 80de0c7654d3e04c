package input

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"time"
)

// Client fetches web pages within Options' bounds (timeout, redirects,
// size cap) and its address policy: a request to the internet never
// connects to an address in the user's own network (see PublicAddr),
// however it is redirected or whatever DNS answers. A URL the user gave
// on a local name (localhost, a NAS on the LAN) is exempt, but may not
// redirect to another host. `factpane URL`, feeds and their articles all
// fetch through one. A Client is safe for concurrent use.
type Client struct {
	opt            Options
	allow          func(netip.Addr) bool
	guarded, local *http.Client
}

// NewClient makes a Client bounded by opt.
func NewClient(opt Options) *Client {
	c := &Client{opt: opt, allow: opt.AllowAddr}
	if c.allow == nil {
		c.allow = PublicAddr
	}
	timeout := opt.FetchTimeout()
	proxy := newProxies(opt.Proxy)
	tr := func(d *net.Dialer, guard bool) *http.Transport {
		return &http.Transport{
			Proxy:                 proxy.forRequest(c.allow, guard),
			DialContext:           proxy.dial(d, &net.Dialer{Timeout: timeout}),
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          32,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       90 * time.Second,
			TLSHandshakeTimeout:   timeout,
			ResponseHeaderTimeout: timeout,
		}
	}
	c.guarded = &http.Client{
		Transport:     tr(guardedDialer(c.allow, timeout), true),
		Timeout:       timeout,
		CheckRedirect: c.redirects(false),
	}
	c.local = &http.Client{
		Transport:     tr(&net.Dialer{Timeout: timeout}, false),
		Timeout:       timeout,
		CheckRedirect: c.redirects(true),
	}
	return c
}

func (c *Client) redirects(sameHost bool) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if len(via) > c.opt.Redirects() {
			return fmt.Errorf("more than %d redirects", c.opt.Redirects())
		}
		if !WebURL(req.URL) {
			return fmt.Errorf("refused a redirect to %s: only http and https are followed", schemeOf(req.URL))
		}
		if sameHost && !strings.EqualFold(req.URL.Host, via[0].URL.Host) {
			return errors.New("refused a redirect from a local address to another host")
		}
		return nil
	}
}

// Local reports whether u names the user's own machine or network by its
// host alone (see Client).
func (c *Client) Local(u *url.URL) bool { return localHost(u.Hostname(), c.allow) }

// Do sends req and reads the answer's body within the size cap, unless
// accept (when not nil) turns the answer away from its header. origin is
// the address the user gave (the page typed, the feed subscribed to):
// when it is on a local name and req goes to the same host, the address
// policy does not apply. A 304 comes back with no body and no error;
// another status outside 2xx is an error. Errors are one line, without
// the URL: "HTTP 404 Not Found", "timed out after 20s", "refused to
// connect to 10.0.0.1, which is not a public address".
func (c *Client) Do(req *http.Request, origin *url.URL, accept func(*http.Response) error) (*http.Response, []byte, error) {
	client := c.guarded
	if origin != nil && c.Local(origin) && strings.EqualFold(origin.Host, req.URL.Host) {
		client = c.local
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, c.netError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return resp, nil, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, nil, fmt.Errorf("HTTP %s", OneLine(resp.Status))
	}
	if accept != nil {
		if err := accept(resp); err != nil {
			return nil, nil, err
		}
	}
	limit := c.opt.SizeCap()
	if resp.ContentLength > limit {
		return nil, nil, SizeError("", resp.ContentLength, limit)
	}
	// Sized from Content-Length when the server sends one, so a large
	// page is read into one buffer rather than grown and copied.
	b, err := readRest(io.LimitReader(resp.Body, limit+1), make([]byte, 0, min(max(resp.ContentLength+1, 512), limit+1)))
	if err != nil {
		return nil, nil, c.netError(err)
	}
	if int64(len(b)) > limit {
		return nil, nil, SizeError("", -1, limit)
	}
	return resp, b, nil
}

// netError says in a few words why a request failed.
func (c *Client) netError(err error) error {
	var re *RefusedError
	if errors.As(err, &re) {
		return re
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("timed out after %v", c.opt.FetchTimeout())
		}
		err = ue.Err
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("timed out after %v", c.opt.FetchTimeout())
	}
	if errors.Is(err, context.Canceled) {
		return context.Canceled
	}
	// "dial tcp 192.0.2.1:80: connect: connection refused" says less to a
	// reader than "connection refused".
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsNotFound {
			return fmt.Errorf("no such host %s", OneLine(dns.Name))
		}
		return errors.New(OneLine(dns.Err))
	}
	var op *net.OpError
	if errors.As(err, &op) {
		err = op.Err
	}
	var sc *os.SyscallError
	if errors.As(err, &sc) {
		err = sc.Err
	}
	return errors.New(OneLine(err.Error()))
}

// WebURL reports whether u is an absolute http(s) URL with a host.
func WebURL(u *url.URL) bool {
	s := strings.ToLower(u.Scheme)
	return (s == "http" || s == "https") && u.Host != ""
}

// schemeOf names a URL's scheme for a message.
func schemeOf(u *url.URL) string {
	if u.Scheme == "" {
		return "a URL without a scheme"
	}
	return strings.ToLower(u.Scheme) + ": URL"
}
