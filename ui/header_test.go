package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/factpane/factpane/model"
)

// linkedDoc is an article as the input side gives a fetched page: a URL,
// a byline and date, two headings, and links whose anchors are followed
// by their numbers, listed at the end.
func linkedDoc() Doc {
	text := "Flood defences hold\n" +
		"The river peaked overnight, officials said.\n" +
		"Response\n" +
		"Crews from the fire service [1] and the army [2] worked until dawn.\n" +
		"Links\n[1] https://fire.example/crews\n[2] https://army.example/\n"
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	h1s, h1e := at("Flood defences hold")
	h2s, h2e := at("Response")
	l1s, l1e := at("fire service")
	l2s, l2e := at("the army")
	return Doc{Text: text, Article: model.Article{
		Source: "https://news.example/flood", URL: "https://news.example/flood",
		Title: "Flood defences hold", Byline: "By Jo Park", Date: "2026-03-01T00:00:00Z",
		Headings: []model.Span{{Start: h2s, End: h2e}, {Start: h1s, End: h1e}},
		Links: []model.Link{
			{N: 1, URL: "https://fire.example/crews", Start: l1s, End: l1e},
			{N: 2, URL: "https://army.example/", Start: l2s, End: l2e},
		},
		Figures: []model.Figure{}, People: []model.Person{},
	}}
}

func TestHeader(t *testing.T) {
	r := newTestReader(t, linkedDoc(), asciiStyles(), 100, 20)
	if r.lay.headH != 3 {
		t.Fatalf("header rows %d", r.lay.headH)
	}
	v := r.headRows
	if got := strings.TrimSpace(v[0]); got != "Flood defences hold" {
		t.Errorf("title row %q", got)
	}
	if got := strings.TrimSpace(v[1]); got != "By Jo Park · 1 March 2026 · https://news.example/flood" {
		t.Errorf("meta row %q", got)
	}
	if !strings.HasPrefix(strings.TrimSpace(v[2]), "───") {
		t.Errorf("no rule under the header: %q", v[2])
	}
	// The status line does not repeat the title the header shows.
	if strings.Contains(statusText(r), "Flood defences") {
		t.Errorf("status repeats the title: %q", statusText(r))
	}
	checkFrame(t, r.View(), 100, 20)

	// Cut to the width, with an ellipsis; never wider than the pane.
	r.SetSize(40, 20)
	v = strings.Split(r.View(), "\n") // stacked: the header is the top rows
	if !strings.HasSuffix(strings.TrimSpace(v[1]), "…") || ansi.StringWidth(v[1]) != 40 {
		t.Errorf("meta row at 40 columns: %q", v[1])
	}
	checkFrame(t, r.View(), 40, 20)

	// Too short a terminal: no header; the status line has the title.
	r.SetSize(100, 9)
	if r.lay.headH != 0 || !strings.Contains(statusText(r), "Flood defences hold") {
		t.Errorf("short: header %d rows, status %q", r.lay.headH, statusText(r))
	}
	checkFrame(t, r.View(), 100, 9)
}

func TestHeaderMeta(t *testing.T) {
	tests := []struct {
		a    model.Article
		want header
	}{
		{model.Article{Source: "notes/a.txt", Title: "A"}, header{"A", "notes/a.txt"}},
		{model.Article{Source: "notes/a.txt"}, header{"notes/a.txt", ""}},
		{model.Article{Source: "sample:paris", Title: "Paris"}, header{"Paris", "sample paris"}},
		{model.Article{Source: "-", Title: "T", Date: "Tuesday"}, header{"T", "Tuesday · standard input"}},
		{model.Article{Title: "T", Date: "2026-03-01T14:05:00Z"}, header{"T", "1 March 2026, 14:05 UTC"}},
		{model.Article{Title: "T", Byline: "Ann Roe", Site: "The Herald", URL: "https://h.example/a", Source: "https://h.example/a"},
			header{"T", "Ann Roe · The Herald · https://h.example/a"}},
		// What the article says is drawn safely, on one line.
		{model.Article{Title: "Evil\x1b]0;x\x07\ntitle", Byline: "By\tA  B"}, header{"Evil\ufffd]0;x\ufffd title", "By A B"}},
	}
	for _, tt := range tests {
		if got := headerOf(tt.a); got != tt.want {
			t.Errorf("headerOf(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

// TestLinksAndHeadings: links are OSC 8 hyperlinks when the terminal
// shows them and plain otherwise; headings are drawn as headings; the
// text reads the same either way.
func TestLinksAndHeadings(t *testing.T) {
	doc := linkedDoc()
	plain := newTestReader(t, doc, ansiStyles(), 100, 20)
	r := NewReader(doc, ansiStyles(), DefaultKeyMap(), WithTerm(Term{Hyperlinks: true}))
	r.SetSize(100, 20)
	pt := r.pt
	drawn := strings.Join(r.art.rows, "\n")
	for _, want := range []string{
		"\x1b]8;id=fp0;https://fire.example/crews\x1b\\" + pt.link.open + "fire service" + resetSGR + hyperlinkEnd,
		"\x1b]8;id=fp1;https://army.example/\x1b\\" + pt.link.open + "the army",
		pt.articleHeading.open + "Response" + resetSGR,
		pt.articleHeading.open + "Flood defences hold",
	} {
		if !strings.Contains(drawn, want) {
			t.Errorf("rows lack %q:\n%q", want, drawn)
		}
	}
	without := strings.Join(plain.art.rows, "\n")
	if strings.Contains(without, "\x1b]8") || !strings.Contains(without, pt.link.open+"fire service") {
		t.Errorf("without hyperlinks: %q", without)
	}
	if ansi.Strip(drawn) != ansi.Strip(without) {
		t.Error("links changed the text")
	}
	checkFrame(t, r.View(), 100, 20)

	// A link broken across rows is linked on each, with one id.
	r.SetSize(24, 30)
	n := strings.Count(strings.Join(r.art.rows, "\n"), "id=fp0;")
	if n < 2 {
		t.Errorf("a wrapped link is linked on %d rows:\n%s", n, strings.Join(r.art.rows, "\n"))
	}
}

func TestMarkupIsSafe(t *testing.T) {
	text := "héllo world and more"
	a := model.Article{
		Headings: []model.Span{{Start: -5, End: 2}, {Start: 1, End: 4}, {Start: 50, End: 60}},
		Links: []model.Link{
			{URL: "https://ok.example/", Start: 0, End: 5},
			{URL: "https://overlap.example/", Start: 3, End: 9},
			{URL: "javascript:alert(1)", Start: 13, End: 16},
			{URL: "https://x.example/\x1b]52;c;AAAA\x07", Start: 13, End: 16},
			{URL: "file:///etc/passwd", Start: 13, End: 16},
			{URL: "https://late.example/", Start: 17, End: 99},
		},
	}
	m := markupOf(a, text, true)
	// Headings: clamped to the text and to rune boundaries, merged.
	if len(m.headings) != 1 || m.headings[0] != (span{0, 4}) {
		t.Errorf("headings %v", m.headings)
	}
	var urls []string
	for _, l := range m.links {
		urls = append(urls, l.url)
		if l.start < 0 || l.end > len(text) || l.start >= l.end {
			t.Errorf("link span %v outside the text", l.span)
		}
	}
	if strings.Join(urls, " ") != "https://ok.example/ https://late.example/" {
		t.Errorf("links kept: %q", urls)
	}
}

func TestHyperlinksDetection(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{"TERM": "xterm-256color"}, false},
		{map[string]string{"TERM": "xterm-256color", "VTE_VERSION": "7200"}, true},
		{map[string]string{"TERM": "xterm-256color", "VTE_VERSION": "4800"}, false},
		{map[string]string{"TERM": "xterm-kitty"}, true},
		{map[string]string{"TERM": "foot-extra"}, true},
		{map[string]string{"TERM": "linux"}, false},
		{map[string]string{"TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.5.0"}, true},
		{map[string]string{"TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"}, true},
		{map[string]string{"TERM": "tmux-256color", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.3a", "TMUX": "x"}, false},
		{map[string]string{"TERM": "tmux-256color", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.4", "TMUX": "x"}, true},
		{map[string]string{"TERM": "tmux-256color", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "next-3.6", "TMUX": "x"}, true},
		{map[string]string{"TERM": "screen-256color", "VTE_VERSION": "7200", "STY": "1.x"}, false},
		{map[string]string{"TERM": "xterm-256color", "LC_TERMINAL": "iTerm2"}, true}, // over SSH from iTerm2
		{map[string]string{"TERM": "linux", "FORCE_HYPERLINK": "1"}, true},
		{map[string]string{"TERM": "xterm-kitty", "FORCE_HYPERLINK": "0"}, false},
	}
	for _, tt := range tests {
		if got := Hyperlinks(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("Hyperlinks(%v) = %v, want %v", tt.env, got, tt.want)
		}
	}
}
