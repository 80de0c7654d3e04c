package feed

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factpane/factpane/input"
)

// FuzzParse holds Parse to its contract on any bytes: no panic, every
// display string one safe line (or safe text), links http(s), at most
// MaxItems items, newest first, IDs unique and non-empty.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss2.xml", "atom.xml", "jsonfeed.json", "rdf.xml"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`<rss><channel><item><title>&#27;[2J</title></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://a/b/"><entry><link href="../c"/><title type="xhtml"><div>x</div></title></entry></feed>`,
		`{"version":"https://jsonfeed.org/version/1","items":[{"id":1,"url":"/x","title":"<b>t</b>"}]}`,
		"\xff\xfe<\x00r\x00s\x00s\x00>\x00",
		`<?xml version="1.0" encoding="windows-1252"?><rss><channel><item><title>caf` + "\xe9" + `</title></item></channel></rss>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ch, err := Parse(b, ParseOptions{URL: "https://feed.example/dir/feed.xml", MaxItems: 20})
		if err != nil {
			if msg := err.Error(); strings.Contains(msg, "\n") || input.ControlAt(msg) >= 0 || !utf8.ValidString(msg) {
				t.Fatalf("error %q is not one safe line", msg)
			}
			return
		}
		if len(ch.Items) > 20 {
			t.Fatalf("%d items", len(ch.Items))
		}
		checkSafe(t, ch)
		ids := map[string]bool{}
		for i, it := range ch.Items {
			if ids[it.ID] {
				t.Fatalf("duplicate ID %q", it.ID)
			}
			ids[it.ID] = true
			if i > 0 && byNewest(ch.Items[i-1], it, 0, 1) > 0 {
				t.Fatalf("item %d is newer than item %d", i, i-1)
			}
			if len(it.Title) > maxTitle || len(it.Summary) > maxSummary || len(it.ContentHTML) > maxContent {
				t.Fatalf("item %d is over the bounds", i)
			}
		}
		if Sniff(b) != ch.Format {
			t.Fatalf("Sniff says %v, Parse read %v", Sniff(b), ch.Format)
		}
	})
}

// FuzzList: a feeds file never panics, its errors are safe lines, and
// what it reads is written back to the same feeds.
func FuzzList(f *testing.F) {
	f.Add([]byte(sampleList))
	f.Add([]byte(`https://a.example/ "~N" "t \" q" \ #c`))
	f.Fuzz(func(t *testing.T, b []byte) {
		feeds, err := ParseList("f", bytes.NewReader(b))
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if input.ControlAt(line) >= 0 {
					t.Fatalf("error %q is not safe", line)
				}
			}
		}
		again, err := ParseList("f", bytes.NewReader(FormatList(feeds)))
		if err != nil {
			t.Fatalf("reading back %q: %v", FormatList(feeds), err)
		}
		if len(again) != len(feeds) {
			t.Fatalf("%d feeds read back as %d", len(feeds), len(again))
		}
		for i := range feeds {
			if again[i].URL != feeds[i].URL || again[i].Name != feeds[i].Name || strings.Join(again[i].Tags, "\x00") != strings.Join(feeds[i].Tags, "\x00") {
				t.Fatalf("%+v read back as %+v", feeds[i], again[i])
			}
		}
	})
}

// FuzzOPML: any document is read without a panic, into feeds with http(s)
// URLs and safe names.
func FuzzOPML(f *testing.F) {
	f.Add([]byte(sampleOPML))
	f.Fuzz(func(t *testing.T, b []byte) {
		feeds, _ := ReadOPML(bytes.NewReader(b))
		for _, fd := range feeds {
			if resolve(nil, fd.URL) == "" || input.ControlAt(fd.Name) >= 0 || strings.Contains(fd.Name, "\n") {
				t.Fatalf("feed %+v", fd)
			}
		}
	})
}
