package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapText(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		width int
		want  []string // rows as displayed
	}{
		{"words", "the quick brown fox jumps", 10, []string{"the quick", "brown fox", "jumps"}},
		{"exact fit", "abcde fghij", 5, []string{"abcde", "fghij"}},
		{"paragraphs and blank lines", "one two\n\nthree", 20, []string{"one two", "", "three"}},
		{"trailing spaces dropped", "one   \ntwo", 20, []string{"one", "two"}},
		{"indent kept", "  indented text", 20, []string{"  indented text"}},
		{"long word broken", "see https://example.com/long/path ok", 10, []string{"see", "https://ex", "ample.com/", "long/path", "ok"}},
		{"CJK by cluster", "日本語のニュース", 5, []string{"日本", "語の", "ニュ", "ース"}},
		{"emoji clusters stay whole", "👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", 4, []string{"👩‍👩‍👧👩‍👩‍👧", "👩‍👩‍👧"}},
		{"flags", "go 🇫🇷🇧🇪 now", 6, []string{"go", "🇫🇷🇧🇪", "now"}},
		{"tabs to stops", "a\tb\tc", 20, []string{"a   b   c"}},
		{"tab at break dropped", "abcdefg\thij", 8, []string{"abcdefg", "hij"}},
		{"combining mark", "cafe\u0301 noir", 5, []string{"cafe\u0301", "noir"}},
		{"controls shown as U+FFFD", "a\x1b[31mb\x07", 20, []string{"a\uFFFD[31mb\uFFFD"}},
		{"C1 and invalid UTF-8", "x\u009by\xffz", 20, []string{"x\uFFFDy\uFFFDz"}},
		{"wide char wider than row", "日", 1, []string{"日"}},
		{"empty", "", 10, []string{""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := wrapText(c.text, c.width)
			var got []string
			for _, ln := range w.lines {
				var b strings.Builder
				display(&b, c.text[ln.start:ln.end], 0)
				got = append(got, b.String())
				if dw := ansi.StringWidth(b.String()); dw != ln.width {
					t.Errorf("row %q: width %d, display width %d", b.String(), ln.width, dw)
				}
				if ln.width > c.width && ansi.StringWidth(c.text[ln.start:ln.end]) > 2 {
					t.Errorf("row %q wider than %d", b.String(), c.width)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Fatalf("rows %q, want %q", got, c.want)
			}
			// Rows cover every byte but the breaks, in order.
			pos := 0
			for _, ln := range w.lines {
				if strings.Trim(c.text[pos:ln.start], " \t\n") != "" {
					t.Fatalf("bytes %q lost before row at %d", c.text[pos:ln.start], ln.start)
				}
				pos = ln.end
			}
			if strings.Trim(c.text[pos:], " \t\n") != "" {
				t.Fatalf("tail %q lost", c.text[pos:])
			}
		})
	}
}

// TestPositionIndex checks the byte offset → (row, column) index against
// the rows as drawn: the text at that column is the text at that offset.
func TestPositionIndex(t *testing.T) {
	text := storyText() + "Tabs\there 日本語 and 👩‍👩‍👧 Ana Ruiz again.\n"
	for _, width := range []int{10, 23, 57, 100} {
		w := wrapText(text, width)
		for _, m := range mentionsOf(text, "Ana Ruiz", "12 killed", "30%", "€2.5 million", "日本語", "👩‍👩‍👧", "here") {
			row, col := w.position(m.Start)
			ln := w.lines[row]
			var b strings.Builder
			display(&b, text[ln.start:ln.end], 0)
			drawn := ansi.Cut(b.String(), col, col+ansi.StringWidth(m.Text))
			first, _, _ := strings.Cut(m.Text, " ")
			if !strings.HasPrefix(drawn, first) {
				t.Errorf("width %d: %q at (%d,%d) draws %q", width, m.Text, row, col, drawn)
			}
		}
	}
}
