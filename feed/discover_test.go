package feed

import (
	"reflect"
	"testing"
)

func TestDiscover(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>News</title>
<base href="https://news.example.com/section/">
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="All &amp; everything" href="/feed.xml">
<link rel="alternate" type="application/atom+xml; charset=utf-8" title="Atom&#x1b;[2J" href="atom.xml">
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="Alternate Home" type="application/feed+json" href="https://news.example.com/feed.json">
</head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>`
	got := Discover([]byte(page), "https://news.example.com/story/1")
	want := []Feed{
		{URL: "https://news.example.com/feed.xml", Name: "All & everything"},
		{URL: "https://news.example.com/section/atom.xml", Name: "Atom␛[2J"},
		{URL: "https://news.example.com/feed.json"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Discover:\n got %+v\nwant %+v", got, want)
	}
	if got := Discover([]byte("<p>no head"), ""); got != nil {
		t.Errorf("a page without feeds: %+v", got)
	}
}
