package input

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
)

// TestFetchThroughAProxy: a user behind a proxy reads pages through it
// (the proxy is on loopback, which the address policy refuses for pages,
// but it is the user's own proxy), while a redirect into the user's
// network is still refused before the proxy is asked.
func TestFetchThroughAProxy(t *testing.T) {
	var asked atomic.Int32
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		if r.URL.Host != "news.example.invalid" {
			t.Errorf("the proxy was asked for %s", r.URL)
		}
		if r.URL.Path == "/moved" {
			http.Redirect(w, r, "http://192.168.0.9/", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Storm leaves 12 dead\n\nThe storm killed 12 people."))
	}))
	defer proxy.Close()
	pu, _ := url.Parse(proxy.URL)
	opt := Options{Proxy: pu}

	doc, err := Load("http://news.example.invalid/story", nil, opt)
	if err != nil || !strings.Contains(doc.Text, "killed 12") {
		t.Fatalf("through the proxy: %q, %v", doc.Text, err)
	}
	before := asked.Load()
	_, err = Load("http://news.example.invalid/moved", nil, opt)
	if err == nil || !strings.Contains(err.Error(), "192.168.0.9, which is not a public address") {
		t.Errorf("a redirect into the network through the proxy: %v, want a refusal", err)
	}
	if n := asked.Load() - before; n != 1 {
		t.Errorf("the proxy was asked %d times, want once (the redirect is refused here)", n)
	}
}

func TestProxyAddrs(t *testing.T) {
	p := &proxies{addrs: map[string]bool{}}
	for _, raw := range []string{"proxy.corp:3128", "http://10.0.0.8", "https://[fd00::1]", "socks5://s:9050", "%zz"} {
		p.note(raw)
	}
	for _, a := range []string{"proxy.corp:3128", "10.0.0.8:80", "[fd00::1]:443", "s:9050"} {
		if !p.addrs[a] {
			t.Errorf("%s not noted: %v", a, p.addrs)
		}
	}
	if len(p.addrs) != 4 {
		t.Errorf("noted %v", p.addrs)
	}
}
