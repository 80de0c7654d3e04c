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

// lexicon holds the word lists as sets of lower-cased (places: as written)
// entries. It is built once per process and only read afterwards, so it is
// safe for concurrent use.
type lexicon struct {
	given    map[string]struct{} // given names of many cultures, lower case
	parts    map[string]struct{} // name parts (given names and surnames), lower case
	common   map[string]struct{} // frequent English words, lower case
	places   map[string]struct{} // countries, regions, cities as written, plus accent-free forms
	demonyms map[string]struct{} // nationality adjectives, lower case
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// lexicons returns the shared lexicon, loading the embedded lists on first use.
func lexicons() *lexicon {
	lexOnce.Do(func() {
		lex = &lexicon{
			given:    loadSet("lexicons/given.txt", true),
			parts:    loadSet("lexicons/nameparts.txt", true),
			common:   loadSet("lexicons/common.txt", true),
			places:   loadSet("lexicons/places.txt", false),
			demonyms: loadSet("lexicons/demonyms.txt", true),
		}
	})
	return lex
}

// loadSet reads one entry per line. The entries are substrings of one string
// read from the embedded file, so the set costs one allocation for the text.
func loadSet(name string, lower bool) map[string]struct{} {
	b, err := lexiconFiles.ReadFile(name)
	if err != nil {
		// The files are embedded at build time: a missing one is a build defect.
		panic("parse: missing embedded lexicon " + name)
	}
	text := string(b)
	if lower {
		text = strings.ToLower(text)
	}
	set := make(map[string]struct{}, strings.Count(text, "\n")+1)
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line = strings.TrimSpace(line); line != "" {
			set[line] = struct{}{}
		}
	}
	return set
}

// has reports whether the lower-case word w is in set; lowerBuf avoids an
// allocation per lookup (the map index by string(bytes) does not allocate).
func has(set map[string]struct{}, w string) bool {
	var buf [64]byte
	if len(w) > len(buf) {
		_, ok := set[strings.ToLower(w)]
		return ok
	}
	b := buf[:0]
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if !ascii {
		_, ok := set[strings.ToLower(w)]
		return ok
	}
	_, ok := set[string(b)]
	return ok
}

func (l *lexicon) isGiven(w string) bool   { return has(l.given, w) }
func (l *lexicon) isPart(w string) bool    { return has(l.parts, w) }
func (l *lexicon) isCommon(w string) bool  { return has(l.common, w) }
func (l *lexicon) isDemonym(w string) bool { return has(l.demonyms, w) || has(l.demonyms, strings.TrimSuffix(w, "s")) }

// isPlace reports whether s, as written, names a country, region, city or
// one of the continents and world regions the lists lack.
func (l *lexicon) isPlace(s string) bool {
	if _, ok := l.places[s]; ok {
		return true
	}
	return worldRegions[s]
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
