package input

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

func TestLocalHost(t *testing.T) {
	for host, local := range map[string]bool{
		"localhost": true, "nas": true, "nas.local": true, "printer.lan": true, "x.home.arpa": true,
		"127.0.0.1": true, "[::1]": true, "192.168.1.4": true, "example.com": false, "8.8.8.8": false,
	} {
		if got := localHost(host, PublicAddr); got != local {
			t.Errorf("localHost(%q) = %v", host, got)
		}
	}
}

// TestURLCannotBeRedirectedInside: a page fetched from the internet (here
// a loopback server the policy is told to treat as public) that
// redirects to a private address, a file: URL or, from a local address,
// to another host, is refused without connecting, each with one line.
// A local address the user typed is read.
func TestURLCannotBeRedirectedInside(t *testing.T) {
	var hits int
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("internal secrets"))
	}))
	defer private.Close()
	port := private.URL[strings.LastIndexByte(private.URL, ':'):]
	to := map[string]string{
		"/private": "http://127.0.0.2" + port + "/",
		"/file":    "file:///etc/passwd",
		"/local":   "http://localhost" + port + "/",
	}
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, to[r.URL.Path], http.StatusFound)
	}))
	defer public.Close()
	onlyFirst := func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.1") }
	for path, want := range map[string]string{
		"/private": "refused to connect to 127.0.0.2, which is not a public address",
		"/file":    "refused a redirect to file: URL: only http and https are followed",
	} {
		_, err := Load(public.URL+path, nil, Options{AllowAddr: onlyFirst})
		if err == nil || !strings.HasSuffix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v, want %q", path, err, want)
		}
	}
	// Typed by the user, 127.0.0.1 under the default policy is local: it
	// is read, but may not send the reader to another host.
	if _, err := Load(private.URL+"/", nil, Options{}); err != nil {
		t.Errorf("a local page the user typed: %v", err)
	}
	_, err := Load(public.URL+"/local", nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "refused a redirect from a local address to another host") {
		t.Errorf("a local page redirecting to another host: %v", err)
	}
	if hits != 1 {
		t.Errorf("the private server was reached %d times, want once (the typed URL)", hits)
	}
}
