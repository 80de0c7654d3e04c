package parse

import (
	"strings"
	"testing"
)

// TestFigLineIsBeyondASCII: is folds the letters beyond ASCII that
// strings.EqualFold folds to ASCII ones (the Kelvin sign, the long s)
// itself, and no others, in broken UTF-8 too.
func TestFigLineIsBeyondASCII(t *testing.T) {
	for _, tc := range []struct{ text, w string }{
		{"\u212a\u212a", "kk"}, {"ſ\u212aſ", "sks"}, {"\u212a", "kx"}, {"\u212ax", "k"}, {"a\u212a", "ak"}, {"aſ", "as"},
		{"\u212a\xe2\x84", "kk"}, {"ſ\xff", "s?"}, {"Café", "cafe"}, {"\u212aM", "km"}, {"\u212a", "s"}, {"ſ", "k"},
		{"\u212a", "k"}, {"ſaid", "said"}, {"İt", "it"}, {"ıt", "it"}, {"\u212a\u212a", "k"},
	} {
		toks := tokenize(nil, tc.text)
		ln := figLine{text: tc.text, toks: toks}
		if got, want := ln.is(0, tc.w), strings.EqualFold(ln.str(0), tc.w); got != want {
			t.Errorf("is(%q, %q) = %v, want %v", tc.text, tc.w, got, want)
		}
	}
}
