package parse

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// The fast paths of the extractor stand in for library calls and map
// lookups; these tests hold them to what they replace.

func TestIndexApostrophe(t *testing.T) {
	for _, w := range []string{"", "I'm", "It’s", "O'Brien", "Roe", "'", "’", "a’b'c", "ab'’", "\xe2\x80", "Zwölf’s", "’'"} {
		if got, want := indexApostrophe(w), strings.IndexAny(w, "'’"); got != want {
			t.Errorf("indexApostrophe(%q) = %d, want %d", w, got, want)
		}
	}
}

// compatible skips the shape checks for a word that capitalThenLower
// accepts: none of them may reject such a word.
func TestCapitalThenLowerShape(t *testing.T) {
	for _, w := range []string{"A", "Paris", "Mc", "Roe", "Jo", "R", "D", "Xi", "Ab", "Zwolf"} {
		if !capitalThenLower(w) {
			t.Errorf("capitalThenLower(%q) = false", w)
		}
		if strings.ContainsAny(w, "-'’.") || codeWord(w) || brandShaped(w) || partyTag(w) || isAcronym(w) {
			t.Errorf("%q: a shape check says something of a capital and lower-case letters", w)
		}
	}
	for _, w := range []string{"", "paris", "PayPal", "JPMorgan", "A22", "O'Brien", "Saint-Germain", "L.", "IS", "Zwölf", "R-Texas"} {
		if capitalThenLower(w) {
			t.Errorf("capitalThenLower(%q) = true", w)
		}
	}
}

// compatible skips the ship-prefix lookup for words longer than four bytes.
func TestShipPrefixesShort(t *testing.T) {
	for p := range shipPrefixes {
		if len(p) > 4 {
			t.Errorf("ship prefix %q is longer than compatible looks up", p)
		}
	}
}

// hashTable answers every lookup as the Go map it is built from: present
// keys (0 among them) give their value, absent ones 0.
func TestHashTable(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		m := map[uint64]uint64{}
		for i := 0; i < n; i++ {
			m[uint64(i)*0x9E3779B97F4A7C15] = uint64(i+1) << 20 // 0 is the first key
		}
		ht := newHashTable(m)
		for k, v := range m {
			if got := ht.get(k); got != v {
				t.Errorf("n=%d: get(%x) = %d, want %d", n, k, got, v)
			}
		}
		for i := 0; i < 2000; i++ {
			k := uint64(i)*0x9E3779B97F4A7C15 + 1
			if got := ht.get(k); got != m[k] {
				t.Errorf("n=%d: get(%x) = %d, want %d", n, k, got, m[k])
			}
		}
	}
}

// TestExtractConcurrent: findPeople and findFigures reuse pooled buffers;
// texts extracted at once on many goroutines, in any order, must give what
// each gives alone.
func TestExtractConcurrent(t *testing.T) {
	texts := figuresGoldenTexts(t)
	want := map[string]string{}
	for n, text := range texts {
		b, _ := json.Marshal(Extract(text))
		want[n] = string(b)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n, text := range texts { // map order differs per goroutine
				if b, _ := json.Marshal(Extract(text)); string(b) != want[n] {
					t.Errorf("%s: concurrent Extract differs", n)
				}
			}
		}()
	}
	wg.Wait()
}

func TestMoreFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a b ", "a\u00a0b", "a\u0085b\u2003c", "\xff \xfe", "one two three four", "x\ty\nz\v\f\rw",
	} {
		for n := 0; n < 5; n++ {
			if got, want := moreFields(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("moreFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// punct reads its sets byte by byte: it must say what strings.Contains
// says of a mark, ASCII or not.
func TestFigLinePunct(t *testing.T) {
	text := "a — b “c” ‘d’ (e) f… g • h – i · j - k. l; m: n! o? p* q/ r# s@ t+ u€ v£"
	toks := tokenize(nil, text)
	ln := figLine{text: text, toks: toks}
	for _, set := range []string{".!?:;–—-•*", "\"“‘'(", "/.#@", "”’)", "…", "€£$", "—", "–", "", "·"} {
		for i := -1; i <= len(toks); i++ {
			want := i >= 0 && i < len(toks) && toks[i].kind == tPunct && strings.Contains(set, ln.str(i))
			if got := ln.punct(i, set); got != want {
				t.Errorf("punct(%d %q, %q) = %v, want %v", i, ln.str(i), set, got, want)
			}
		}
	}
}

func TestFigLineIs(t *testing.T) {
	for _, tc := range []struct{ text, w string }{
		{"and", "and"}, {"AND", "and"}, {"an", "and"}, {"ands", "and"}, {"\u212a", "k"}, {"\u212am", "km"},
		{"ſ", "s"}, {"ſaid", "said"}, {"Band", "and"}, {"And", "and"}, {"(", "["}, {"@", "`"}, {"1", "-"}, {"-", "-"},
		{"Zwölf", "zwolf"}, {"year-old", "year-old"}, {"Km", "km"},
	} {
		toks := tokenize(nil, tc.text)
		ln := figLine{text: tc.text, toks: toks}
		if got, want := ln.is(0, tc.w), strings.EqualFold(ln.str(0), tc.w); got != want {
			t.Errorf("is(%q, %q) = %v, want %v", tc.text, tc.w, got, want)
		}
	}
}

func TestIsPlacePlural(t *testing.T) {
	lx := loadLexicon()
	for _, w := range []string{"America", "Balkan", "Paris", "Belgium", "Idlib", "Ardenne", "Philippine", "", "Zwölf", strings.Repeat("x", 40)} {
		if got, want := lx.isPlacePlural(w), lx.isPlace(w+"s"); got != want {
			t.Errorf("isPlacePlural(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsEponymousFirm(t *testing.T) {
	for _, w := range []string{"Morgan Stanley", "MORGAN STANLEY", "Rolls-Royce", "John Smith", "Mercedes Benz", "Mercedes Bénz", strings.Repeat("Goldman ", 10)} {
		if got, want := isEponymousFirm(w), eponymousFirms[fold(w)]; got != want {
			t.Errorf("isEponymousFirm(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "Jo", "Jo Roe", " Jo", "Jo ", "Jo  Roe", "Jo\tRoe", "Jo\u00a0Roe", "Inácio Lula", "Jo\nRoe", "\xff Jo"} {
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestJoinWords(t *testing.T) {
	for _, text := range []string{"Morgan Stanley said", "Morgan  Stanley", "Morgan\u00a0Stanley Smith", "Kevin De Bruyne", "Jo Roe's dog", "A\tB C"} {
		toks := tokenize(nil, text)
		for first := range toks {
			for last := first; last < len(toks); last++ {
				var ws []string
				for i := first; i <= last; i++ {
					ws = append(ws, toks[i].word(text))
				}
				if got, want := joinWords(toks, text, first, last), strings.Join(ws, " "); got != want {
					t.Errorf("joinWords(%q, %d, %d) = %q, want %q", text, first, last, got, want)
				}
			}
		}
	}
}

// The grouper finds a key's groups by scanning or by a map; both must
// group every text alike, long ones (many candidates) included.
func TestGroupFiguresScanOrIndex(t *testing.T) {
	texts := figuresGoldenTexts(t)
	var all strings.Builder
	for _, n := range []string{"testdata/dev/texts/paris-attacks.txt", "testdata/dev/texts/wn-01.txt", "../samples/council-vote.txt", "../samples/valley-quake.txt"} {
		all.WriteString(texts[n])
		all.WriteString("\n\n")
	}
	texts["all"] = all.String()
	for name, text := range texts {
		people := findPeople(text, tokenize(nil, text))
		scanned, _ := json.Marshal(collectFigures(text, tokenize(nil, text), people, titleSpan(text), figureLimits{scan: 1 << 30, line: 1 << 30}).figures(text))
		indexed, _ := json.Marshal(collectFigures(text, tokenize(nil, text), people, titleSpan(text), figureLimits{scan: 0, line: 1}).figures(text))
		if string(scanned) != string(indexed) {
			t.Errorf("%s: figures differ between scanned and indexed groups", name)
		}
	}
}

func TestFirstFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b ", "a\u00a0b", "a\u0085b\u2003c", "\xff \xfe", "one two three four", "x\ty\nz\v\f\rw"} {
		for n := 0; n < 5; n++ {
			want := strings.Fields(s)
			if len(want) > n {
				want = want[:n]
			}
			if got := firstFields(s, n); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
				t.Errorf("firstFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// The tokenizer takes the runes of U+2010–U+2027 for punctuation without
// asking package unicode: none of them may be a letter, digit, mark or
// space.
func TestGeneralPunctIsPunct(t *testing.T) {
	for r := rune(0x2010); r <= 0x2027; r++ {
		if !isGeneralPunct(r) {
			t.Fatalf("isGeneralPunct(%U) = false", r)
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.IsSpace(r) {
			t.Errorf("%U is a letter, digit, mark or space", r)
		}
	}
	for _, r := range []rune{0x200F, 0x2028, 0x2029, 'a', '-'} {
		if isGeneralPunct(r) {
			t.Errorf("isGeneralPunct(%U) = true", r)
		}
	}
}

// The tokenizer reads most words on a fast path (scanPlainWord, looked
// up in tokenize's own loop): every word of every pinned text must end
// and be looked up as the general path (scanWord, wordToken) reads it.
func TestPlainWordsAsScanWord(t *testing.T) {
	lx := loadLexicon()
	for name, text := range pinnedTexts(t) {
		for _, tok := range tokenize(nil, text) {
			if tok.kind != tWord && tok.kind != tNum {
				continue
			}
			end, poss := scanWord(text, int(tok.start), len(text))
			var want token
			lx.wordToken(&want, text, int(tok.start), end, poss, tok.sent())
			if tok != want {
				t.Errorf("%s: %q read as %+v, the general path reads %q as %+v", name, tok.written(text), tok, text[tok.start:end], want)
				break
			}
		}
	}
}
