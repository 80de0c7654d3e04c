package parse

import (
	"strings"
	"testing"
)

func TestNameRuns(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// particles join capitalised words, line breaks end runs
		{"led by Arnel dela Vega and Ali bin Tamim", []string{"Arnel dela Vega", "Ali bin Tamim"}},
		{"Bilal Hadfi, 20\nAhmad al-Mohammad", []string{"Bilal Hadfi", "Ahmad al-Mohammad"}},
		{"at Stade de Reims (closed)", []string{"Stade de Reims"}},
		// a possessive ends its run; function words never start one
		{"Roe's Ministry The Interior", []string{"Roe", "Ministry", "Interior"}},
		// a particle at the end joins nothing
		{"Paris de", []string{"Paris"}},
		// a two-letter function word ends a name before lower case, but
		// not a preposition before a determiner
		{"James To said so", []string{"James To"}},
		{"Regina Lam In the east", []string{"Regina Lam"}},
	} {
		toks := tokenize(nil, tc.text)
		var got []string
		for _, r := range nameRuns(toks, tc.text) {
			got = append(got, tc.text[toks[r.first].start:toks[r.last].wordEnd(tc.text)])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("nameRuns(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Brudziński": "brudzinski", "Gérald": "gerald", "O’Brien": "o'brien", "ROE": "roe", "Łukasz": "lukasz",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
		if foldKey(in) != exactHash(want) {
			t.Errorf("foldKey(%q) is not the hash of %q", in, want)
		}
	}
}

func TestNameShapes(t *testing.T) {
	for w, want := range map[string]bool{
		"Jong-un": true, "Shin-Wook": true, "Cheuk-yan": true, "Prize-winner": false, "Paris-based": false,
	} {
		if got := asianGiven(w); got != want {
			t.Errorf("asianGiven(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{
		"JPMorgan": true, "PayPal": true, "YouTube": true, "McDonald": false, "DiCaprio": false,
		"LeBron": false, "O'Brien": false, "MacArthur": false, "Roe": false, "Al-Othaimeen": false,
	} {
		if got := brandShaped(w); got != want {
			t.Errorf("brandShaped(%q) = %v, want %v", w, got, want)
		}
	}
}
