package input

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean ascii", "Paris, France - 129 killed.\n", "Paris, France - 129 killed.\n"},
		{"clean unicode", "東京 café 🙂‍↔️ ½\tx", "東京 café 🙂‍↔️ ½\tx"},
		{"osc title", "a\x1b]0;pwned\x07b", "a␛]0;pwned␇b"},
		{"osc title st", "a\x1b]2;pwned\x1b\\b", "a␛]2;pwned␛\\b"},
		{"osc 52 clipboard", "\x1b]52;c;cm0gLXJmIH4=\x07", "␛]52;c;cm0gLXJmIH4=␇"},
		{"osc 8 hyperlink", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "␛]8;;http://evil␛\\click␛]8;;␛\\"},
		{"csi clear and move", "\x1b[2J\x1b[H\x1b[10;10H\x1b[31mred\x1b[0m", "␛[2J␛[H␛[10;10H␛[31mred␛[0m"},
		{"8-bit csi byte", "x\x9b31my", "x\uFFFD31my"},
		{"encoded c1 csi", "x\u009b31my\u009d0;t\u009c", "x\uFFFD31my\uFFFD0;t\uFFFD"},
		{"nel is a line break", "a\u0085b", "a\nb"},
		{"bel backspace", "ding\x07 ab\x08\x08cd", "ding␇ ab␈␈cd"},
		{"nul and del", "a\x00b\x7fc", "a␀b␡c"},
		{"form feed vertical tab", "a\fb\vc", "a␌b␋c"},
		{"crlf", "a\r\nb\r\n", "a\nb\n"},
		{"lone cr", "a\rb\r", "a\nb\n"},
		{"cr cr lf", "a\r\r\nb", "a\n\nb"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"invalid utf-8", "a\xffb\xc3(c\xe2\x82", "a\uFFFDb\uFFFD(c\uFFFD\uFFFD"},
		{"noncharacters", "a\uFFFEb\uFFFFc", "a\uFFFDb\uFFFDc"},
		{"prepended concatenation marks removed", "year \u0604 2024, \u0600123 and \U000110BD9", "year  2024, 123 and 9"},
		{"arabic letters kept", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0660\u0661", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0660\u0661"},
		{"bidi overrides removed", "user\u202Egnp.exe\u202C \u2066iso\u2069 \u202Aemb\u202B\u202D", "usergnp.exe iso emb"},
		{"bidi marks kept", "שלום\u200F 12 \u200Eabc\u061C", "שלום\u200F 12 \u200Eabc\u061C"},
		{"stray bom removed", "a\uFEFFb", "ab"},
		{"soft hyphens removed", "Vladi\u00admir Putin, Netan\u00adyahu", "Vladimir Putin, Netanyahu"},
		{"zero-width joiners kept", "👩\u200D💻 a\u200Bb \u200Cx", "👩\u200D💻 a\u200Bb \u200Cx"},
		{"replacement char kept", "a\uFFFDb", "a\uFFFDb"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sanitize(tt.in)
			if got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkSafe(t, got)
			if again := Sanitize(got); again != got {
				t.Errorf("not idempotent: %q -> %q", got, again)
			}
		})
	}
}

// checkSafe fails when s could drive a terminal or break byte slicing:
// invalid UTF-8, a C0 control other than tab and newline, DEL, a C1
// control, or a bidi override.
func checkSafe(t testing.TB, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8: %q", s)
	}
	for i, r := range s {
		switch {
		case r == '\t' || r == '\n':
		case r < 0x20 || r >= 0x7f && r < 0xa0:
			t.Fatalf("control %U at byte %d in %q", r, i, s)
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			t.Fatalf("bidi override %U at byte %d in %q", r, i, s)
		}
	}
}

func TestSanitizeCleanTextIsShared(t *testing.T) {
	// Most articles need no change: the fast path must return the input
	// itself, not a copy.
	in := strings.Repeat("Clean text, 12 killed. ", 100)
	if out := Sanitize(in); out != in || len(out) != len(in) {
		t.Fatal("clean text changed")
	}
}

func BenchmarkSanitize(b *testing.B) {
	clean := strings.Repeat("More than 400 people were wounded — 東京 café. ", 20000)
	dirty := strings.Repeat("Clear \x1b[2J now\r\n", 50000)
	for _, bc := range []struct{ name, in string }{{"clean", clean}, {"dirty", dirty}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.in)))
			for b.Loop() {
				Sanitize(bc.in)
			}
		})
	}
}

func TestControlAt(t *testing.T) {
	for s, want := range map[string]int{
		"plain\ttext\n":       -1,
		"ok \ufffd replaced":  -1,
		"esc \x1b[2J":         4,
		"bell\x07":            4,
		"c1 \u009b31m":        3,
		"raw c1 \x9b31m":      7,
		"del\x7f":             3,
		"Sanitized ␛[2J ␇ ok": -1,
	} {
		if got := ControlAt(s); got != want {
			t.Errorf("ControlAt(%q) = %d, want %d", s, got, want)
		}
		if got := ControlAt(Sanitize(s)); got != -1 {
			t.Errorf("ControlAt(Sanitize(%q)) = %d, want -1", s, got)
		}
	}
}

// TestOneLine: titles, names and errors share one rule for one line.
func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"  A\ttitle\r\n over\u2028lines ": "A title over lines",
		"evil\x1b[2J\x07name":             "evil␛[2J␇name",
		"":                                "",
	} {
		if got := OneLine(in); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", in, got, want)
		}
	}
}
