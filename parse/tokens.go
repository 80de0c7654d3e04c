package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factpane/factpane/parse/lexicons"
)

// The tokenizer reads the text once, into one slice of tokens that the
// people finder and the figure finder both read. A token is a word
// ("Cazeneuve", "twenty-three", "Roe's", "Dr."), a number as written
// ("115,000", "12.5", "14-week", "3bn", "2007-12"), one punctuation rune,
// or a line break; it holds its byte span and what the lexicon knows of
// its word, looked up once.

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // starts with a letter (or a digit of another script)
	tNum                      // starts with an ASCII digit
	tPunct                    // one rune that is neither, a control byte included
	tBreak                    // one or more line breaks: no name and no clause crosses one
)

// token is one token of the text. Its span is the token as written: a
// possessive 's is inside it ("Roe's", whose name word is "Roe") and so is
// the full stop of an initial or an abbreviated title ("L.", "Dr.").
//
// It is 16 bytes, its offsets 32 bits: a 32 MiB text has some seven
// million tokens, all in one slice.
//
// Its last three fields are a struct of their own so that it has four:
// the Go compiler keeps a struct of at most four fields in registers and
// one of more in memory. With six, every copy of a token (the rules take
// and copy tokens by value everywhere) was a store and a load on the
// stack, and reading a flag waited on them; with four, Extract ran 11%
// faster on the sample article and 6% on 10 MB.
type token struct {
	start, end uint32
	cls        uint32 // the word's classes for the people finder (lexicon.go)
	tokInfo
}

// tokInfo is what a token is besides its span and its people classes.
type tokInfo struct {
	kwi   uint16 // the word's keyword for the figure finder: an index into lexicon.keywords, 0 for none
	kind  tokKind
	flags tokFlag
}

type tokFlag uint8

const (
	fUpper    tokFlag = 1 << iota // the first letter is upper case
	fCapital                      // upper, or a lower-case Arabic article before a capital ("al-Sisi")
	fAcronym                      // two or more letters, all upper case ("IS", "GCHQ", "U.S.")
	fDigit                        // starts with a digit of any script
	fPoss                         // ends in a possessive 's
	fSent                         // the first word of a sentence or a line
	fHyphen                       // a word the keywords lack with a hyphen inside ("twenty-three")
	fMaybeNum                     // may start a number: a digit, a number word, a word that opens one ("a", "half"), fHyphen
)

func (t token) upper() bool    { return t.flags&fUpper != 0 }
func (t token) capital() bool  { return t.flags&fCapital != 0 }
func (t token) acronym() bool  { return t.flags&fAcronym != 0 }
func (t token) digit() bool    { return t.flags&fDigit != 0 }
func (t token) poss() bool     { return t.flags&fPoss != 0 }
func (t token) sent() bool     { return t.flags&fSent != 0 }
func (t token) hyphen() bool   { return t.flags&fHyphen != 0 }
func (t token) maybeNum() bool { return t.flags&fMaybeNum != 0 }

// alnum reports whether the token is a word or a number, which is what
// the people finder calls a word.
func (t token) alnum() bool { return t.kind == tWord || t.kind == tNum }

// written is the token as written.
func (t token) written(text string) string { return text[t.start:t.end] }

// wordEnd is where the token's word ends: before a possessive 's.
func (t token) wordEnd(text string) int {
	if t.poss() {
		return int(t.end) - possessiveLen(text[t.start:t.end])
	}
	return int(t.end)
}

// word is the token without a possessive 's: the word a name is made of
// and the lexicons are asked about.
func (t token) word(text string) string { return text[t.start:t.wordEnd(text)] }

// is reports whether the token's word is in any of the people classes c.
func (t token) is(c uint32) bool { return t.cls&c != 0 }

// kw is what the figure finder knows of the token's word, or nil.
func (t token) kw() *figWord {
	if t.kwi == 0 {
		return nil
	}
	return &lex.keywords[t.kwi]
}

// lowered returns the word in lower case; it allocates only for words
// with capitals, which the callers meet rarely (a sentence's first word).
func (t token) lowered(text string) string {
	w := t.word(text)
	if isASCII(w) {
		return lowerASCII(w)
	}
	return strings.ToLower(w)
}

// isWord reports whether t.lowered(text) == w, for a lower-case ASCII w,
// without lower-casing a copy.
func (t token) isWord(text, w string) bool {
	// most words differ at an ASCII first letter: asked before the
	// possessive is cut off, it rules them out at once
	if c := text[t.start]; c < utf8.RuneSelf && lowerASCIIByte(c) != w[0] {
		return false
	}
	s := t.word(text)
	// Only two letters beyond ASCII lower to ASCII ones, the dotted "İ"
	// (i) and the Kelvin sign "K" (k), and each takes more bytes than the
	// letter it lowers to: a word as long as w matches only in ASCII, a
	// shorter one never, and only a longer one with such a letter needs
	// lowering.
	switch {
	case len(s) == len(w):
		return lowerASCIIEqual(s, w)
	case len(s) < len(w):
		return false
	}
	// They are read here, as strings.ToLower would lower them, rather
	// than by calling it: a call anywhere in isWord made every call of it
	// set up a frame, and most return at the first letter.
	k := 0
	for j := 0; j < len(s); k++ {
		if k == len(w) {
			return false
		}
		switch {
		case s[j] < utf8.RuneSelf:
			if lowerASCIIByte(s[j]) != w[k] {
				return false
			}
			j++
		case w[k] == 'i' && strings.HasPrefix(s[j:], "\u0130"):
			j += len("\u0130")
		case w[k] == 'k' && strings.HasPrefix(s[j:], "\u212A"):
			j += len("\u212A")
		default:
			return false
		}
	}
	return k == len(w)
}

// maxText is the longest text tokenize reads: offsets are 32 bits.
const maxText = 1<<32 - 1

// tokenize splits text into tokens, appending them to buf[:0], which it
// reuses when it has room for a text of this length.
//
// Most of a news text is plain words of ASCII letters, single spaces,
// and ASCII marks: the inner loop reads those and calls nothing, so the
// values it keeps stay in registers (a loop with a call in it stores
// them to the stack on every turn). Anything else — a digit, a letter
// beyond ASCII, a word that may join what follows, a full token slice —
// it leaves to nextToken, which reads one token.
func tokenize(buf []token, text string) []token {
	lx := loadLexicon()
	toks := buf[:0]
	if n := len(text)/4 + 16; cap(toks) < n { // news runs about one token per 4.7 bytes
		toks = make([]token, 0, n)
	}
	atStart := true
	for i := 0; i < len(text); {
	fast:
		for i < len(text) && len(toks) < cap(toks) {
			c := text[i]
			switch byteClass[c] {
			case bSpace:
				i++
			case bLetter:
				// A plain word (see scanPlainWord) is read, hashed and
				// looked up here; one that is not plain, or may be an
				// initial or an abbreviated title before its full stop
				// (a capital and no longer than the longest title), is
				// left to nextToken.
				//
				// The loop only folds and hashes: it is most of the
				// tokenizer's work, and with a count of capitals in it
				// too the compiler ran out of registers and reloaded the
				// token slice from the stack on every letter. A
				// capitalised word is read again for its other capitals.
				h, j := uint64(fnvOffset), i
				for j < len(text) {
					lc := letterLower[text[j]]
					if lc == 0 {
						break
					}
					h = (h ^ uint64(lc)) * fnvPrime
					j++
				}
				c = text[i]
				if j < len(text) {
					if next := text[j]; byteClass[next] == bJoin || next == '.' && j-i <= abbrevMaxLen && (isASCIIUpper(c) || !abbrevLowerFree) {
						break fast
					}
				}
				var flags tokFlag
				if atStart {
					flags |= fSent
				}
				var v uint64
				if isASCIIUpper(c) {
					flags |= fUpper | fCapital
					if j-i >= 2 && isASCIIUpperOnly(text[i+1:j]) {
						flags |= fAcronym
					}
					v = lx.words.get(h)
				} else {
					v = lx.curated.get(h)
				}
				if v&opensNumber != 0 {
					flags |= fMaybeNum
				}
				// The token is filled in place: one built as a composite
				// literal is assembled with narrow stores and copied
				// with a wide load, which the processor cannot forward
				// (a stall on every word).
				toks = toks[:len(toks)+1]
				t := &toks[len(toks)-1]
				t.start, t.end, t.cls, t.kwi, t.kind, t.flags = uint32(i), uint32(j), classBits(v), keywordIndex(v), tWord, flags
				atStart = false
				i = j
				// a word is most often followed by one space: skipped
				// here, it takes no turn of the loop
				if i < len(text) && text[i] == ' ' {
					i++
				}
			case bBreak:
				// one token for a run of line breaks
				if n := len(toks); n == 0 || toks[n-1].kind != tBreak {
					toks = toks[:len(toks)+1]
					t := &toks[len(toks)-1]
					t.start, t.end, t.cls, t.kwi, t.kind, t.flags = uint32(i), uint32(i+1), 0, 0, tBreak, 0
				}
				atStart = true
				i++
			case bMark:
				toks = toks[:len(toks)+1]
				t := &toks[len(toks)-1]
				t.start, t.end, t.cls, t.kwi, t.kind, t.flags = uint32(i), uint32(i+1), 0, 0, tPunct, 0
				atStart = sentenceState(rune(c), atStart)
				i++
			default:
				break fast
			}
		}
		if i < len(text) {
			toks, i, atStart = lx.nextToken(toks, text, i, atStart)
		}
	}
	return toks
}

// Byte classes for tokenize's inner loop.
const (
	bSpace  uint8 = iota + 1 // a space, tab, carriage return, form feed or vertical tab: skipped
	bBreak                   // a line break
	bLetter                  // an ASCII letter
	bMark                    // an ASCII mark that is a token of its own and joins no word
	bJoin                    // a digit, hyphen, apostrophe or byte beyond ASCII, which may join the word before it (scanWord)
)

// byteClass is the class of each byte, which tokenize's inner loop
// switches on; of the byte after a word it asks whether it may join the
// word (bJoin), as scanPlainWord does.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch b := byte(c); {
		case b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v':
			t[c] = bSpace
		case isASCIILetter(b):
			t[c] = bLetter
		case isASCIIDigit(b) || b == '-' || b == '\'' || b >= utf8.RuneSelf:
			t[c] = bJoin
		case b == '\n':
			t[c] = bBreak
		default:
			t[c] = bMark
		}
	}
	return t
}()

// abbrevMaxLen is the length of the longest abbreviated title of letters
// only, and at least 1 (an initial): a longer word before a full stop
// keeps none.
var abbrevMaxLen = func() int {
	n := 1
	for w := range abbrevTitles {
		if isASCIILetters(w) {
			n = max(n, len(w))
		}
	}
	return n
}()

// abbrevLowerFree is whether every abbreviated title opens with a
// capital: a word in small letters before a full stop is then plain,
// read in tokenize's inner loop.
var abbrevLowerFree = func() bool {
	for w := range abbrevTitles {
		if w == "" || !isASCIIUpper(w[0]) {
			return false
		}
	}
	return true
}()

// nextToken reads the token at i — or the spaces there — appends it to
// toks and returns them, the index after it and whether the next word
// opens a sentence.
func (lx *lexicon) nextToken(toks []token, text string, i int, atStart bool) ([]token, int, bool) {
	// Most tokens here are numbers and the dashes and quotes of U+2010–
	// U+2027: read first, without scanWord, wordToken or decoding.
	if end := plainNumberEnd(text, i); end > i {
		flags := fDigit | fMaybeNum // as wordToken marks a token that opens with a digit
		if atStart {
			flags |= fSent
		}
		toks = append(toks, token{})
		t := &toks[len(toks)-1]
		t.start, t.end, t.kind, t.flags = uint32(i), uint32(end), tNum, flags
		return toks, end, false
	}
	if r, ok := generalPunctAt(text, i); ok {
		toks = append(toks, token{start: uint32(i), end: uint32(i + 3), tokInfo: tokInfo{kind: tPunct}})
		return toks, i + 3, sentenceState(r, atStart)
	}
	return lx.generalToken(toks, text, i, atStart)
}

// generalToken is nextToken for any token: the tokenizer's general way.
func (lx *lexicon) generalToken(toks []token, text string, i int, atStart bool) ([]token, int, bool) {
	c := text[i]
	if c < utf8.RuneSelf {
		switch {
		case c == '\n':
			if n := len(toks); n == 0 || toks[n-1].kind != tBreak {
				toks = append(toks, token{start: uint32(i), end: uint32(i + 1), tokInfo: tokInfo{kind: tBreak}})
			}
			return toks, i + 1, true
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			return toks, i + 1, atStart
		case isASCIIAlnum(c):
			// Most words are ASCII letters that end at a space or a
			// mark that joins nothing: they are read and hashed in one
			// loop and looked up at once. Such a plain word has no
			// possessive, hyphen or full stop, so one lookup of the
			// hash gives its keyword and classes: a capitalised
			// word's in the table of every word, another's in the
			// curated one.
			if end, h, upper := scanPlainWord(text, i); end > i {
				var flags tokFlag
				if atStart {
					flags |= fSent
				}
				var v uint64
				if isASCIIUpper(c) {
					flags |= fUpper | fCapital
					if upper == end-i && upper >= 2 {
						flags |= fAcronym
					}
					v = lx.words.get(h)
				} else {
					v = lx.curated.get(h)
				}
				if v&opensNumber != 0 {
					flags |= fMaybeNum
				}
				toks = append(toks, token{})
				t := &toks[len(toks)-1]
				t.start, t.end, t.cls, t.kwi, t.kind, t.flags = uint32(i), uint32(end), classBits(v), keywordIndex(v), tWord, flags
				return toks, end, false
			}
			end, poss := scanWord(text, i, len(text))
			toks = append(toks, token{})
			lx.wordToken(&toks[len(toks)-1], text, i, end, poss, atStart)
			return toks, end, false
		default:
			toks = append(toks, token{start: uint32(i), end: uint32(i + 1), tokInfo: tokInfo{kind: tPunct}})
			return toks, i + 1, sentenceState(rune(c), atStart)
		}
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case isGeneralPunct(r):
		toks = append(toks, token{start: uint32(i), end: uint32(i + size), tokInfo: tokInfo{kind: tPunct}})
		return toks, i + size, sentenceState(r, atStart)
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		end, poss := scanWord(text, i, len(text))
		toks = append(toks, token{})
		lx.wordToken(&toks[len(toks)-1], text, i, end, poss, atStart)
		return toks, end, false
	case unicode.IsSpace(r):
		return toks, i + size, atStart
	default:
		toks = append(toks, token{start: uint32(i), end: uint32(i + size), tokInfo: tokInfo{kind: tPunct}})
		return toks, i + size, sentenceState(r, atStart)
	}
}

// sentenceState is whether the next word opens a sentence after the
// punctuation rune r.
func sentenceState(r rune, atStart bool) bool {
	switch r {
	case '.', '!', '?', ':':
		return true
	case '"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', '—', '–', '-', '*', '•':
		return atStart // quotes, brackets and dashes leave it alone
	}
	return false
}

// wordToken fills t, the token of the word or number text[start:end], and
// looks its word up: every word's keyword and curated classes, and a
// capitalised word's name-list classes, which name runs are made of.
func (lx *lexicon) wordToken(t *token, text string, start, end int, poss, atStart bool) {
	*t = token{start: uint32(start), end: uint32(end), tokInfo: tokInfo{kind: tWord}}
	if poss {
		t.flags |= fPoss
	}
	if atStart {
		t.flags |= fSent
	}
	r, _ := utf8.DecodeRuneInString(text[start:])
	if isASCIIDigit(text[start]) {
		t.kind = tNum
		t.flags |= fDigit | fMaybeNum
		return
	}
	if unicode.IsDigit(r) {
		t.flags |= fDigit
	}
	w := t.word(text)
	if unicode.IsUpper(r) {
		t.flags |= fUpper | fCapital
	} else if (r == 'a' || r == 'e') && isArabicArticle(w) {
		t.flags |= fCapital
	}
	if t.capital() && isAcronym(w) {
		t.flags |= fAcronym
	}
	// The keyword is looked up without the full stop of an abbreviation
	// ("St." is "st"), and with only ASCII letters folded; the classes
	// with the word as the name lists write it.
	kwWord := w
	if !poss && strings.HasSuffix(kwWord, ".") {
		kwWord = kwWord[:len(kwWord)-1]
	}
	var v uint64
	if t.capital() {
		v = lx.words.get(foldHash(w))
	} else {
		v = lx.curated.get(foldHash(w))
	}
	t.cls = classBits(v)
	if len(kwWord) == len(w) && isASCII(w) {
		t.kwi = keywordIndex(v)
	} else {
		t.kwi = keywordIndex(lx.curated.get(asciiFoldHash(kwWord)))
	}
	if t.capital() {
		if h := strings.IndexByte(w, '-'); h > 0 {
			// "Secretary-General", "Vice-President": a title in parts
			t.cls |= (lx.classOf(w[:h]) | lx.classOf(w[h+1:])) & (cTitle | cHonorific)
		}
	}
	kw := t.kw()
	if kw == nil && strings.IndexByte(text[start:end], '-') > 0 {
		t.flags |= fHyphen | fMaybeNum
	}
	if kw != nil && (kw.isNum || kw.vague > 0 || kw.cls&fcNumLead != 0) {
		t.flags |= fMaybeNum
	}
	if kw == nil && lettersThenDigit(w) {
		t.flags |= fMaybeNum // "USD25m", "RM120": an amount behind its currency
	}
}

// plainNumberEnd returns the end of the number of ASCII digits at
// text[i] when nothing after it can join it (see scanWord): a space, a
// line break, the end, or an ASCII mark other than a point, comma,
// colon, hyphen or apostrophe ("130 people", "(1)"). It returns i for
// any other token.
func plainNumberEnd(text string, i int) int {
	j := i
	for j < len(text) && isASCIIDigit(text[j]) {
		j++
	}
	if j == i || j == len(text) {
		return j
	}
	switch next := text[j]; byteClass[next] {
	case bSpace, bBreak:
		return j
	case bMark:
		if next != '.' && next != ',' && next != ':' {
			return j
		}
	}
	return i
}

// generalPunctAt returns the rune at text[i] when it is one of
// U+2010–U+2027 (isGeneralPunct), whose UTF-8 is E2 80 90 to E2 80 A7,
// read from its three bytes without decoding.
func generalPunctAt(text string, i int) (rune, bool) {
	if i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && 0x90 <= text[i+2] && text[i+2] <= 0xA7 {
		return 0x2010 + rune(text[i+2]-0x90), true
	}
	return 0, false
}

// scanPlainWord reads the word of ASCII letters starting at i when nothing
// after it can join it (see scanWord), and returns its end, the foldHash
// of it and how many of its letters are capitals; end is i when the word
// is not plain. A word before a full stop or a closing quote is plain:
// reading those again with scanWord and wordToken was a tenth of the
// tokenizer's work on news.
func scanPlainWord(text string, i int) (end int, h uint64, upper int) {
	h = fnvOffset
	j := i
	for ; j < len(text); j++ {
		c := text[j]
		lc := letterLower[c]
		if lc == 0 {
			break
		}
		if lc != c {
			upper++
		}
		h = (h ^ uint64(lc)) * fnvPrime
	}
	if j < len(text) {
		switch c := text[j]; {
		case c == '.':
			// a full stop ends the word (most often a sentence) unless
			// the word is an initial or an abbreviated title, which keep
			// it (scanWord)
			if j-i == 1 && upper == 1 || abbrevTitles[text[i:j]] {
				return i, 0, 0
			}
		case c >= utf8.RuneSelf:
			// a closing quote or a dash ends the word; a curly apostrophe
			// or a Unicode hyphen may join what follows (scanWord)
			if r, _ := utf8.DecodeRuneInString(text[j:]); !isGeneralPunct(r) || r == '’' || r == '‐' || r == '‑' {
				return i, 0, 0
			}
		case isASCIIDigit(c), c == '-', c == '\'':
			return i, 0, 0
		}
	}
	return j, h, upper
}

// letterLower is the lower-case letter of each ASCII letter byte, and 0
// for every other byte: scanPlainWord reads a letter and folds it with
// one look-up and one test, where a test for a capital and then one for a
// small letter was a branch that the capitals opening words sent one way
// or the other (the tokenizer ran 6% slower).
var letterLower = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// scanWord returns the end of the word or number starting at i (before
// hi) and whether it ends in a possessive 's, which the word then
// includes. Letters, digits and marks run together; a hyphen joins what
// follows it when that is a letter or a digit ("al-Mohammad",
// "twenty-three", "2007-12"), an apostrophe when it is a letter, or a
// digit after a digit ("O'Brien", "1’000"). Digits joined by a point or a
// colon, or by a comma before exactly three digits, are one number
// ("12.5", "14:30", "115,000", but "1,2,3" stays a list). A full stop
// stays after a single capital letter (initials "L.", "K.C.") and after a
// known abbreviated title ("Dr.", "Gen."), and the word goes on when a
// capital follows ("C.Suthorn").
func scanWord(text string, i, hi int) (int, bool) {
	start, segStart := i, i
	for i < hi {
		c := text[i]
		if c < utf8.RuneSelf && isASCIIAlnum(c) {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:hi])
			if !isGeneralPunct(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
				i += size
				continue
			}
		}
		switch r {
		case '-', '‐', '‑', '\'', '’', '.', ',', ':':
		default:
			return i, false // only these can join what follows: no need to read it
		}
		next, nsize := utf8.DecodeRuneInString(text[i+size : hi])
		switch r {
		case '-', '‐', '‑':
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				i += size
				continue
			}
		case '\'', '’':
			if next == 's' || next == 'S' {
				if after, _ := utf8.DecodeRuneInString(text[i+size+nsize : hi]); !unicode.IsLetter(after) {
					return i + size + nsize, true
				}
			}
			if unicode.IsLetter(next) || isASCIIDigit(text[i-1]) && unicode.IsDigit(next) {
				i += size
				continue
			}
		case '.', ':', ',':
			if isASCIIDigit(text[i-1]) && next < utf8.RuneSelf && isASCIIDigit(byte(next)) &&
				(r != ',' || i+3 < hi && isASCIIDigit(text[i+2]) && isASCIIDigit(text[i+3]) && (i+4 >= hi || !isASCIIDigit(text[i+4]))) {
				i++
				continue
			}
			if r != '.' {
				break
			}
			seg := text[segStart:i]
			if isInitial(seg) || (segStart == start && abbrevTitles[seg]) {
				i++
				if !unicode.IsUpper(next) {
					return i, false
				}
				segStart = i // "K.C.", "C.Suthorn"
				continue
			}
		}
		return i, false
	}
	return i, false
}

// possessiveLen is the length of the possessive 's (or ’s) that ends
// word w.
func possessiveLen(w string) int {
	if strings.HasSuffix(w[:len(w)-1], "’") {
		return len("’s")
	}
	return len("'s")
}

func isInitial(seg string) bool {
	r, size := utf8.DecodeRuneInString(seg)
	return size == len(seg) && unicode.IsUpper(r)
}

// isArabicArticle recognises "al-Eryani", "el-Sisi", "ad-Din" whose
// lower-case article starts a proper name.
func isArabicArticle(w string) bool {
	// every article starts with "a" or "e": a capitalised word, the most
	// asked about (nameShaped), is none without comparing the prefixes
	if len(w) < len("al-X") || w[0] != 'a' && w[0] != 'e' {
		return false
	}
	for _, p := range [...]string{"al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "an-", "ar-"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	// "K.C." is a pair of initials, not an acronym; "U.S." is listed.
	if strings.Contains(w, ".") {
		return knownDottedAcronyms[w]
	}
	return true
}

var knownDottedAcronyms = lexicons.Named("sets.txt", "dotted-acronyms")

// abbrevTitles are titles written with a full stop that must not end the
// sentence ("Dr. Roe said").
var abbrevTitles = lexicons.Named("sets.txt", "abbreviated-titles")

// lettersThenDigit reports whether w opens with one to three ASCII
// letters and then a digit, as a currency code or sign glued to an amount
// does ("USD25m", "RM120").
func lettersThenDigit(w string) bool {
	if len(w) < 2 || !isASCIIUpper(w[0]) && !isASCIILower(w[0]) {
		return false
	}
	for k := 1; k <= 3 && k < len(w); k++ {
		if isASCIIDigit(w[k]) {
			return true
		}
		if !isASCIIUpper(w[k]) && !isASCIILower(w[k]) {
			return false
		}
	}
	return false
}
