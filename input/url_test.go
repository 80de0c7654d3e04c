package input

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// newServer serves a few pages on the loopback interface.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	page, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/news", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("Caf\xe9 fire: 3 injured.\r\n"))
	})
	mux.HandleFunc("/utf16", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write(utf16Bytes("Ten killed.\n", false))
	})
	mux.HandleFunc("/md", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/markdown")
		w.Write([]byte("# Storm\n\n**40** homes lost.\n"))
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no sniffing by the server either
		w.Write(page)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"a":1}`))
	})
	mux.HandleFunc("/plain-nul", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("looks like text\x00but is not"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", "5000")
		w.Write([]byte(strings.Repeat("a", 5000)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 10 {
			w.Write([]byte(strings.Repeat("a", 1000)))
			w.(http.Flusher).Flush() // no Content-Length: the cap must cut it off
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/news", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestURL(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		path  string
		opt   Options
		title string
		text  string // a prefix of the text
	}{
		{path: "/news", title: "Flooding forces 12,000 from their homes in river valley", text: "Flooding forces 12,000 from their homes in river valley\n\nMore than 12,000 people"},
		{path: "/plain", text: "Café fire: 3 injured.\n"},
		{path: "/utf16", text: "Ten killed.\n"},
		{path: "/md", title: "Storm", text: "Storm\n\n40 homes lost."},
		{path: "/untyped", title: "Flooding forces 12,000 from their homes in river valley", text: "Flooding forces"},
		{path: "/hop/3", title: "Flooding forces 12,000 from their homes in river valley", text: "Flooding forces"},
		{path: "/hop/1", opt: Options{MaxRedirects: 2}, title: "Flooding forces 12,000 from their homes in river valley", text: "Flooding forces"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			doc, err := Load(srv.URL+tt.path, nil, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Source != srv.URL+tt.path {
				t.Errorf("source = %q", doc.Source)
			}
			if doc.Title != tt.title {
				t.Errorf("title = %q, want %q", doc.Title, tt.title)
			}
			if !strings.HasPrefix(doc.Text, tt.text) {
				t.Errorf("text = %.80q, want it to start %q", doc.Text, tt.text)
			}
			checkSafe(t, doc.Text)
		})
	}
}

func TestURLErrors(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		path string
		opt  Options
		want string
	}{
		{"/image", Options{}, ": not a text article (image/png)"},
		{"/json", Options{}, ": not a text article (application/json)"},
		{"/plain-nul", Options{}, ": not a text article"},
		{"/missing", Options{}, ": HTTP 404 Not Found"},
		{"/big", Options{MaxSize: 4096}, ": 5000 bytes is over the size cap of 4 KiB"},
		{"/big-chunked", Options{MaxSize: 4096}, ": larger than the size cap of 4 KiB (see --max-size)"},
		{"/slow", Options{Timeout: 200 * time.Millisecond}, ": timed out after 200ms"},
		{"/hop/9", Options{}, ": more than 5 redirects"},
		{"/hop/3", Options{MaxRedirects: 2}, ": more than 2 redirects"},
		{"/hop/0", Options{MaxRedirects: -1}, ": more than 0 redirects"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := Load(srv.URL+tt.path, nil, tt.opt)
			if err == nil {
				t.Fatal("no error")
			}
			want := srv.URL + tt.path + tt.want
			if !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error = %q, want %q", err, want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestURLConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/gone"
	srv.Close() // nothing listens there now
	_, err := Load(url, nil, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), url+": ") || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("error = %v", err)
	}
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{
		"http://x.org/a": true, "HTTPS://x.org": true, "news.html": false,
		"ftp://x.org/a": false, "-": false, "http.txt": false,
	} {
		if IsURL(arg) != want {
			t.Errorf("IsURL(%q) = %v", arg, !want)
		}
	}
	if _, err := Load("http://", nil, Options{}); err == nil || err.Error() != "http://: not a valid URL" {
		t.Errorf("error = %v", err)
	}
}

// TestFetchedPageLinks: a fetched page's address is its URL, and its
// relative links resolve against the address it was finally read from
// (after redirects), for HTML and Markdown alike.
func TestFetchedPageLinks(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/2026/03/story.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/2026/03/story.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<p>Officials <a href="toll.html">said</a> 12 died; <a href="/live">live</a>, <a href="javascript:x()">share</a>.</p>`))
	})
	mux.HandleFunc("/notes/storm.md", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/markdown")
		w.Write([]byte("Read [the map](../maps/storm.png) and [this](https://example.org/x).\n"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, tt := range []struct{ path, url, text string }{
		{"/old", srv.URL + "/2026/03/story.html",
			"Officials said [1] 12 died; live [2], share.\n\nLinks\n\n[1] " + srv.URL + "/2026/03/toll.html\n[2] " + srv.URL + "/live"},
		{"/notes/storm.md", srv.URL + "/notes/storm.md",
			"Read the map [1] and this [2].\n\nLinks\n\n[1] " + srv.URL + "/maps/storm.png\n[2] https://example.org/x"},
	} {
		doc, err := Load(srv.URL+tt.path, nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, doc)
		if doc.URL != tt.url || doc.Text != tt.text {
			t.Errorf("%s: url %q text %q\nwant url %q text %q", tt.path, doc.URL, doc.Text, tt.url, tt.text)
		}
	}
	// A file has no address of its own.
	doc, err := Load("testdata/story.md", nil, Options{})
	if err != nil || doc.URL != "" {
		t.Errorf("a file's URL = %q (%v)", doc.URL, err)
	}
}
