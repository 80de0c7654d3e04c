package parse

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factpane/factpane/parse/lexicons"
)

// The lexicon: every list of lexicons/ as hash tables, built once per
// process. One lookup of a word gives its people classes and its figure
// keyword; tokenize makes it for each word, once.

// The people classes of a word: the name lists (given, part, common,
// demonym) and the classes of lexicons/classes.txt.
const (
	cGiven        uint32 = 1 << iota // given names of many cultures
	cPart                            // name parts: given names and surnames
	cCommon                          // frequent English dictionary words
	cDemonym                         // nationality words ("French", "Belgians")
	cStop                            // [stop]: function words, capitalised only by position
	cTime                            // [time]: months and weekdays
	cGroup                           // [group]: religions, movements, collective names
	cInst                            // [institution]: words that end the names of organisations, places, things
	cParticle                        // [particle]: "dela", "bin", "van"
	cCapParticle                     // [cap-particle]: "De", "Abu", "Umm"
	cPlaceArticle                    // [place-article]: "La" Paz, "Los" Angeles
	cNamedThing                      // [named-thing]: "Hurricane", "Operation", "Fort"
	cTitle                           // [title]: titles and positions before a name
	cHonorific                       // [honorific]: "Mr", "Dr", "Sheikh"
	cRegnal                          // [regnal]: "Pope", "King"
	cRole                            // [role]: role nouns ("spokesman", "activist")
	cAdjTitle                        // [adjectival-title]: titles only when capitalised ("Major")
	cSpeech                          // [speech]: speech verbs
	cClause                          // [clause]: words that end an apposition
	cOrgHead                         // [org-head]: heads of a body's name ("council")
	cPlacePrep                       // [place-preposition]: "in", "near" before a place
	cPlaceNoun                       // [place-noun]: "province", "city" after a place
	cOrgName                         // a one-word organisation name (orgs.txt): "Kyodo", "Sinopec"
	cFamous                          // the name a notable person is known by alone (surnames.txt): "Churchill"
	cRoleNoun                        // [role-noun]: person nouns that head a role ("wife", "member", "star")
	cAdverb                          // [sentence-adverb]: "Even", "Rather", "Still" opening a sentence
	cWorkNoun                        // [work-noun]: "novel", "album" before a work's title
	cThingNoun                       // [thing-noun]: "ship", "storm" before a thing's name
	cAsianSurname                    // [east-asian-surname]: family names written first ("Park", "Xi")
	cPersonVerb                      // [person-verb]: "born", "shot", "elected" after "was"
	cPlace                           // a place of places.txt (in any case): tokenize gives a word's place bit, isPlace asks the table
	cRegion                          // a one-word division, island or region of regions.txt ("Idlib", "Lampedusa")
)

// lexicon holds the word lists. A word's entry is one 64-bit value: its
// classes in the low 32 bits and, for a keyword of the figure finder, the
// index of its figWord in keywords above them. Keys are 64-bit FNV-1a
// hashes of the lower-case word, not strings, so the tables hold no
// pointers and cost the garbage collector nothing to scan; with 200,000
// entries a collision is improbable (about one in 10^9 per lookup) and
// would only misclassify one word. It is built once per process and only
// read afterwards, so it is safe for concurrent use.
type lexicon struct {
	words   hashTable // every word: the name lists, the curated classes and the keywords
	curated hashTable // the curated classes and the keywords only: small, so a lookup of any word stays in cache
	places  hashTable // countries, regions, cities as written, plus accent-free forms (value 1)
	// names of several words by nameKey: organisations (orgs.txt) and
	// notable people (notable.txt), and administrative divisions, islands
	// and neighbourhoods (regions.txt) in any case; one-word organisations
	// and regions are class bits of words (cOrgName, cRegion)
	orgs, notable, regions hashTable
	// media holds the news outlets news credits by name
	// (curated/news-media.txt), of one word or several
	media hashTable
	// keywords are the figure finder's words; index 0 is no word
	keywords []figWord
	// keywordClasses are the keywords' classes by the same index: the
	// figure finder asks a word's classes far more often than the rest,
	// and this array is small enough to stay in the nearest cache.
	keywordClasses []figClass
}

func classBits(v uint64) uint32    { return uint32(v) }
func keywordIndex(v uint64) uint16 { return uint16(v >> 32) }

// opensNumber is set in the entry of a keyword that can start a number
// (a number word, a vague amount, "a", "half"): the tokenizer marks its
// tokens fMaybeNum without reading the keyword.
const opensNumber = 1 << 48

// keywordEntry is the entry of keyword i, fw.
func keywordEntry(i uint16, fw *figWord) uint64 {
	v := uint64(i) << 32
	if fw.isNum || fw.vague > 0 || fw.cls&fcNumLead != 0 {
		v |= opensNumber
	}
	return v
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// loadLexicon returns the shared lexicon, loading the embedded lists on
// first use.
func loadLexicon() *lexicon {
	lexOnce.Do(func() {
		lx := &lexicon{keywords: []figWord{{}}}
		curated := map[uint64]uint64{}
		classes := classLists()
		for name, words := range classes {
			c := peopleClassNames[name]
			for _, w := range words {
				curated[foldHash(w)] |= uint64(c)
			}
		}
		// the keywords in a fixed order, so their indices do not depend on
		// map iteration
		figWords := buildKeywords(classes["role"])
		kws := make([]string, 0, len(figWords))
		for w := range figWords {
			kws = append(kws, w)
		}
		sort.Strings(kws)
		for _, w := range kws {
			curated[asciiFoldHash(w)] |= keywordEntry(uint16(len(lx.keywords)), figWords[w])
			lx.keywords = append(lx.keywords, *figWords[w])
		}
		lx.keywordClasses = make([]figClass, len(lx.keywords))
		for i, fw := range lx.keywords {
			lx.keywordClasses[i] = fw.cls
		}
		words := make(map[uint64]uint64, 220000)
		addClass(words, "given.txt", cGiven, "")
		addClass(words, "nameparts.txt", cPart, "")
		addClass(words, "common.txt", cCommon, "")
		addClass(words, "demonyms.txt", cDemonym, "s")
		for k, v := range curated {
			words[k] |= v
		}
		// the places as written, and a one-word place's bit in the word
		// table; the continents and world regions the lists lack join
		// them, so isPlace is one lookup
		places := make(map[uint64]uint64, 32000)
		addPlace := func(w string) {
			places[exactHash(w)] = 1
			if !strings.Contains(w, " ") {
				words[foldHash(w)] |= uint64(cPlace)
			}
		}
		lexicons.Each("places.txt", addPlace)
		for w := range worldRegions {
			addPlace(w)
		}
		addKnowledge(words)
		lx.orgs, lx.notable, lx.regions = nameTable("orgs.txt", words, cOrgName), nameTable("notable.txt", nil, 0), nameTable("regions.txt", words, cRegion)
		lx.media = nameTable("curated/news-media.txt", nil, 0)
		lx.words, lx.curated, lx.places = newHashTable(words), newSparseHashTable(curated), newHashTable(places)
		lex = lx
	})
	return lex
}

// peopleClassNames are the names classes.txt gives the people classes.
var peopleClassNames = map[string]uint32{
	"stop": cStop, "time": cTime, "group": cGroup, "institution": cInst, "particle": cParticle,
	"cap-particle": cCapParticle, "place-article": cPlaceArticle, "named-thing": cNamedThing, "title": cTitle,
	"honorific": cHonorific, "regnal": cRegnal, "role": cRole, "adjectival-title": cAdjTitle, "speech": cSpeech,
	"clause": cClause, "org-head": cOrgHead, "place-preposition": cPlacePrep, "place-noun": cPlaceNoun,
	"role-noun": cRoleNoun, "sentence-adverb": cAdverb,
	"work-noun": cWorkNoun, "thing-noun": cThingNoun,
	"east-asian-surname": cAsianSurname, "person-verb": cPersonVerb,
}

// classLists reads classes.txt: the words of each people class by its
// name, a "plural" class's plurals included.
func classLists() map[string][]string {
	m := map[string][]string{}
	for _, list := range lexicons.Lists("classes.txt") {
		name := list.Head[0]
		if _, ok := peopleClassNames[name]; !ok {
			panic("parse: classes.txt: unknown class " + name)
		}
		plural := len(list.Head) > 1 && list.Head[1] == "plural"
		for _, w := range list.Words() {
			m[name] = append(m[name], w)
			if plural {
				m[name] = append(m[name], w+"s")
			}
		}
	}
	return m
}

// addKnowledge marks the words of the head and tail lists: organisation
// heads end no person's name ("Bundesamt", "Métro"), event heads name the
// thing after them ("Typhoon", "Operation"), event tails the thing before
// them ("Accord", "Massacre"). Acronyms ("AS", "SA") are left out, since a
// word's classes are found in any case, and so are given names ("Bill",
// "Arena"), which a name may start with. The notable people's surnames
// mark words a person may be known by alone.
func addKnowledge(words map[uint64]uint64) {
	mark := func(list string, c uint32, last bool) {
		lexicons.Each(list, func(e string) {
			if last {
				e = e[strings.LastIndexByte(e, ' ')+1:]
			}
			if strings.ContainsAny(e, " .") || isAcronym(e) {
				return
			}
			k := foldHash(e)
			if c&cNamedThing == 0 && words[k]&uint64(cGiven) != 0 {
				return
			}
			words[k] |= uint64(c)
		})
	}
	mark("org-heads.txt", cInst|cOrgHead, false)
	mark("event-heads.txt", cNamedThing, true)
	mark("event-tails.txt", cInst, false)
	lexicons.Each("surnames.txt", func(e string) {
		if !strings.Contains(e, " ") {
			words[foldHash(e)] |= uint64(cFamous)
		}
	})
}

// nameTable reads a list of names into a table by nameKey; a one-word
// name instead gets class c in words (none when words is nil).
func nameTable(list string, words map[uint64]uint64, c uint32) hashTable {
	var keys []uint64
	lexicons.Each(list, func(e string) {
		if words != nil && !strings.Contains(e, " ") {
			words[foldHash(e)] |= uint64(c)
			return
		}
		keys = append(keys, nameKey(e))
	})
	return newKeySet(keys)
}

// newKeySet is newHashTable of a set of keys (each with value 1), built
// without a map: a name list's table is made straight from its keys.
func newKeySet(keys []uint64) hashTable {
	t := sizedHashTable(len(keys))
	for _, k := range keys {
		t.put(k, 1)
	}
	return t
}

// nameKey is the key of a name of several words as a name's candidate
// holds them: seqKey of each word's foldKey, so case and accents do not
// matter ("Médecins Sans Frontières", "MEDECINS SANS FRONTIERES").
func nameKey(s string) uint64 {
	// the words are found in one pass over the bytes: cutting s at each
	// space searched it with a call a word, and the people finder asks
	// of the places before names
	h := uint64(fnvOffset)
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				h = (h ^ foldKey(s[start:i])) * fnvPrime
			}
			start = i + 1
		}
	}
	return h
}

// addClass marks every word of a list (and, with plural, its plural).
func addClass(class map[uint64]uint64, name string, c uint32, plural string) {
	lexicons.Each(name, func(w string) {
		w = strings.ToLower(w)
		class[foldHash(w)] |= uint64(c)
		if plural != "" {
			class[foldHash(w+plural)] |= uint64(c)
		}
	})
}

// hashTable is a read-only map from word hashes to non-zero values (0
// means absent, as a Go map's zero value does): open addressing with
// linear probing in one flat array, at most half full, so a lookup is a
// multiply, a shift and usually one slot read. Every word of a text is
// looked up, and a Go map's general machinery was a tenth of the run time.
type hashTable struct {
	slots []hashSlot
	shift uint8  // 64 - log2(len(slots))
	zero  uint64 // the value of key 0, which marks an empty slot
}

type hashSlot struct {
	key uint64
	val uint64
}

func newHashTable(m map[uint64]uint64) hashTable { return fillHashTable(sizedHashTable(len(m)), m) }

// newSparseHashTable is newHashTable at most an eighth full, for the
// curated table, which every lower-case word of a text is looked up in
// (in news, two lower-case words in three are there, function words
// most). A lookup probes slots until its key or an empty one; in a
// sparser table it more often stops at the first. That made the tokenizer
// about 5% faster; the table grows from 128 KB to 512 KB, far smaller
// than the second-level cache.
func newSparseHashTable(m map[uint64]uint64) hashTable {
	return fillHashTable(sizedHashTable(4*len(m)), m)
}

func fillHashTable(t hashTable, m map[uint64]uint64) hashTable {
	for k, v := range m {
		t.put(k, v)
	}
	return t
}

// sizedHashTable is an empty table for n keys, at most half full.
func sizedHashTable(n int) hashTable {
	bits := uint8(4)
	for 1<<bits < 2*n {
		bits++
	}
	return hashTable{slots: make([]hashSlot, 1<<bits), shift: 64 - bits}
}

// put sets the value of key k; the table is built once, then only read.
func (ht *hashTable) put(k, v uint64) {
	if k == 0 {
		ht.zero = v
		return
	}
	mask := uint64(len(ht.slots) - 1)
	i := (k * 0x9E3779B97F4A7C15) >> ht.shift
	for ht.slots[i].key != 0 && ht.slots[i].key != k {
		i = (i + 1) & mask
	}
	ht.slots[i] = hashSlot{k, v}
}

// get returns the value of key k, or 0.
func (ht *hashTable) get(k uint64) uint64 {
	if k == 0 {
		return ht.zero
	}
	mask := uint64(len(ht.slots) - 1)
	// shift is below 64. Saying so (&63) spares the compare and mask Go
	// adds for a shift by 64 or more, which must give 0: they sat
	// between the hash and the load of its slot, which every word of a
	// text waits for.
	for i := (k * 0x9E3779B97F4A7C15) >> (ht.shift & 63); ; i = (i + 1) & mask {
		// The slot holding k ends the search, and so does an empty one,
		// whose value is 0. The two tests are one branch, which nearly
		// every lookup takes at its first slot: k is not 0, so exactly
		// one of them holds when either does, and != compares them
		// without a branch between. As two branches (found, then empty)
		// the first went one way or the other with the word, and the
		// processor mispredicted it on a third of the words: the
		// tokenizer ran 8% slower.
		if s := ht.slots[i]; (s.key == k) != (s.key == 0) {
			return s.val
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
		if c >= utf8.RuneSelf {
			return exactHash(strings.ToLower(w))
		}
		h = (h ^ uint64(lowerASCIIByte(c))) * fnvPrime
	}
	return h
}

// asciiFoldHash is the FNV-1a hash of w with its ASCII letters
// lower-cased and every other byte as written: the key of a keyword,
// which the figure finder has always looked up that way.
func asciiFoldHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(lowerASCIIByte(w[i]))) * fnvPrime
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
func (lx *lexicon) classOf(w string) uint32 { return classBits(lx.words.get(foldHash(w))) }

// keyword returns what the figure finder knows of word w (ASCII letters
// in any case), or nil.
func (lx *lexicon) keyword(w string) *figWord {
	if i := keywordIndex(lx.curated.get(asciiFoldHash(w))); i != 0 {
		return &lx.keywords[i]
	}
	return nil
}

// wordClass returns the list classes (given, part, common, demonym) of
// token t's word: a capitalised token already holds them from tokenize, so
// only another is looked up. Its title and honorific bits may come from a
// hyphenated word's parts; ask classOf for those.
func (lx *lexicon) wordClass(t token, text string) uint32 {
	if t.capital() {
		return t.cls
	}
	return lx.classOf(t.word(text))
}

func (lx *lexicon) isPart(w string) bool    { return lx.classOf(w)&cPart != 0 }
func (lx *lexicon) isCommon(w string) bool  { return lx.classOf(w)&cCommon != 0 }
func (lx *lexicon) isDemonym(w string) bool { return lx.classOf(w)&cDemonym != 0 }

// isPlace reports whether s, as written, names a country, region, city or
// one of the continents and world regions the lists lack.
func (lx *lexicon) isPlace(s string) bool {
	return lx.places.get(exactHash(s)) != 0 // the world regions are in the table too
}

// isPlaceTok is isPlace of a token's word, from the class tokenize gave
// a capitalised word (no lookup); a word in lower case is asked of the
// table.
func (lx *lexicon) isPlaceTok(t token, text string) bool {
	if t.capital() {
		return t.is(cPlace)
	}
	return lx.isPlace(t.word(text))
}

// isPlacePlural is isPlace(s+"s") without building the string: asked of
// every lone capitalised word ("Americas", "Balkans").
func (lx *lexicon) isPlacePlural(s string) bool {
	return lx.places.get((exactHash(s)^'s')*fnvPrime) != 0
}

// worldRegions are continents and regions above countries, which the
// place lists lack.
var worldRegions = lexicons.Named("sets.txt", "world-regions")
