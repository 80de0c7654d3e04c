package parse

import (
	"embed"
	"strings"
	"sync"
)

// The word lists of lexicons/ (sources and licences in lexicons/README.md).
// They are evidence, not verdicts: a given name makes a capitalised pair read
// as a person, a place makes a lone token read as a place, and context
// (titles, ages, speech verbs) can outweigh either.
//
//go:embed lexicons/*.txt
var lexiconFiles embed.FS

// Word classes: one lookup tells every list a lower-case word is in, the
// embedded lexicons and the hand-curated closed classes of names.go and
// roles.go alike. Each word token gets its classes once, in tokenize.
const (
	cGiven        uint32 = 1 << iota // given names of many cultures
	cPart                            // name parts: given names and surnames
	cCommon                          // frequent English dictionary words
	cDemonym                         // nationality words ("French", "Belgians")
	cStop                            // stopWords
	cTime                            // timeWords
	cGroup                           // groupWords
	cInst                            // institutionWords (and their plurals)
	cParticle                        // particles
	cCapParticle                     // capParticles
	cPlaceArticle                    // placeArticles
	cNamedThing                      // namedThingPrefix
	cTitle                           // titleWords
	cHonorific                       // honorifics
	cRegnal                          // regnalTitles
	cRole                            // roleNouns
	cAdjTitle                        // adjectivalTitles
	cSpeech                          // speechVerbs
	cClause                          // clauseWords
	cOrgHead                         // orgHeads
	cPlacePrep                       // placePrepositions
	cPlaceNoun                       // placeNouns
	// cDone marks a token whose classes have been looked up.
	cDone uint32 = 1 << 31
)

// lexicon holds the word lists: word classes by lower-case word, and places
// as written. Keys are 64-bit FNV-1a hashes, not strings, so the maps hold
// no pointers and cost the garbage collector nothing to scan; with 200,000
// entries a collision is improbable (about one in 10^9 per lookup) and
// would only misclassify one word. It is built once per process and only
// read afterwards, so it is safe for concurrent use.
//
// The lists are gathered in Go maps and then frozen into hashTables, which
// answer the same lookups several times faster: every word near a name is
// looked up, and the maps' general machinery was a tenth of the run time.
type lexicon struct {
	class   hashTable
	curated hashTable // the curated classes only: small, so lookups stay in cache
	// curatedSig has a bit for the (length, first, second, last letter)
	// signature of every curated word: most words of a text are ruled out
	// without hashing them.
	curatedSig [1 << 16 / 64]uint64
	places     hashTable // countries, regions, cities as written, plus accent-free forms (value 1)
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// lexicons returns the shared lexicon, loading the embedded lists on first use.
func lexicons() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{}
		class, curated, places := make(map[uint64]uint32, 160000), map[uint64]uint32{}, make(map[uint64]uint32, 32000)
		addClass(class, "lexicons/given.txt", cGiven, "")
		addClass(class, "lexicons/nameparts.txt", cPart, "")
		addClass(class, "lexicons/common.txt", cCommon, "")
		addClass(class, "lexicons/demonyms.txt", cDemonym, "s")
		for _, cl := range []struct {
			set    map[string]bool
			c      uint32
			plural bool
		}{
			{stopWords, cStop, false}, {timeWords, cTime, false}, {groupWords, cGroup, false},
			{institutionWords, cInst, true}, {particles, cParticle, false},
			{capParticles, cCapParticle, false}, {placeArticles, cPlaceArticle, false},
			{namedThingPrefix, cNamedThing, false}, {titleWords, cTitle, false},
			{honorifics, cHonorific, false}, {regnalTitles, cRegnal, false}, {roleNouns, cRole, false},
			{adjectivalTitles, cAdjTitle, false}, {speechVerbs, cSpeech, false},
			{clauseWords, cClause, false}, {orgHeads, cOrgHead, false},
			{placePrepositions, cPlacePrep, false}, {placeNouns, cPlaceNoun, false},
		} {
			for w, ok := range cl.set {
				if !ok {
					continue
				}
				class[foldHash(w)] |= cl.c
				curated[foldHash(w)] |= cl.c
				l.markSig(w)
				if cl.plural {
					class[foldHash(w+"s")] |= cl.c
					curated[foldHash(w+"s")] |= cl.c
					l.markSig(w + "s")
				}
			}
		}
		eachLine("lexicons/places.txt", false, func(w string) { places[exactHash(w)] = 1 })
		l.class, l.curated, l.places = newHashTable(class), newHashTable(curated), newHashTable(places)
		lex = l
	})
	return lex
}

// addClass marks every word of a list (and, with plural, its plural).
func addClass(class map[uint64]uint32, name string, c uint32, plural string) {
	eachLine(name, true, func(w string) {
		class[foldHash(w)] |= c
		if plural != "" {
			class[foldHash(w+plural)] |= c
		}
	})
}

// hashTable is a read-only map from word hashes to non-zero values (0
// means absent, as a Go map's zero value did): open addressing with
// linear probing in one flat array, at most half full, so a lookup is a
// multiply, a shift and usually one slot read.
type hashTable struct {
	slots []hashSlot
	shift uint8  // 64 - log2(len(slots))
	zero  uint32 // the value of key 0, which marks an empty slot
}

type hashSlot struct {
	key uint64
	val uint32
}

func newHashTable(m map[uint64]uint32) hashTable {
	bits := uint8(4)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := hashTable{slots: make([]hashSlot, 1<<bits), shift: 64 - bits}
	mask := uint64(len(t.slots) - 1)
	for k, v := range m {
		if k == 0 {
			t.zero = v
			continue
		}
		i := (k * 0x9E3779B97F4A7C15) >> t.shift
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = hashSlot{k, v}
	}
	return t
}

// get returns the value of key k, or 0.
func (t *hashTable) get(k uint64) uint32 {
	if k == 0 {
		return t.zero
	}
	mask := uint64(len(t.slots) - 1)
	for i := (k * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return s.val
		}
		if s.key == 0 {
			return 0
		}
	}
}

// eachLine calls f with every non-blank line of an embedded list. The
// entries are substrings of one string read from the file.
func eachLine(name string, lower bool, f func(string)) {
	b, err := lexiconFiles.ReadFile(name)
	if err != nil {
		// The files are embedded at build time: a missing one is a build defect.
		panic("parse: missing embedded lexicon " + name)
	}
	text := string(b)
	if lower {
		text = strings.ToLower(text)
	}
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line = strings.TrimSpace(line); line != "" {
			f(line)
		}
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// foldHash is the FNV-1a hash of w lower-cased. ASCII is folded on the fly;
// a word with other letters is lower-cased first (an allocation, rare).
func foldHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return exactHash(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// exactHash is the FNV-1a hash of w as written.
func exactHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// classOf returns the classes of word w, in any case.
func (l *lexicon) classOf(w string) uint32 { return l.class.get(foldHash(w)) }

// signature hashes a word's length and first, second and last letters,
// case-folded, into 16 bits.
func signature(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	f, s, e := w[0]|0x20, w[min(1, n-1)]|0x20, w[n-1]|0x20
	return (uint32(n)*31+uint32(f))*0x9E3779B1 ^ (uint32(s)<<8|uint32(e))*0x85EBCA77
}

func (l *lexicon) markSig(w string) {
	h := signature(w) >> 16
	l.curatedSig[h/64] |= 1 << (h % 64)
}

// curatedOf returns the curated classes of a word (see classOf).
func (l *lexicon) curatedOf(w string) uint32 {
	if h := signature(w) >> 16; l.curatedSig[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	return l.curated.get(foldHash(w))
}

// wordClass returns the list classes (given, part, common, demonym) of
// token t's word: a capitalised token already holds them from tokenize, so
// only another is looked up. Its title and honorific bits may come from a
// hyphenated word's parts; ask classOf for those.
func (l *lexicon) wordClass(t token, text string) uint32 {
	if t.capital {
		return t.cls
	}
	return l.classOf(t.s(text))
}

func (l *lexicon) isGiven(w string) bool   { return l.classOf(w)&cGiven != 0 }
func (l *lexicon) isPart(w string) bool    { return l.classOf(w)&cPart != 0 }
func (l *lexicon) isCommon(w string) bool  { return l.classOf(w)&cCommon != 0 }
func (l *lexicon) isDemonym(w string) bool { return l.classOf(w)&cDemonym != 0 }

// isPlace reports whether s, as written, names a country, region, city or
// one of the continents and world regions the lists lack.
func (l *lexicon) isPlace(s string) bool {
	if l.places.get(exactHash(s)) != 0 {
		return true
	}
	return worldRegions[s]
}

// isPlacePlural is isPlace(s+"s") without building the string: asked of
// every lone capitalised word ("Americas", "Balkans").
func (l *lexicon) isPlacePlural(s string) bool {
	if l.places.get((exactHash(s)^'s')*fnvPrime) != 0 {
		return true
	}
	var buf [32]byte
	if len(s) >= len(buf) {
		return worldRegions[s+"s"]
	}
	return worldRegions[string(append(append(buf[:0], s...), 's'))]
}

// worldRegions: continents and regions above countries, a closed list.
var worldRegions = map[string]bool{
	"Africa": true, "Asia": true, "Europe": true, "America": true, "Americas": true,
	"North America": true, "South America": true, "Latin America": true,
	"Central America": true, "Oceania": true, "Antarctica": true, "Arctic": true,
	"Middle East": true, "Near East": true, "Far East": true, "Caribbean": true,
	"Balkans": true, "Scandinavia": true, "Sahel": true, "Maghreb": true, "Levant": true,
	"Eurasia": true, "Southeast Asia": true, "South Asia": true, "East Asia": true,
	"Central Asia": true, "West Africa": true, "East Africa": true, "North Africa": true,
	"Southern Africa": true, "Sub-Saharan Africa": true, "Western Europe": true,
	"Eastern Europe": true, "Pacific": true, "Atlantic": true, "Mediterranean": true,
}
