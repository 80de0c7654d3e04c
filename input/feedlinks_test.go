package input

import (
	"reflect"
	"testing"
)

// A page read from the web says which feeds it advertises, resolved
// against its address, so the reader can offer to open one.
func TestDecodeFindsFeeds(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Floods</title>
<link rel="alternate" type="application/rss+xml" title="World &amp; more" href="/world/rss.xml">
<link rel="alternate" type="application/atom+xml" href="https://other.example/atom">
</head><body><article><h1>Floods</h1><p>Twelve people were killed when the river burst its banks on Monday night.</p></article></body></html>`
	doc, err := Decode("https://news.example.com/a/1", []byte(page), "text/html; charset=utf-8", "https://news.example.com/a/1")
	if err != nil {
		t.Fatal(err)
	}
	want := []FeedLink{{URL: "https://news.example.com/world/rss.xml", Title: "World & more"}, {URL: "https://other.example/atom"}}
	if !reflect.DeepEqual(doc.Feeds, want) {
		t.Errorf("feeds %+v, want %+v", doc.Feeds, want)
	}
	if doc.URL != "https://news.example.com/a/1" {
		t.Errorf("URL %q", doc.URL)
	}
	doc, err = Decode("x", []byte("Plain text, no feeds."), "text/plain", "")
	if err != nil || doc.Feeds != nil || doc.URL != "" {
		t.Errorf("text: %+v %v", doc, err)
	}
	if _, err := Decode("x", []byte("<rss/>"), "application/rss+xml", ""); err == nil {
		t.Error("a feed decoded as an article")
	}
}
