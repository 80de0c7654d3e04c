package input

import (
	"net/url"
	"os"
	"strings"
	"testing"
)

func TestHTMLNewsPage(t *testing.T) {
	doc, err := Load("testdata/news-page.html", nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Flooding forces 12,000 from their homes in river valley"; doc.Title != want {
		t.Errorf("title = %q, want %q", doc.Title, want)
	}
	paragraphs := strings.Split(doc.Text, "\n\n")
	if paragraphs[0] != doc.Title {
		t.Errorf("the headline should lead the text, got %q", paragraphs[0])
	}
	for _, want := range []string{
		"More than 12,000 people were forced from their homes on Tuesday after the River Alder burst its banks for the second time in a month, emergency officials said.",
		"At least three people died and 41 were injured",
		`"We have never seen the water come up this fast," said Helen Marsh`,
		"released €25 million in emergency funds", // entity decoded
		"Forecasters expect another 60mm of rain by Friday.",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("article text lacks %q", want)
		}
	}
	for _, junk := range []string{
		"Subscribe for $1", "Search 250,000", "37 cookies", "ADVERTISEMENT", "Sponsored",
		"Most read", "riverfan88", "Comments (212)", "Registered in England", "dataLayer",
		"font-family", "<", ">",
	} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("article text keeps page clutter %q", junk)
		}
	}
	if len(paragraphs) != 6 {
		t.Errorf("want the headline and 5 paragraphs, got %d: %q", len(paragraphs), paragraphs)
	}
}

// htmlText is htmlDoc's title and text, for tests of the text.
func htmlText(page []byte, contentType string, base *url.URL) (title, text string, err error) {
	doc, err := htmlDoc(page, contentType, base)
	return doc.Title, doc.Text, err
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, page, contentType string
		title                   string
		text                    string
	}{
		{
			name:  "fragment without article falls back to visible text",
			page:  `<p>Two <b>killed</b> in crash.</p><script>alert(1)</script><style>p{}</style><p>Road closed.</p>`,
			title: "",
			text:  "Two killed in crash.\n\nRoad closed.",
		},
		{
			name: "title only from <title>",
			page: `<html><head><title>  Short
 note </title></head><body><div>Ten arrested.</div></body></html>`,
			title: "Short note",
			text:  "Short note\n\nTen arrested.",
		},
		{
			name:        "latin-1 charset from the header",
			page:        "<p>Caf\xe9 owner fined \xa35,000.</p>",
			contentType: "text/html; charset=iso-8859-1",
			text:        "Café owner fined £5,000.",
		},
		{
			name: "meta charset",
			page: `<html><head><meta charset="windows-1252"></head><body><p>` + "\x93Quoted\x94 says 3 \x96 4.</p></body></html>",
			text: "“Quoted” says 3 – 4.",
		},
		{
			// no declaration, and the first 1024 bytes (all the sniffer
			// reads) ASCII: the page is UTF-8 all the same
			name: "undeclared UTF-8 after a long ASCII head",
			page: `<html><head><script>` + strings.Repeat("var a = 1;\n", 120) + `</script></head><body><p>Lee’s café – 3 €.</p></body></html>`,
			text: "Lee’s café – 3 €.",
		},
		{
			name: "br and lists",
			page: `<div>One<br>Two<ul><li>first</li><li>second</li></ul></div>`,
			text: "One\nTwo\n\nfirst\nsecond",
		},
		{
			name: "escape sequences in text are neutralised, entities too",
			page: "<p>a&#27;[2Jb \x1b]0;x\x07</p>",
			text: "a␛[2Jb ␛]0;x␇",
		},
		{
			name: "empty",
			page: "",
			text: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ct := tt.contentType
			if ct == "" {
				ct = "text/html"
			}
			title, text, err := htmlText([]byte(tt.page), ct, nil)
			if err != nil {
				t.Fatal(err)
			}
			if title != tt.title {
				t.Errorf("title = %q, want %q", title, tt.title)
			}
			if text != tt.text {
				t.Errorf("text = %q, want %q", text, tt.text)
			}
		})
	}
}

func TestHTMLHostileIsSanitised(t *testing.T) {
	page := "<html><head><title>Hi\x1b]0;owned\x07</title></head><body><p>Clear \x1b[2J now \u009b31m and \x1b]52;c;ZXZpbA==\x07.</p></body></html>"
	path := writeFile(t, "hostile.html", []byte(page))
	doc, err := Load(path, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{doc.Title, doc.Text} {
		if strings.ContainsAny(s, "\x1b\x07\u009b") {
			t.Errorf("control reached the text: %q", s)
		}
	}
	if !strings.Contains(doc.Text, "␛[2J") {
		t.Errorf("escape not shown as a picture: %q", doc.Text)
	}
}

func TestHTMLExtensionsAndSniffing(t *testing.T) {
	page, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"page.htm", "page.HTML", "saved-page", "page.xhtml"} {
		doc, err := Load(writeFile(t, name, page), nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(doc.Text, "Flooding forces") || strings.Contains(doc.Text, "<") {
			t.Errorf("%s not read as a web page: %.60q", name, doc.Text)
		}
	}
	// A .txt file is text, even when it holds markup.
	doc, err := Load(writeFile(t, "page.txt", page), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, "<!DOCTYPE html>") {
		t.Errorf(".txt was converted: %.60q", doc.Text)
	}
}

// BenchmarkHTMLPage reads a 1 MB saved page: readability's scoring plus
// the text rendering.
func BenchmarkHTMLPage(b *testing.B) {
	page, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		b.Fatal(err)
	}
	head, body, _ := strings.Cut(string(page), "<div class=\"story-body\">")
	para := "<p>More than 12,000 people were forced from their homes on Tuesday, officials said, and 41 were injured.</p>\n"
	big := []byte(head + "<div class=\"story-body\">" + strings.Repeat(para, (1<<20)/len(para)) + body)
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		if _, err := decode("page.html", big, formatHTML, "", nil); err != nil {
			b.Fatal(err)
		}
	}
}
