package input

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

func TestLinkTarget(t *testing.T) {
	page, _ := url.Parse("https://news.example.org/world/2026/storm.html?ref=home")
	tests := []struct {
		name, raw string
		base      *url.URL
		want      string
	}{
		{"absolute", "https://example.org/a?b=1#c", nil, "https://example.org/a?b=1#c"},
		{"scheme and host in capitals", "HTTPS://Example.ORG/A", nil, "https://example.org/A"},
		{"http", "http://example.org", nil, "http://example.org"},
		{"mailto", "mailto:desk@example.org?subject=Hi", nil, "mailto:desk@example.org?subject=Hi"},
		{"relative without a page", "/world/other.html", nil, ""},
		{"relative path", "other.html", page, "https://news.example.org/world/2026/other.html"},
		{"root relative", "/about", page, "https://news.example.org/about"},
		{"dot dot", "../../sport/", page, "https://news.example.org/sport/"},
		{"scheme relative", "//cdn.example.net/x", page, "https://cdn.example.net/x"},
		{"query only", "?page=2", page, "https://news.example.org/world/2026/storm.html?page=2"},
		{"in-page anchor", "#comments", page, ""},
		{"javascript", "javascript:alert(1)", page, ""},
		{"javascript in capitals with spaces", "  JavaScript:alert(1)", page, ""},
		{"javascript split by a tab", "java\tscript:alert(1)", page, ""},
		{"data", "data:text/html,<script>alert(1)</script>", page, ""},
		{"file", "file:///etc/passwd", page, ""},
		{"ftp", "ftp://example.org/f", page, ""},
		{"empty", "", page, ""},
		{"http without a host", "http:///path", nil, ""},
		{"escape byte", "https://example.org/\x1b]8;;evil\x1b\\", nil, ""},
		{"bell inside", "https://example.org/a\x07b", nil, ""},
		{"controls at the ends trimmed as browsers do", "\x07 https://example.org/a\x1b", nil, "https://example.org/a"},
		{"C1 CSI is percent-encoded", "https://example.org/a\u009b31m", nil, "https://example.org/a%C2%9B31m"},
		{"line breaks dropped as browsers do", "https://exa\nmple.org/a\r\nb", nil, "https://example.org/ab"},
		{"space in the query", "https://example.org/s?q=storm surge", nil, "https://example.org/s?q=storm%20surge"},
		{"unicode path", "https://example.org/café", nil, "https://example.org/caf%C3%A9"},
		{"unicode host to punycode", "https://bücher.example/x", nil, "https://xn--bcher-kva.example/x"},
		{"port kept", "http://example.org:8080/x", nil, "http://example.org:8080/x"},
		{"too long", "https://example.org/" + strings.Repeat("a", maxLinkLen), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := LinkTarget(tt.raw, tt.base)
			if got != tt.want {
				t.Errorf("LinkTarget(%q) = %q, want %q", tt.raw, got, tt.want)
			}
			checkURL(t, got)
		})
	}
}

// checkURL fails unless u is printable ASCII without spaces: nothing in
// it can end or extend an OSC 8 sequence or drive the terminal.
func checkURL(t testing.TB, u string) {
	t.Helper()
	for i := 0; i < len(u); i++ {
		if u[i] <= ' ' || u[i] >= 0x7f {
			t.Fatalf("byte %#x at %d of link %q", u[i], i, u)
		}
	}
}

// checkSpans fails unless doc's links and headings hold to their contract
// (model.Article): each link's anchor is text of the article followed by
// its mark " [N]", numbers count up from 1 in order of first appearance
// with one number a target, the text ends with the list of targets, and
// headings are trimmed lines of the text, in order.
func checkSpans(t testing.TB, doc Doc) {
	t.Helper()
	text := doc.Text
	checkSafe(t, text)
	if Sanitize(text) != text {
		t.Fatalf("text not sanitised: %q", text)
	}
	numbers := map[string]int{}
	targets := map[int]string{}
	end := 0
	for _, l := range doc.Links {
		if l.Start < end || l.Start >= l.End || l.End > len(text) {
			t.Fatalf("link %+v out of order or outside the text (%d bytes)", l, len(text))
		}
		end = l.End
		anchor := text[l.Start:l.End]
		if strings.TrimSpace(anchor) != anchor {
			t.Errorf("link %d: anchor %q has white space at its ends", l.N, anchor)
		}
		if mark := fmt.Sprintf(" [%d]", l.N); !strings.HasPrefix(text[l.End:], mark) {
			t.Errorf("link %d: anchor %q is not followed by %q but %.10q", l.N, anchor, mark, text[l.End:])
		}
		checkURL(t, l.URL)
		if n, ok := numbers[l.URL]; ok && n != l.N {
			t.Errorf("%s has numbers %d and %d", l.URL, n, l.N)
		}
		if u, ok := targets[l.N]; ok && u != l.URL {
			t.Errorf("number %d is %s and %s", l.N, u, l.URL)
		}
		if _, ok := targets[l.N]; !ok && l.N != len(targets)+1 {
			t.Errorf("link %d numbered out of order (%d before it)", l.N, len(targets))
		}
		numbers[l.URL], targets[l.N] = l.N, l.URL
	}
	if len(targets) > 0 {
		var list strings.Builder
		list.WriteString(linksHeading + "\n")
		for n := 1; n <= len(targets); n++ {
			fmt.Fprintf(&list, "\n[%d] %s", n, targets[n])
		}
		if !strings.HasSuffix(text, list.String()) {
			t.Errorf("text does not end with the list of links:\n%s\n--- text ends:\n%s", list.String(), text[max(0, len(text)-len(list.String())):])
		}
	}
	end = 0
	for _, h := range doc.Headings {
		if h.Start < end || h.Start >= h.End || h.End > len(text) {
			t.Fatalf("heading %+v out of order or outside the text", h)
		}
		end = h.End
		s := text[h.Start:h.End]
		if strings.TrimSpace(s) != s {
			t.Errorf("heading %q has white space at its ends", s)
		}
		if h.Start > 0 && text[h.Start-1] != '\n' && text[h.Start-1] != ' ' {
			t.Errorf("heading %q does not start a line", s)
		}
	}
}

// spanTexts lists the text of each span, "N:anchor" for links.
func linkTexts(doc Doc) []string {
	var out []string
	for _, l := range doc.Links {
		out = append(out, fmt.Sprintf("%d:%s", l.N, doc.Text[l.Start:l.End]))
	}
	return out
}

func headingTexts(doc Doc) []string {
	var out []string
	for _, h := range doc.Headings {
		out = append(out, doc.Text[h.Start:h.End])
	}
	return out
}

func TestTextBufTrimKeepsSpans(t *testing.T) {
	var b textBuf
	var set linkSet
	b.raw("> ")
	start := b.Len()
	b.WriteString("  \t")
	a := b.Len()
	b.WriteString(" the \x1b report ")
	b.link(a, "https://example.org/r", &set)
	b.WriteString(" now  \n")
	b.trimSpace(start)
	keep := textBuf{b: append([]byte(nil), b.b...), links: append(b.links[:0:0], b.links...)}
	doc := Doc{}
	b.fill(&doc)
	if want := "> the ␛ report [1] now"; doc.Text != want {
		t.Fatalf("text = %q, want %q", doc.Text, want)
	}
	if got := linkTexts(doc); len(got) != 1 || got[0] != "1:the ␛ report" {
		t.Errorf("links = %q", got)
	}
	keep.truncate(len("> the"))
	if len(keep.links) != 1 || keep.links[0].End != len("> the") {
		t.Errorf("truncate: links = %+v", keep.links)
	}
	keep.truncate(2)
	if len(keep.links) != 0 {
		t.Errorf("a link past the cut survives: %+v", keep.links)
	}
}

func TestLinkSetOneNumberATarget(t *testing.T) {
	var s linkSet
	got := []int{s.number("a"), s.number("b"), s.number("a"), s.number("c"), s.number("b")}
	if fmt.Sprint(got) != "[1 2 1 3 2]" || fmt.Sprint(s.urls) != "[a b c]" {
		t.Errorf("numbers %v, list %v", got, s.urls)
	}
}
