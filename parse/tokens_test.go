package parse

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

func TestFigTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"France mobilised 115,000 police.", []string{"France", "mobilised", "115,000", "police", "."}},
		{"Lists 1,2,3 stay apart", []string{"Lists", "1", ",", "2", ",", "3", "stay", "apart"}},
		{"twenty-three al-Mohammad Friday’s o'clock", []string{"twenty-three", "al-Mohammad", "Friday’s", "o'clock"}},
		{"at 14:30, 12.5% and 3bn in 2007-12", []string{"at", "14:30", ",", "12.5", "%", "and", "3bn", "in", "2007-12"}},
		{"£45m – “Yes”", []string{"£", "45m", "–", "“", "Yes", "”"}},
		{"Stade de France — Bataclan", []string{"Stade", "de", "France", "—", "Bataclan"}},
		{"a - b", []string{"a", "-", "b"}},
		// an initial's or a title's full stop stays with it, as in names
		{"Washington D.C. and Dr. Roe's team", []string{"Washington", "D.C.", "and", "Dr.", "Roe's", "team"}},
		{"It was 45°C. Gen.Lt Kim", []string{"It", "was", "45", "°", "C.", "Gen.Lt", "Kim"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(nil, tt.in) {
			got = append(got, tok.written(tt.in))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFigWordLookup: the tokenizer finds keywords whatever their case and
// without a possessive.
func TestFigWordLookup(t *testing.T) {
	text := "Seven SEVEN seven Friday’s Friday's killed Xyzzy"
	toks := tokenize(nil, text)
	lx := loadLexicon()
	want := []*figWord{lx.keyword("seven"), lx.keyword("seven"), lx.keyword("seven"), lx.keyword("friday"), lx.keyword("friday"), lx.keyword("killed"), nil}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, tok := range toks {
		if tok.kw() != want[i] {
			t.Errorf("token %q: keyword %+v, want %+v", tok.written(text), tok.kw(), want[i])
		}
	}
	if !toks[0].upper() || toks[2].upper() {
		t.Errorf("capitals: %v %v", toks[0].upper(), toks[2].upper())
	}
}

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
		{"Karim Benali, 26 –\nSamir", []string{"Karim", "Benali", ",", "26", "–", "⏎", "Samir"}},
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

func TestTokenIsWord(t *testing.T) {
	text := "the The THE tHe them of OF Of0 aged Aged known \u212aNOWN \u212anown ſtate İs of\u00e9 th" +
		" İİ iİ \u212a\u212a k\u212a İs's \u212aİ \u212aİs İ\xb0s \u212a\xaa \xc4\xb0s \u0130\u0307s Is"
	for _, tok := range tokenize(nil, text) {
		for _, w := range []string{"the", "of", "aged", "known", "state", "is", "th", "ii", "kk", "ki", "kis", "i"} {
			if got, want := tok.isWord(text, w), tok.lowered(text) == w; got != want {
				t.Errorf("isWord(%q, %q) = %v, want %v", tok.word(text), w, got, want)
			}
		}
	}
}

// wordClass answers from a capitalised token what classOf says of its word.
func TestWordClass(t *testing.T) {
	lx := loadLexicon()
	const list = cGiven | cPart | cCommon | cDemonym
	for name, text := range figuresGoldenTexts(t) {
		for _, tok := range tokenize(nil, text) {
			if !tok.alnum() {
				continue
			}
			if got, want := lx.wordClass(tok, text)&list, lx.classOf(tok.word(text))&list; got != want {
				t.Errorf("%s: wordClass(%q) = %b, want %b", name, tok.word(text), got, want)
			}
		}
	}
}

// A long text's tokens are all in one slice: keep them small.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n > 16 {
		t.Errorf("token is %d bytes, want at most 16", n)
	}
}

// wordNumber takes a plain word's keyword from its token: the token's
// keyword must be what the lexicon says of the word as written.
func TestPlainWordKeyword(t *testing.T) {
	for name, text := range figuresGoldenTexts(t) {
		toks := tokenize(nil, text)
		for _, tok := range toks {
			w := tok.written(text)
			if tok.kind != tWord || strings.ContainsAny(w, "-'’.") {
				continue
			}
			if want := loadLexicon().keyword(w); tok.kw() != want {
				t.Errorf("%s: keyword of %q differs from the lexicon's", name, w)
			}
		}
	}
}

// tokenizeGeneral is tokenize without its inner loop and the quick
// paths of nextToken: every token read by generalToken.
func tokenizeGeneral(text string) []token {
	lx := loadLexicon()
	var toks []token
	atStart := true
	for i := 0; i < len(text); {
		toks, i, atStart = lx.generalToken(toks, text, i, atStart)
	}
	return toks
}

// TestTokenizeFastLoop: tokenize's inner loop and nextToken's quick
// paths read every pinned text, every fuzz seed, and texts cut at every
// byte of awkward endings into the tokens generalToken alone reads, also
// when a text dense with tokens fills the slice tokenize makes and the
// inner loop leaves the rest to nextToken, which makes room.
func TestTokenizeFastLoop(t *testing.T) {
	texts := pinnedTexts(t)
	for i, s := range []string{
		"Dr. Roe and Mr. Smith met Gen.Lt Kim at 5 p.m. in St. Louis", "a. b. C. dr. mr. x.", "it’s Roe’s 'n' rock-’n’-roll — “yes”",
		"USA, UK and GCHQ; A B\tC\r\nd\f\ve", "word1 2word x-y -x x- x'y 'x x' ", "é café naïve Zoë\u00a0x\u2028y",
		"end.", "END", "x", "Capt. Brig. Prof. Smith. Paris. Insp. CAPT. capt. Jr. X. xy.",
		"130 people, 12.5% 115,000 3bn 1990's 2015. 20:30 5-4 7’000 42\n7\t8 9” 10—11 12a 13",
		"“Yes,” he said — “no” – ‘so’ • x—y a‐b a‑b it’s don’t …", "Paris” end\xe2\x80", "x\xe2\x80\x8f y \xe2\x80\xa8 z\xe2\x80\xa7", "\x00a\x7fb\xffc", "K.C. C.Suthorn D.C.", "al-Sisi el-Baradei ", "1,234 12.5 14:30 3bn 2007-12",
		strings.Repeat("a ", 300), strings.Repeat("A,", 300), strings.Repeat(".", 300) + "a b",
	} {
		for cut := 0; cut <= len(s); cut++ {
			texts[fmt.Sprintf("awkward-%d-%d", i, cut)] = s[:cut]
		}
	}
	for name, text := range texts {
		want := tokenizeGeneral(text)
		if got := tokenize(nil, text); !slices.Equal(got, want) {
			t.Errorf("%s: the inner loop read %d tokens, the general way %d", name, len(got), len(want))
			continue
		}
	}
}

// FuzzTokenizeFastLoop: on any text, tokenize reads the tokens that
// generalToken alone reads.
func FuzzTokenizeFastLoop(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("Dr. Roe’s 130 “cyber-attacks” — 12.5% of K.C. al-Sisi\n\nUK’s x\u2028y")
	f.Fuzz(func(t *testing.T, text string) {
		if want, got := tokenizeGeneral(text), tokenize(nil, text); !slices.Equal(got, want) {
			t.Fatalf("%q: tokenize read %v, generalToken %v", text, got, want)
		}
	})
}
