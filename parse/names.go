package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word grammar that person names are found in: a tokenizer that keeps
// byte offsets, and the runs of capitalised words (with name particles) that
// can hold a name.

type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // one punctuation or symbol rune
	tBreak         // a line break: names never cross one (list lines, captions)
)

// token is a word or punctuation rune of the text. For a possessive word
// ("Roe's") the span covers only "Roe" and poss is set.
//
// It is 24 bytes, not 32: the three flags read least often share one byte,
// which matters to a long text's token slice (a 10 MB text has ~2.6
// million tokens, all allocated and cleared at once).
type token struct {
	start, end int
	cls        uint32 // word classes (lexicon.go)
	kind       tokKind
	capital    bool  // starts with an upper-case letter (or is "al-X" style)
	acronym    bool  // two or more letters, all upper case ("IS", "GCHQ", "U.S.")
	bits       uint8 // tokDigit, tokPoss, tokSent
}

const (
	tokDigit uint8 = 1 << iota // starts with a digit
	tokPoss                    // followed by 's / ’s
	tokSent                    // first word of a sentence or line
)

func (t token) digit() bool { return t.bits&tokDigit != 0 }
func (t token) poss() bool  { return t.bits&tokPoss != 0 }
func (t token) sent() bool  { return t.bits&tokSent != 0 }

// tokenize splits text into tokens in one pass.
func tokenize(text string) []token { return tokenizeInto(nil, text) }

// tokenizeInto is tokenize appending to buf[:0], which it reuses when it
// has room for a text of this length.
func tokenizeInto(buf []token, text string) []token {
	lx := lexicons()
	toks := buf[:0]
	if n := len(text)/4 + 16; cap(toks) < n { // news runs about one token per 4.7 bytes
		toks = make([]token, 0, n)
	}
	atStart := true
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n':
			if n := len(toks); n == 0 || toks[n-1].kind != tBreak {
				toks = append(toks, token{start: i, end: i + 1, kind: tBreak})
			}
			atStart = true
			i += size
		case r == ' ' || r == '\t' || r == '\r' || r == '\f' || r == '\v' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
		case isAlnum(r):
			end, poss := scanWord(text, i, len(text))
			next := end
			if poss {
				end -= possessiveLen(text[i:end])
			}
			w := text[i:end]
			t := token{start: i, end: end, kind: tWord}
			if poss {
				t.bits |= tokPoss
			}
			if atStart {
				t.bits |= tokSent
			}
			if '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) {
				t.bits |= tokDigit
			}
			t.capital = 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r) || (r == 'a' || r == 'e') && isArabicArticle(w)
			t.acronym = t.capital && isAcronym(w)
			if t.capital {
				// capitalised words need their classes to form runs; the
				// others get them lazily, near a run (classifyAround)
				t.cls = lx.classOf(w) | cDone
				if h := strings.IndexByte(w, '-'); h > 0 {
					// "Secretary-General", "Vice-President": a title in parts
					t.cls |= (lx.classOf(w[:h]) | lx.classOf(w[h+1:])) & (cTitle | cHonorific)
				}
			}
			toks = append(toks, t)
			atStart = false
			i = next
		default:
			toks = append(toks, token{start: i, end: i + size, kind: tPunct})
			switch r {
			case '.', '!', '?', ':':
				atStart = true
			case '"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', '—', '–', '-', '*', '•':
				// quotes, brackets and dashes leave the sentence state alone
			default:
				atStart = false
			}
			i += size
		}
	}
	return toks
}

// scanWord returns the end of the word or number starting at i (before
// hi) and whether it ends in a possessive 's, which the word then
// includes. Letters, digits and marks run together; a hyphen joins what
// follows it when that is a letter or a digit ("al-Mohammad",
// "twenty-three", "2007-12"), an apostrophe when it is a letter
// ("O'Brien"). Digits joined by a point or a colon, or by a comma before
// exactly three digits, are one number ("12.5", "14:30", "115,000", but
// "1,2,3" stays a list). A full stop stays after a single capital letter
// (initials "L.", "K.C.") and after a known abbreviated title ("Dr.",
// "Gen."), and the word goes on when a capital follows ("C.Suthorn").
func scanWord(text string, i, hi int) (int, bool) {
	start, segStart := i, i
	for i < hi {
		c := text[i]
		if c < utf8.RuneSelf && asciiAlnum[c] {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:hi])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
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
			if unicode.IsLetter(next) || isDigit(text[i-1]) && unicode.IsDigit(next) {
				i += size
				continue
			}
		case '.', ':', ',':
			if isDigit(text[i-1]) && isDigit(byte(next)) && next < utf8.RuneSelf &&
				(r != ',' || i+3 < hi && isDigit(text[i+2]) && isDigit(text[i+3]) && (i+4 >= hi || !isDigit(text[i+4]))) {
				i++
				continue
			}
			if r != '.' {
				break
			}
			seg := text[segStart:i]
			if isInitial(seg) || (segStart == start && len(seg) <= maxAbbrevTitle && isUpperASCII(seg[0]) && abbrevTitles[seg]) {
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

// asciiAlnum marks ASCII letters and digits: the fast path of the tokenizer.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isInitial(seg string) bool {
	r, size := utf8.DecodeRuneInString(seg)
	return size == len(seg) && unicode.IsUpper(r)
}

// isInitialStart reports whether s starts with another initial ("C." of "K.C.").
func isInitialStart(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && len(s) > size && s[size] == '.'
}

// isArabicArticle recognises "al-Eryani", "el-Sisi", "ad-Din" whose
// lower-case article starts a proper name.
func isArabicArticle(w string) bool {
	if len(w) < 4 || (w[0] != 'a' && w[0] != 'e') || w[2] != '-' && w[3] != '-' {
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

var knownDottedAcronyms = map[string]bool{"U.S.": true, "U.K.": true, "U.N.": true, "E.U.": true, "U.S": true, "D.C.": true}

// abbrevTitles are titles written with a full stop that must not end the
// sentence ("Dr. Roe said").
//
// Every one is capitalised and at most maxAbbrevTitle bytes long, so
// scanWord looks up only such words before a full stop.
var abbrevTitles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Col": true,
	"Lt": true, "Sgt": true, "Capt": true, "Maj": true, "Cpl": true, "Pte": true, "Adm": true,
	"Cmdr": true, "Rev": true, "Sen": true, "Rep": true, "Gov": true, "Supt": true, "Insp": true,
	"Det": true, "Fr": true, "Hon": true, "St": true, "Jr": true, "Sr": true, "Brig": true, "Gen.Lt": true,
}

const maxAbbrevTitle = 6

// Hand-curated closed classes. Each is a small grammatical list, not a
// gazetteer: the words that mark a capitalised run as something other
// than a person, or that glue a name together.

// particles join the parts of a name in lower case ("Arnel dela Vega",
// "Ali bin Tamim", "Ludwig van der Rohe", "Charles de Gaulle").
var particles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "du": true, "van": true, "von": true, "der": true, "den": true, "ter": true,
	"ten": true, "la": true, "le": true, "bin": true, "bint": true, "ibn": true, "al": true,
	"el": true, "dela": true, "zu": true, "y": true, "af": true, "av": true,
}

// isParticle is particles[w], looked up only for a short lower-case word:
// every particle is one, and the word after each run is asked.
func isParticle(w string) bool {
	return len(w) <= maxParticle && w[0] >= 'a' && w[0] <= 'z' && particles[w]
}

const maxParticle = 5

// stopWords are function words, pronouns and sentence adverbs that are
// capitalised only by position and never part of a name.
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true,
	"in": true, "on": true, "at": true, "for": true, "to": true, "by": true, "with": true,
	"from": true, "as": true, "if": true, "when": true, "while": true, "after": true,
	"before": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"you": true, "his": true, "her": true, "their": true, "this": true, "that": true,
	"these": true, "those": true, "there": true, "what": true, "who": true, "how": true,
	"why": true, "where": true, "which": true, "our": true, "its": true, "not": true,
	"no": true, "yes": true, "all": true, "some": true, "any": true, "most": true,
	"more": true, "many": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"meanwhile": true, "however": true, "currently": true, "also": true, "only": true,
	"according": true, "despite": true, "during": true, "under": true, "over": true,
	"about": true, "against": true, "between": true, "into": true, "through": true,
	"since": true, "until": true, "then": true, "now": true, "so": true, "yet": true,
	"although": true, "because": true, "both": true, "each": true, "every": true,
	"other": true, "such": true, "image": true, "photo": true, "file": true,
	"my": true, "me": true, "him": true, "them": true, "us": true, "your": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "has": true, "have": true,
	"had": true, "would": true, "should": true, "could": true, "can": true,
	"do": true, "does": true, "did": true, "here": true, "per": true, "via": true,
	"among": true, "without": true, "within": true, "upon": true, "towards": true,
	"toward": true, "across": true, "around": true, "near": true, "outside": true,
	"inside": true, "like": true, "unlike": true, "including": true, "whose": true,
	"whom": true, "said": true, "says": true,
	"dear": true, "hello": true, "thanks": true, "thank": true,
}

// timeWords are months and weekdays: "Theresa May" is a person, "May" alone
// is a month.
var timeWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// groupWords are religions, movements and collective names that read like
// names but denote groups ("Taliban", "Rohingya", "Anonymous").
var groupWords = map[string]bool{
	"muslim": true, "muslims": true, "christian": true, "christians": true, "catholic": true,
	"catholics": true, "protestant": true, "jewish": true, "jews": true, "jew": true,
	"hindu": true, "hindus": true, "buddhist": true, "buddhists": true, "sikh": true,
	"sunni": true, "sunnis": true, "shia": true, "shiite": true, "shiites": true,
	"islamic": true, "islamist": true, "islamists": true, "orthodox": true, "evangelical": true,
	"taliban": true, "rohingya": true, "houthi": true, "houthis": true, "kurds": true,
	"kurdish": true, "anonymous": true, "arab": true, "arabs": true, "arabic": true,
	"western": true, "eastern": true, "northern": true, "southern": true, "latino": true,
	"hispanic": true, "african": true, "asian": true, "european": true, "american": true,
	"americans": true, "british": true, "english": true, "scottish": true, "welsh": true,
	"communist": true, "communists": true, "democrat": true, "democrats": true,
	"republican": true, "republicans": true, "conservative": true, "conservatives": true,
	"labour": true, "liberal": true, "liberals": true, "socialist": true, "socialists": true,
	"nazi": true, "nazis": true, "jihadist": true, "jihadists": true, "maoist": true,
	"scientology": true, "scientologists": true, "isis": true, "isil": true, "daesh": true,
	"hamas": true, "hezbollah": true, "al-qaeda": true, "al-shabaab": true, "boko": true,
	"god": true, "allah": true, "brexit": true, "covid": true, "internet": true,
}

// institutionWords end or fill the names of organisations, facilities,
// places, events and things: a run containing one at its end is not a
// person ("Johns Hopkins Hospital", "Karl Marx Avenue", "Abu Sayyaf Group").
var institutionWords = map[string]bool{
	// facilities and streets
	"hospital": true, "stadium": true, "stade": true, "arena": true, "memorial": true, "avenue": true,
	"street": true, "st": true, "road": true, "rd": true, "lane": true, "boulevard": true, "drive": true,
	"highway": true, "motorway": true, "bridge": true, "square": true, "plaza": true, "park": true,
	"corner": true, "airport": true, "station": true, "terminal": true, "port": true, "harbour": true,
	"harbor": true, "university": true, "college": true, "school": true, "academy": true,
	"institute": true, "museum": true, "gallery": true, "library": true, "center": true,
	"centre": true, "hall": true, "church": true, "cathedral": true, "chapel": true, "mosque": true,
	"temple": true, "synagogue": true, "shrine": true, "basilica": true, "palace": true,
	"hotel": true, "tower": true, "towers": true, "building": true, "complex": true,
	"headquarters": true, "market": true, "mall": true, "prison": true, "jail": true, "base": true,
	"camp": true, "beach": true, "garden": true, "gardens": true, "zoo": true, "cemetery": true,
	"theatre": true, "theater": true, "cinema": true, "studio": true, "studios": true,
	"clinic": true, "monument": true, "castle": true, "fort": true, "gate": true, "mine": true,
	"factory": true, "plant": true, "farm": true, "estate": true, "house": true, "court": true,
	"courthouse": true, "embassy": true, "consulate": true, "office": true, "offices": true,
	// organisations and companies
	"company": true, "co": true, "corporation": true, "corp": true, "inc": true, "ltd": true,
	"llc": true, "plc": true, "gmbh": true, "group": true, "bank": true,
	"party": true, "council": true, "committee": true, "commission": true, "ministry": true,
	"department": true, "agency": true, "agence": true, "service": true, "services": true,
	"police": true, "army": true, "navy": true, "force": true, "forces": true, "guard": true,
	"command": true, "front": true, "movement": true, "union": true, "association": true,
	"federation": true, "foundation": true, "organisation": true, "organization": true,
	"society": true, "club": true, "trust": true, "fund": true, "parliament": true,
	"assembly": true, "senate": true, "congress": true, "government": true, "administration": true,
	"news": true, "times": true, "post": true, "press": true, "media": true, "tv": true,
	"radio": true, "network": true, "channel": true, "journal": true, "herald": true,
	"tribune": true, "gazette": true, "magazine": true, "airlines": true, "airways": true,
	"air": true, "motors": true, "industries": true, "holdings": true, "partners": true,
	"brothers": true, "sons": true, "systems": true, "technologies": true, "labs": true,
	"laboratory": true, "office's": true, "bureau": true, "authority": true, "board": true,
	"directorate": true, "secretariat": true, "cabinet": true, "alliance": true,
	"coalition": true, "brotherhood": true, "cartel": true, "league": true, "team": true,
	"fc": true, "united": true, "city": true, "exchange": true, "cooperation": true,
	"survey": true, "institution": true, "council's": true, "prefecture": true, "tribunal": true,
	"brigade": true, "brigades": true, "battalion": true, "regiment": true, "division": true,
	"corps": true, "unit": true, "squad": true, "academy's": true, "charity": true,
	"project": true, "programme": true, "program": true, "mission": true, "initiative": true,
	"party's": true, "university's": true, "hospital's": true, "church's": true,
	// places and regions
	"state": true, "states": true, "republic": true, "kingdom": true, "empire": true,
	"province": true, "region": true, "district": true, "county": true, "town": true,
	"village": true, "island": true, "islands": true, "river": true, "lake": true, "sea": true,
	"ocean": true, "gulf": true, "bay": true, "mountain": true, "mount": true, "mountains": true,
	"valley": true, "desert": true, "peninsula": true, "coast": true, "strait": true,
	"canal": true, "territory": true, "territories": true, "municipality": true,
	// events, storms, laws and things
	"hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "tropical": true,
	"festival": true, "day": true, "war": true, "revolution": true, "operation": true,
	"treaty": true, "act": true, "agreement": true, "declaration": true, "convention": true,
	"summit": true, "conference": true, "olympics": true, "games": true, "cup": true,
	"championship": true, "prize": true, "award": true, "awards": true, "award's": true,
	"index": true, "accord": true, "plan": true, "protocol": true, "expo": true,
	"week": true, "month": true, "year": true, "era": true, "age": true, "dynasty": true,
	"planetarium": true, "collection": true, "observatory": true, "aquarium": true,
	"instituto": true, "istituto": true, "institut": true, "universidad": true, "università": true,
	"université": true, "universität": true, "escuela": true, "colegio": true, "hôpital": true,
	"ospedale": true, "musée": true, "museo": true, "banco": true, "banca": true, "société": true,
	"gruppo": true, "estadio": true, "stadio": true, "calle": true, "rue": true,
	// newspapers
	"star": true, "sun": true, "globe": true, "chronicle": true, "telegraph": true, "mirror": true,
	"observer": true, "guardian": true, "independent": true, "examiner": true, "inquirer": true,
	"daily": true, "weekly": true, "courier": true, "dispatch": true, "sentinel": true, "bulletin": true, "mail": true,
	"express": true, "standard": true, "record": true, "register": true, "statesman": true,
	"reaper": true, "prize's": true, "series": true, "show": true, "film": true, "album": true,
}

// shipPrefixes name ships ("HMS Victory", "USS Cole").
var shipPrefixes = map[string]bool{"HMS": true, "USS": true, "MV": true, "MS": true, "RMS": true, "SS": true, "INS": true, "HMAS": true, "HMCS": true}

// fold lower-cases w and drops the accents of Latin letters, so that
// "Brudziński" and "Brudzinski" are one surname.
func fold(w string) string {
	if isASCII(w) {
		return strings.ToLower(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		r = unicode.ToLower(r)
		if r >= 0x80 {
			if f, ok := foldTable[r]; ok {
				r = f
			}
		}
		if r == '’' {
			r = '\''
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldKey is fold(w) as a 64-bit FNV-1a hash, computed without building
// the folded string: the key people are linked by.
func foldKey(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		r = unicode.ToLower(r)
		if f, ok := foldTable[r]; ok {
			r = f
		}
		if r == '’' {
			r = '\''
		}
		var buf [utf8.UTFMax]byte
		for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
			h = (h ^ uint64(b)) * fnvPrime
		}
	}
	return h
}

var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő",
		'r': "ŕŗř", 's': "śŝşšș", 't': "ţťŧț", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// run is a maximal sequence of capitalised words and the particles between
// them, within one line and one clause: toks[first..last].
type run struct{ first, last int }

// nameRuns finds the runs of text. A possessive word ends its run.
func nameRuns(toks []token, text string) []run { return nameRunsInto(nil, toks, text) }

// nameRunsInto is nameRuns appending to buf[:0].
func nameRunsInto(buf []run, toks []token, text string) []run {
	runs := buf[:0]
	if cap(runs) < len(toks)/8 {
		runs = make([]run, 0, len(toks)/8)
	}
	for i := 0; i < len(toks); i++ {
		if !startsRun(toks[i]) {
			continue
		}
		j := i
		for !toks[j].poss() && j+1 < len(toks) {
			n := toks[j+1]
			if startsRun(n) {
				j++
				continue
			}
			// a lower-case particle between two capitalised words
			if n.kind == tWord && isParticle(n.s(text)) && j+2 < len(toks) && startsRun(toks[j+2]) && !toks[j+1].poss() {
				j += 2
				continue
			}
			// "Nguyen Van An, 52", "James To said": a short name syllable
			// that is also an English function word ends a name when the
			// sentence goes on in lower case or punctuation
			if n.kind == tWord && n.capital && !n.sent() && n.is(cStop) && len(n.s(text)) == 2 && !n.acronym &&
				(j+2 >= len(toks) || toks[j+2].kind != tWord || !toks[j+2].capital) {
				j++
				break
			}
			break
		}
		runs = append(runs, run{i, j})
		i = j
	}
	return runs
}

// startsRun: a capitalised word that is not a function word.
func startsRun(t token) bool {
	return t.kind == tWord && t.capital && !t.digit() && t.cls&cStop == 0
}

// eponymousFirms are companies and institutions named after people that
// news writes without a suffix ("Morgan Stanley said"); a closed list of
// the best known, since no suffix or context tells them from a person.
var eponymousFirms = map[string]bool{
	"morgan stanley": true, "goldman sachs": true, "merrill lynch": true, "wells fargo": true,
	"charles schwab": true, "dow jones": true, "johns hopkins": true, "rolls royce": true,
	"rolls-royce": true, "mercedes benz": true, "mercedes-benz": true, "louis vuitton": true,
	"calvin klein": true, "ralph lauren": true, "tommy hilfiger": true, "hugo boss": true,
	"estee lauder": true, "walt disney": true, "warner bros": true, "arthur andersen": true,
	"price waterhouse": true, "ernst young": true, "dolce gabbana": true, "harley davidson": true,
	"harley-davidson": true, "aston martin": true, "alfa romeo": true, "lehman brothers": true,
	"jp morgan": true, "marks spencer": true, "christian dior": true, "yves saint laurent": true,
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// lowered returns the word in lower case; it allocates only for words
// with capitals, which the callers meet rarely (a sentence's first word).
func (t token) lowered(text string) string {
	w := text[t.start:t.end]
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// isWord reports whether t.lowered(text) == w, for a lower-case ASCII w,
// without lower-casing a copy: most words differ at once.
func (t token) isWord(text, w string) bool {
	s := text[t.start:t.end]
	if len(s) != len(w) {
		// lower-casing keeps an ASCII word's length; only another
		// alphabet's letters can change it
		return !isASCII(s) && strings.ToLower(s) == w
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// the ASCII bytes before this one matched in place
			return strings.ToLower(s) == w
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// s returns the token's text. Tokens hold offsets, not strings, so a
// text's token slice has no pointers for the garbage collector to scan.
func (t token) s(text string) string { return text[t.start:t.end] }

// is reports whether the token is in any of the classes c.
func (t token) is(c uint32) bool { return t.cls&c != 0 }

// classifyAround gives the words near run r their classes: the role,
// age and speech readers look at most this far around a name. Looking up
// only these words, not every word of the text, keeps tokenizing cheap.
// done is the index up to which words are classified; runs come in text
// order, so no word is looked at twice. Lower-case words can only be in
// the curated classes, whose small map stays in cache.
func classifyAround(toks []token, text string, r run, lx *lexicon, done int) int {
	lo, hi := max(r.first-classWindowBefore, done, 0), min(r.last+classWindowAfter, len(toks)-1)
	for i := lo; i <= hi; i++ {
		if t := &toks[i]; t.cls&cDone == 0 {
			if t.kind == tWord {
				t.cls = lx.curatedOf(t.s(text))
			}
			t.cls |= cDone
		}
	}
	return max(hi+1, done)
}

// How far the context readers of roles.go look before and after a run.
const (
	classWindowBefore = 26
	classWindowAfter  = 18
)
