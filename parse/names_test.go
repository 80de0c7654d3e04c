package parse

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // words and punctuation; "⏎" for a line break
	}{
		{"Roe's plan", []string{"Roe", "plan"}}, // the possessive stays out of the word
		{"Roe’s plan", []string{"Roe", "plan"}}, // typographic apostrophe
		{"Ahmad al-Mohammad", []string{"Ahmad", "al-Mohammad"}},
		{"Seán O'Brien", []string{"Seán", "O'Brien"}},
		{"L. Ron Hubbard", []string{"L.", "Ron", "Hubbard"}}, // an initial keeps its stop
		{"K.C. Maurer", []string{"K.C.", "Maurer"}},          // initials
		{"Image: C.Suthorn.", []string{"Image", ":", "C.Suthorn", "."}},
		{"Dr. Roe said.", []string{"Dr.", "Roe", "said", "."}}, // an abbreviated title
		{"Salah Abdeslam, 26 –\nBrahim", []string{"Salah", "Abdeslam", ",", "26", "–", "⏎", "Brahim"}},
		{"the 21-year-old", []string{"the", "21-year-old"}},
		{"Kim Shin-Wook", []string{"Kim", "Shin-Wook"}},
		// numbers are read as the figure finder reads them
		{"Roe, 45, paid 115,000 at 14:30 for 12.5%, lists 1,2", []string{
			"Roe", ",", "45", ",", "paid", "115,000", "at", "14:30", "for", "12.5", "%", ",", "lists", "1", ",", "2"}},
		{"page\f2\vend", []string{"page", "2", "end"}}, // form feeds are spaces
	} {
		var got []string
		for _, tok := range tokenize(nil, tc.text) {
			if tok.kind == tBreak {
				got = append(got, "⏎")
				continue
			}
			got = append(got, tok.word(tc.text))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestTokenizeFlags(t *testing.T) {
	text := "IS said. Roe's team met al-Sisi and the 28 states"
	toks := tokenize(nil, text)
	find := func(w string) token {
		for _, tok := range toks {
			if tok.word(text) == w {
				return tok
			}
		}
		t.Fatalf("no token %q", w)
		return token{}
	}
	if !find("IS").acronym() || !find("IS").sent() {
		t.Error("IS: want an acronym opening the sentence")
	}
	if r := find("Roe"); !r.poss() || !r.sent() || !r.capital() {
		t.Errorf("Roe: want a capitalised possessive opening the sentence, got %+v", r)
	}
	if !find("al-Sisi").capital() {
		t.Error("al-Sisi: an Arabic article before a capital starts a name")
	}
	if n := find("28"); !n.digit() || n.capital() {
		t.Errorf("28: want a digit word, got %+v", n)
	}
	if find("team").sent() {
		t.Error("team: not the first word of a sentence")
	}
}

func TestNameRuns(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// particles join capitalised words, line breaks end runs
		{"led by Arnel dela Vega and Ali bin Tamim", []string{"Arnel dela Vega", "Ali bin Tamim"}},
		{"Bilal Hadfi, 20\nAhmad al-Mohammad", []string{"Bilal Hadfi", "Ahmad al-Mohammad"}},
		{"at Stade de France (unverified)", []string{"Stade de France"}},
		// a possessive ends its run; function words never start one
		{"Roe's Ministry The Interior", []string{"Roe", "Ministry", "Interior"}},
		// a particle at the end joins nothing
		{"Paris de", []string{"Paris"}},
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
