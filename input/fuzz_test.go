package input

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile is an article made of what must never reach a terminal.
const hostile = "Title\x1b]0;pwned\x07\n\x1b[2J\x1b[H\x1b]52;c;cm0gLXJmIH4=\x07\x9b31m\u009b1m\x08\x08\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \u202Eevil\u202C\r\n"

// addFileSeeds adds the test pages as seeds; testdata/fuzz holds more.
func addFileSeeds(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile("testdata/" + n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkDoc fails unless a load either refused the input as not text or
// produced safe text.
func checkDoc(t *testing.T, doc Doc, err error) {
	t.Helper()
	if err != nil {
		if errors.Is(err, ErrBinary) {
			return
		}
		t.Fatalf("unexpected error: %v", err)
	}
	checkSpans(t, doc)
	for _, s := range []string{doc.Title, doc.Byline, doc.Date, doc.Site} {
		checkSafe(t, s)
		if strings.Contains(s, "\n") {
			t.Fatalf("title, byline or date spans lines: %q", s)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"", "plain text\n", hostile, "\xff\xfe\xc3", "a\r\r\nb\rc", "\u2028\u0085\uFEFF"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		checkSafe(t, out)
		if Sanitize(out) != out {
			t.Fatalf("not idempotent: %q", s)
		}
		if isClean(s) && out != s {
			t.Fatalf("clean input changed: %q -> %q", s, out)
		}
	})
}

func FuzzHTML(f *testing.F) {
	addFileSeeds(f, "news-page.html")
	for _, s := range []string{
		"", "<p>x</p>", "<html><head><title>T</title></head><body><article><p>" + hostile + "</p></article></body></html>",
		"<table><tr><td>a<td>b</table><pre>  x\n y</pre><math><mi>x</mi></math>",
		"<meta charset=utf-16><p>x", "<svg><script>1</script></svg><noscript><img src=x></noscript>",
		"<h1>T<a href=/x>a<a href='java\tscript:x'>b</h1><pre>\x1b <a href=https://e.org/%1b>c</a>  \n</pre>",
		strings.Repeat("<div>", 600) + "<a href=http://x>y</a><h2>z",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := decode("page.html", b, formatHTML, "", nil)
		checkDoc(t, doc, err)
	})
}

func FuzzMarkdown(f *testing.F) {
	addFileSeeds(f, "story.md")
	for _, s := range []string{
		"", "# T\n\n*a* **b** `c`", "- a\n  - b\n    1. c\n", "> q\n>\n> > r\n", "<div>\nx\n</div>\n",
		"[a](b \"c\") ![i](j) <http://k>", "```\n" + hostile + "\n```", "Title\n===\n\\*x\\* &amp; &#0; &#x1b;",
		"---\ntitle: \"T\"\n---\nx", "+++\r\ntitle = 1\r\n+++", "---\n...\n",
		"| a | b |\n|:-|-:|\n| [x](https://e.org/\x1b) | 東京 |\n", "A[^1] [b][c]\n\n[^1]: n [d](http://x)\n[c]: /u\n",
		"---\nauthor:\n  - \"\x1b]0;x\x07\"\ndate: 2026-13-45\n---\n<mailto:a@b> <https://x\x9b>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := decode("story.md", b, formatMarkdown, "", nil)
		checkDoc(t, doc, err)
		if err == nil && !tooDeep(b) {
			// Read in parts as a large file is: the same contract holds.
			doc, _ = markdownParts(t, string(b), 16)
			checkSpans(t, doc)
		}
	})
}

func FuzzUTF16(f *testing.F) {
	for _, s := range []string{"", "Ten killed.\r\n", "東京 🙂", hostile, "\xff\xfe"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, bigEndian bool) {
		b := utf16Bytes(s, bigEndian)
		doc, err := decode("a.txt", b, formatText, "", nil)
		if strings.ContainsRune(s, 0) {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("NUL in UTF-16 text not refused: %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		// []rune(s) turns each invalid byte into U+FFFD, as Sanitize does.
		if want := Sanitize(string([]rune(s))); doc.Text != want {
			t.Fatalf("UTF-16 of %q decoded to %q, want %q", s, doc.Text, want)
		}
		if !doc.Converted {
			t.Fatal("a decoded BOM must mark the text converted")
		}
		// Odd bytes: a truncated or garbled UTF-16 body still decodes safely.
		doc, err = decode("a.txt", append(b, 0xd8), formatText, "", nil)
		if err == nil {
			checkSafe(t, doc.Text)
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatal("invalid UTF-8")
		}
	})
}
