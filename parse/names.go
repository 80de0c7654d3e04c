package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word grammar that person names are found in: a tokenizer that keeps
// byte offsets, and the runs of capitalised words (with name particles) that
// can hold a name.

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
			if n.alnum() && isParticle(n.word(text)) && j+2 < len(toks) && startsRun(toks[j+2]) && !toks[j+1].poss() {
				j += 2
				continue
			}
			// "Nguyen Van An, 52", "James To said": a short name syllable
			// that is also an English function word ends a name when the
			// sentence goes on in lower case or punctuation
			if n.alnum() && n.capital() && !n.sent() && n.is(cStop) && len(n.word(text)) == 2 && !n.acronym() &&
				(j+2 >= len(toks) || !toks[j+2].alnum() || !toks[j+2].capital()) {
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
	return t.alnum() && t.capital() && !t.digit() && t.cls&cStop == 0
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
