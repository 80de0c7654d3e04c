package parse

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// A line as the figure finder reads it: its tokens, and the questions
// every stage (numbers, nonfigures, categories, labels) asks of one of
// them — is it this word, this punctuation, of this class, a number, a
// participle.

// figLine is one line of the article, tokenised, with what the figure
// finder needs to know about it.
type figLine struct {
	text      string // the whole article: token offsets index it
	toks      []token
	titleCase bool // a Title Case Headline: capitals say nothing there
	ages      *ageIndex
	names     *numberNames // names with a number inside, seen so far in the text
	// poundWeighs: the text writes money in dollars and never in "£",
	// so its "pounds" weigh ("a fish of 500 pounds", "a 300-pound
	// cover"), as American news writes them
	poundWeighs bool
}

// str is token i's text, or "" past either end of the line.
func (ln *figLine) str(i int) string {
	if uint(i) >= uint(len(ln.toks)) { // i < 0 too
		return ""
	}
	return ln.text[int(ln.toks[i].start):int(ln.toks[i].end)]
}

// is reports whether token i is the word w (lower-case ASCII, as every
// caller writes it) in any case.
//
// It is asked thousands of times an article, nearly always of a word
// that is not w. Most tokens differ from w in length or at their first
// letter. The length is in the token, which the caller has just read:
// asked first, it rules out most of them without reading the text; the
// first letter is read as one byte, and the token's text is sliced
// (bounds checks and a pointer mask, a fifth of its instructions) only
// for those that pass. It calls nothing, so it needs no check of its
// stack.
func (ln *figLine) is(i int, w string) bool {
	if uint(i) >= uint(len(ln.toks)) {
		return false
	}
	t := ln.toks[i]
	if int(t.end-t.start) < len(w) {
		return false
	}
	if c := ln.text[t.start]; c|0x20 != w[0] && c < utf8.RuneSelf {
		return false
	}
	s := ln.text[t.start:t.end]
	if len(s) == len(w) {
		// as long as w, the token matches only in ASCII
		return lowerASCIIEqual(s, w)
	}
	// Longer, it matches only with letters beyond ASCII that fold to
	// ASCII ones, as strings.EqualFold folds them: the Kelvin sign "K"
	// (k) and the long "ſ" (s), three and two bytes long.
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
		case w[k] == 'k' && strings.HasPrefix(s[j:], "\u212A"):
			j += len("\u212A")
		case w[k] == 's' && strings.HasPrefix(s[j:], "ſ"):
			j += len("ſ")
		default:
			return false
		}
	}
	return k == len(w)
}

// punct reports whether token i is a punctuation mark of set.
func (ln *figLine) punct(i int, set string) bool {
	if uint(i) >= uint(len(ln.toks)) || ln.toks[i].kind != tPunct {
		return false
	}
	s := ln.str(i)
	// Loops, not strings.IndexByte or strings.Contains: the sets are a
	// few bytes, shorter than a call's setup, and a call anywhere in
	// punct made each of its thousand calls an article check the stack
	// and set up a frame.
	if len(s) == 1 {
		// an ASCII mark: no byte of another's encoding
		for k := 0; k < len(set); k++ {
			if set[k] == s[0] {
				return true
			}
		}
		return false
	}
	for k := 0; k+len(s) <= len(set); k++ {
		m := 0
		for m < len(s) && set[k+m] == s[m] {
			m++
		}
		if m == len(s) {
			return true
		}
	}
	return false
}

func (ln *figLine) cls(i int, c figClass) bool {
	if uint(i) >= uint(len(ln.toks)) { // i < 0 too
		return false
	}
	return lex.keywordClasses[ln.toks[i].kwi]&c != 0
}

func (ln *figLine) kwAt(j int) *figWord {
	if uint(j) >= uint(len(ln.toks)) { // j < 0 too
		return nil
	}
	return ln.toks[j].kw()
}

func (ln *figLine) adjacent(i, j int) bool {
	return i >= 0 && j < len(ln.toks) && int(ln.toks[i].end) == int(ln.toks[j].start)
}

// adjacentSpace reports whether tokens i and j are separated by spaces only.
func (ln *figLine) adjacentSpace(i, j int) bool {
	// a loop, not strings.Trim: a cutset beyond ASCII takes Trim's slow
	// path, and this is asked of most pairs of words around a number
	for _, r := range ln.text[int(ln.toks[i].end):int(ln.toks[j].start)] {
		if r != ' ' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// sentenceStart reports whether token i opens a sentence, a quotation, a
// list item or a line.
func (ln *figLine) sentenceStart(i int) bool {
	for i > 0 && ln.punct(i-1, "\"“‘'(") {
		i--
	}
	// an initial or an abbreviated title keeps its full stop, which may
	// also end the sentence
	return i == 0 || ln.punct(i-1, ".!?:;–—-•*") || ln.toks[i-1].kind == tWord && strings.HasSuffix(ln.str(i-1), ".")
}

// startsNumber reports whether token i can begin a number.
func (ln *figLine) startsNumber(i int) bool {
	t := ln.toks[i]
	if t.kind == tNum {
		return true
	}
	if t.kind != tWord {
		return false
	}
	if kw := t.kw(); kw != nil {
		if kw.isNum || kw.vague > 0 {
			return true
		}
		if kw.scale >= 1000 && ln.bareScaleAfter(i) {
			return true // "an extra million"
		}
		if kw.cls&fcNumLead == 0 {
			return false
		}
	} else if !t.hyphen() {
		code, _ := currencyPrefix(ln.str(i))
		return code != "" // "USD25m", "RM120"
	} else if h := strings.IndexByte(ln.str(i), '-'); h > 0 {
		if fw := loadLexicon().keyword(ln.str(i)[:h]); fw != nil && (fw.isNum || fw.scale >= 1000 && ln.bareScaleAfter(i)) {
			return true // "twenty-three", "an additional million-and-a-half"
		}
		if fw := loadLexicon().keyword(ln.str(i)[:h]); fw != nil && fw.unit == "magnitude" && h+1 < len(ln.str(i)) && isASCIIDigit(ln.str(i)[h+1]) {
			return true
		}
	}
	switch lw := new(foldBuf).of(ln.str(i)); {
	case lw == "a" || lw == "an":
		if i+1 < len(ln.toks) {
			n := ln.toks[i+1].kw()
			return n != nil && (n.scale >= 100 || n.cls&fcOrdinalWord != 0) || ln.is(i+1, "dozen") || ln.is(i+1, "handful")
		}
	case lw == "half":
		return ln.is(i+1, "of") || ln.is(i+1, "a") && ln.is(i+2, "dozen") || ln.fractionShare(i, i) && !ln.is(i+1, "the") ||
			(ln.is(i+1, "a") || ln.is(i+1, "an")) && (ln.kwAt(i+2) != nil && ln.kwAt(i+2).scale >= 1000 || ln.cls(i+2, fcDuration)) // "half a million", "half an hour"
	case lw == "tens":
		return ln.is(i+1, "of") && i+2 < len(ln.toks) && ln.toks[i+2].kw() != nil && ln.toks[i+2].kw().vague >= 1000
	case lw == "several" || lw == "many" || lw == "few":
		return i+1 < len(ln.toks) && ln.toks[i+1].kw() != nil && ln.toks[i+1].kw().scale >= 100
	}
	return false
}

// bareScaleAfter reports whether a scale word at token i stands for one
// of it after an article or "additional", "another", "extra": "an extra
// million", "an additional million-and-a-half".
func (ln *figLine) bareScaleAfter(i int) bool {
	if ln.toks[i].hyphen() && !strings.HasSuffix(strings.ToLower(ln.str(i)), "-and-a-half") {
		return false // "a billion-year contract" names a kind of contract
	}
	return ln.is(i-1, "additional") || ln.is(i-1, "another") || ln.is(i-1, "extra") ||
		(ln.is(i-1, "a") || ln.is(i-1, "an")) && ln.toks[i].hyphen()
}

// numberTok reports whether token j is or belongs to a number: digits, a
// number word, a vague amount, a scale word or a currency sign.
func (ln *figLine) numberTok(j int) bool {
	if j < 0 || j >= len(ln.toks) {
		return false
	}
	t := ln.toks[j]
	if t.kind == tNum {
		return true
	}
	if t.kind == tPunct {
		_, ok := currencySign(ln.str(j))
		return ok
	}
	return t.kw() != nil && (t.kw().isNum || t.kw().vague > 0 || t.kw().scale > 0)
}

func (ln *figLine) quoteTok(j int) bool { return quoteMark(ln.str(j)) }

// determiner reports whether token j is an article or possessive, which
// opens a noun phrase.
func (ln *figLine) determiner(j int) bool {
	return ln.cls(j, fcDet)
}

// functionWord reports whether a label may not end on token j: a
// preposition, an auxiliary, a determiner, a conjunction.
func (ln *figLine) functionWord(j int) bool {
	return ln.toks[j].kind != tWord || ln.cls(j, fcStopNP|fcSkip|fcRelative|fcStop) || ln.determiner(j)
}

// preposition reports whether token j opens a prepositional phrase.
func (ln *figLine) preposition(j int) bool {
	return ln.cls(j, fcStopNP) && !ln.cls(j, fcAux|fcTimeAdv) && !ln.is(j, "and") && !ln.is(j, "or") && !ln.is(j, "but") &&
		!ln.cls(j, fcRelative) && !ln.is(j, "than") && !ln.is(j, "as")
}

// adverb reports whether token j may sit between an auxiliary and its
// participle ("were later released", "were still missing").
func (ln *figLine) adverb(j int) bool {
	w := new(foldBuf).of(ln.str(j))
	switch w {
	case "still", "also", "later", "reportedly", "already", "not", "never", "all", "since", "now", "then", "both", "only", "even", "back", "again":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && ln.toks[j].kind == tWord
}

func pronounWord(w string) bool {
	if i := indexApostrophe(w); i > 0 {
		w = w[:i] // "we're", "it's"
	}
	switch new(foldBuf).of(w) {
	case "it", "they", "this", "that", "he", "she", "we", "i", "you", "there", "these", "those", "which", "who":
		return true
	}
	return false
}

// edVerb reports whether the lower-case word at j reads as a past tense or
// participle ("destroyed", "seized"): not a name, not "need" or "speed".
func (ln *figLine) edVerb(j int) bool {
	if j < 0 || j >= len(ln.toks) || ln.toks[j].kind != tWord || ln.toks[j].upper() {
		return false
	}
	w := ln.str(j)
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !ln.numberTok(j)
}

// participleAt reports whether token j says what happened to the counted
// or what state it is in: a participle ("destroyed", "hurt") or a
// casualty or arrest adjective ("dead", "missing").
func (ln *figLine) participleAt(j int) bool {
	if ln.edVerb(j) || irregularParticiple(ln.str(j)) {
		return true
	}
	kw := ln.kwAt(j)
	return kw != nil && (kw.pp == new(foldBuf).of(ln.str(j)) || kw.cls&(fcCasualty|fcArrest) != 0 && kw.cls&(fcCasualtyNoun|fcTransitive) == 0 &&
		!ln.is(j, "toll") && !ln.is(j, "tolls") && !ln.is(j, "lives") && !ln.is(j, "custody") && !ln.is(j, "detention") && !ln.is(j, "rubble"))
}

// participle reports whether a verb form reads as a past participle
// ("killed", "injured", "hurt"), not a finite verb with its own object.
func participle(w string) bool {
	w = new(foldBuf).of(w)
	return strings.HasSuffix(w, "ed") || w == "hurt" || w == "slain"
}

// irregularParticiple reports the common participles news writes without
// -ed ("raids were made", "two were shot").
func irregularParticiple(w string) bool {
	switch new(foldBuf).of(w) {
	case "made", "done", "taken", "given", "held", "found", "seen", "shot", "built", "sent", "brought", "caught",
		"left", "lost", "kept", "spent", "struck", "thrown", "told", "known", "beaten", "stolen", "sold", "drawn",
		"hit", "put", "set", "cut", "torn", "burnt", "swept", "flown", "driven", "slain", "hurt":
		return true
	}
	return false
}

// verbPP returns the past participle of the verb at token j, or "" when
// it is none that can take a count as its object.
func (ln *figLine) verbPP(j int) string {
	if j < 0 || j >= len(ln.toks) || ln.cls(j, fcReport|fcCasualtyNoun) {
		return ""
	}
	if kw := ln.toks[j].kw(); kw != nil && kw.pp != "" {
		return kw.pp
	}
	if ln.edVerb(j) {
		return lowerASCII(ln.str(j))
	}
	return ""
}

// beForm reports whether token j is a form of "be", which makes a
// participle after it passive.
func (ln *figLine) beForm(j int) bool {
	switch new(foldBuf).of(ln.str(j)) {
	case "be", "been", "being", "is", "are", "was", "were":
		return true
	}
	return false
}

// isPast reports whether a change verb is past ("rose", "fell", "cut"),
// so it can follow its subject as a heading does ("prices rose").
func (ln *figLine) isPast(j int) bool {
	switch new(foldBuf).of(ln.str(j)) {
	case "rose", "fell", "grew", "went", "cut", "risen", "fallen", "grown", "up", "down":
		return true
	}
	return false
}

// foldBuf lowers a word for a comparison or a lookup that must not
// allocate: new(foldBuf).of(w) is lowerASCII(w), its bytes in a buffer
// that stays on the stack, so the result must not outlive the expression
// (a switch, a map index, a suffix test). A word with no capital, or one
// too long for the buffer, is returned as it is.
type foldBuf [32]byte

func (b *foldBuf) of(s string) string {
	if !hasASCIIUpper(s) || len(s) > len(b) {
		return s
	}
	for i := 0; i < len(s); i++ {
		b[i] = lowerASCIIByte(s[i])
	}
	return unsafe.String(&b[0], len(s))
}
