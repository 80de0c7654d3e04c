package parse

import (
	"strings"

	"github.com/factpane/factpane/parse/lexicons"
)

// Things named like people: the marks that a run of capitalised words
// names a ship, a firm, a work, a law, a place or a thing named after
// someone, which weighName (evidence.go) counts against a person.

// shipPrefix: "HMS", "USS", "U.S.S." before a ship's name. Every prefix
// is an acronym or a run of initials.
func shipPrefix(t token, text string) bool {
	n := t.end - t.start
	return t.kind == tWord && (t.acronym() && n <= 4 || n >= 4 && n <= 8 && t.upper() && text[t.start+1] == '.') && isShipPrefix(t, text)
}

// isShipPrefix is shipPrefix for a short word with a capital.
func isShipPrefix(t token, text string) bool {
	w := t.word(text)
	if !t.acronym() && strings.IndexByte(w, '.') < 0 {
		return false
	}
	if len(w) > 4 && strings.Count(w, ".") >= 2 && len(w) <= 8 {
		w = strings.ReplaceAll(w, ".", "")
	}
	return len(w) <= 4 && shipPrefixes[w]
}

// shipPrefixes name ships ("HMS Victory", "USS Cole").
var shipPrefixes = lexicons.Named("sets.txt", "ship-prefixes")

// eponymousFirms are companies and institutions named after people that
// news writes without a suffix ("Morgan Stanley said"); a closed list of
// the best known, since no suffix or context tells them from a person.
var eponymousFirms = lexicons.Named("sets.txt", "eponymous-firms")

// firmShapes says which lengths and first and last letters the
// eponymous firms' names have.
var firmShapes = shapesOf(eponymousFirms)

// wordShapes holds, for each length of some words up to 64 bytes, the
// first and the last bytes they have, in lower case, as bits (c&31): a
// word no shape fits is none of them, which is most words, known
// without a map look-up.
type wordShapes struct{ firsts, lasts [65]uint32 }

// shapesOf makes the wordShapes of the words of set.
func shapesOf(set map[string]bool) *wordShapes {
	ws := new(wordShapes)
	for w := range set {
		if n := len(w); n > 0 && n < len(ws.firsts) {
			ws.firsts[n] |= 1 << (lowerASCIIByte(w[0]) & 31)
			ws.lasts[n] |= 1 << (lowerASCIIByte(w[n-1]) & 31)
		}
	}
	return ws
}

// fits reports whether ASCII word w, of any case, may be one of the
// words: whether one has its length and first and last letters.
func (ws *wordShapes) fits(w string) bool {
	n := len(w)
	return n > 0 && n < len(ws.firsts) &&
		ws.firsts[n]&(1<<(lowerASCIIByte(w[0])&31)) != 0 && ws.lasts[n]&(1<<(lowerASCIIByte(w[n-1])&31)) != 0
}

// isEponymousFirm is eponymousFirms[fold(w)], lower-casing an ASCII name
// on the stack rather than in a new string, and only when one of the
// firms has its shape: it was asked of most names.
func isEponymousFirm(w string) bool {
	var buf [64]byte
	if len(w) > len(buf) {
		return eponymousFirms[fold(w)]
	}
	if !isASCII(w) {
		// folded on the stack: the look-up of string(b) makes no string
		return eponymousFirms[string(appendFold(buf[:0], w))]
	}
	if !firmShapes.fits(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return eponymousFirms[string(buf[:len(w)])]
}

// companyNounAfter: "the Boeing company", "the Tata group", "the Boeing
// airframe company": a noun for a firm, within three words in lower case
// after the name ending at token last.
func companyNounAfter(toks []token, text string, last int) bool {
	for k := last + 1; k < len(toks) && k <= last+3; k++ {
		t := toks[k]
		if !t.alnum() || t.capital() {
			return false
		}
		if companyNouns[t.word(text)] { // in lower case: as written
			return true
		}
	}
	return false
}

// companyNouns: "company", "firm", "airline"... (lexicons/sets.txt).
var companyNouns = lexicons.Named("sets.txt", "company-nouns")

// scoreAfter: a match's score right after the name ending at token last
// ("Aston Villa 2-1", "Rovers 3–0"): the name is a team's.
func scoreAfter(toks []token, text string, last int) bool {
	k := last + 1
	if k >= len(toks) || toks[k].kind != tNum {
		return false
	}
	w := toks[k].word(text)
	if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 && len(w) <= 7 {
		// (set scores, "6-3 6-4", follow a player's name, not a team's)
		return isASCIIDigit(w[i-1]) && isASCIIDigit(w[i+1]) && !setScore(toks, text, k+1)
	}
	return k+2 < len(toks) && (toks[k+1].word(text) == "–" || toks[k+1].word(text) == "-") && toks[k+2].kind == tNum &&
		toks[k+1].start == toks[k].end && toks[k+2].start == toks[k+1].end && len(w) <= 2
}

// setScore: token k is a second set's score in a tennis result ("6-3
// 6-4", "7-6"): two numbers of games, at most 7, joined by a hyphen.
func setScore(toks []token, text string, k int) bool {
	if k >= len(toks) || toks[k].kind != tNum {
		return false
	}
	w := toks[k].word(text)
	return len(w) == 3 && w[1] == '-' && w[0] >= '0' && w[0] <= '7' && w[2] >= '0' && w[2] <= '7'
}

// modelNumber: a number written right after the name ending at token last
// ("Boeing 737", "Galaxy S24"), not an ordinal ("Okafor 34th").
func modelNumber(toks []token, text string, last int) bool {
	k := last + 1
	if k >= len(toks) || toks[k].kind != tNum || toks[k].start != toks[last].end+1 || text[toks[last].end] != ' ' {
		return false
	}
	w := toks[k].word(text)
	for _, s := range [...]string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, s) {
			return false
		}
	}
	return k+1 >= len(toks) || toks[k+1].word(text) != "'"
}

// quoted: the name at toks[first..last] is all a quotation or italics
// hold, the title of a work ("“Silent Harbour”", "the robot “Better
// Idea,”", "“The Cherry Orchard”", "*Blue Moon*").
func quoted(toks []token, text string, first, last int) bool {
	if first == 0 || last+1 >= len(toks) {
		return false
	}
	if toks[first-1].kind != tPunct {
		// "“The Cherry Orchard”": a quotation may open with an article
		if first < 2 || toks[first-2].kind != tPunct || !determiner(toks[first-1], text) {
			return false
		}
		first--
	}
	open, k := toks[first-1].word(text), last+1
	if w := toks[k].word(text); (w == "," || w == ".") && k+1 < len(toks) {
		k++
	}
	close := toks[k].word(text)
	// plain text marks italics with asterisks or underscores
	return (open == "“" && close == "”") || (open == "\"" && close == "\"") || (open == "‘" && close == "’") ||
		(open == "*" || open == "_") && close == open
}

// eponymAfter: "the Streisand effect", "Asperger syndrome": a noun after
// the name ending at token last makes it a thing named after a person.
func eponymAfter(toks []token, text string, last int) bool {
	k := last + 1
	return k < len(toks) && toks[k].alnum() && !toks[k].capital() && eponymNouns[toks[k].word(text)] // in lower case: as written
}

// eponymNouns: "effect", "syndrome", "prize"... (lexicons/sets.txt).
var eponymNouns = lexicons.Named("sets.txt", "eponym-nouns")

// birthName: "was born Doris Kappelhoff", "Jane Roe (née Hale)", "Born
// Robert Burns in ...": a birth name is another name of the person the
// sentence is about.
func birthName(toks []token, text string, first int) bool {
	// "Born Robert Burns in Arroyo Grande, he ...": the sentence opens
	// with the birth
	if t := toks[first]; t.sent() && first+1 < len(toks) && toks[first+1].capital() && toks[first+1].is(cGiven) && t.isWord(text, "born") {
		return true
	}
	p := first - 1
	if p < 1 || !toks[p].alnum() || toks[p].capital() {
		return false
	}
	switch toks[p].word(text) {
	case "née", "nee":
		return true
	case "born":
		return toks[p-1].isWord(text, "was") || toks[p-1].isWord(text, "is")
	}
	return false
}

// shortAlias: a name of three words or more, no given name first, then
// the short name it goes by in brackets, its last word or its initials:
// "World Wonder Ring Stardom (Stardom)", "Global Media Partners (GMP)".
// Bodies are introduced so; people are not.
func shortAlias(toks []token, text string, first, last int) bool {
	k := last + 1
	if last-first < 2 || k+2 >= len(toks) || toks[k].word(text) != "(" || toks[k+2].word(text) != ")" || !toks[k+1].alnum() || toks[first].is(cGiven) {
		return false
	}
	alias := toks[k+1].word(text)
	if alias == toks[last].word(text) {
		return true
	}
	if len(alias) != last-first+1 {
		return false
	}
	for i := first; i <= last; i++ {
		if w := toks[i].word(text); w == "" || w[0] != alias[i-first] {
			return false
		}
	}
	return true
}

// placeContext: a run without name evidence after "in", "at", "near",
// "from"... or before "province", "city", "district"... names a place.
func placeContext(toks []token, text string, first, last int) bool {
	if j := first - 1; j >= 0 && toks[j].alnum() && toks[j].is(cPlacePrep) {
		return true
	}
	if k := last + 1; k < len(toks) && toks[k].alnum() && toks[k].is(cPlaceNoun) {
		return true
	}
	return false
}

// apposedPlace: the run, no given name first, is apposed or joined by
// "and" to a place a preposition mid-sentence takes: "detained in an
// area near Norbury, Pollards Hill, for", "found in Saqqara and Tuna
// el-Gebel". A sentence's opening place ("In Leeds, Jane Roe said") is
// left alone: a subject follows it as often.
func apposedPlace(toks []token, text string, first, last int) bool {
	if first < 3 || toks[first-1].word(text) != "," && !isStop(toks[first-1], text, "and") {
		return false
	}
	// the list goes on or ends after it ("Pollards Hill, for", "Tuna
	// el-Gebel with permission"): a verb after it makes it the subject
	// ("in English, Warhol was a legend")
	if k := last + 1; k < len(toks) {
		switch t := toks[k]; {
		case t.kind == tPunct:
			if w := t.word(text); w != "," && w != "." && w != ";" {
				return false
			}
		case t.kind == tBreak:
		case !t.alnum() || t.capital():
			return false
		default:
			switch strings.ToLower(t.word(text)) {
			case "and", "or", "with", "for", "to", "from", "on", "near", "in", "at":
			default:
				return false
			}
		}
	}
	// walk back over the list: its items are capitalised runs, its
	// separators commas and "and"; a place preposition mid-sentence opens
	// it. A given name first is a place only in a list of three or more
	// ("in Paris, Victoria, and Perth") or after a known place ("at
	// Abydos, Saqqara,"); a verb after it ("held in Leeds, Tom Hale said")
	// was ruled out above.
	items, known := 0, false
	lx := loadLexicon()
	for j := first - 1; j >= 1 && first-j < 16; j-- {
		t := toks[j]
		switch {
		case t.kind == tPunct && t.word(text) == ",", isStop(t, text, "and"):
		case t.alnum() && t.capital():
			if !toks[j+1].alnum() || !toks[j+1].capital() {
				items++
			}
			known = known || lx.isPlaceTok(t, text)
			if p := toks[j-1]; p.alnum() && p.is(cPlacePrep) && !p.sent() && !p.isWord(text, "from") {
				return !toks[first].is(cGiven) || items >= 2 || known
			}
		default:
			return false
		}
	}
	return false
}

// placeNounAfter: the run is followed by "province", "city", "district"...
func placeNounAfter(toks []token, last int) bool {
	k := last + 1
	return k < len(toks) && toks[k].alnum() && toks[k].is(cPlaceNoun)
}

// placeOf: "residents of Khan Younis", "the outskirts of Maidan Shahr":
// the run names a place.
func placeOf(toks []token, text string, first int) bool {
	if first < 2 || !toks[first-1].alnum() || !toks[first-1].isWord(text, "of") {
		return false
	}
	return placeOwners[new(foldBuf).of(toks[first-2].word(text))]
}

// firmRole: the role's head word names what a firm does ("gas producer").
func firmRole(role string) bool {
	if role == "" {
		return false
	}
	return firmRoles[strings.ToLower(role[strings.LastIndexByte(role, ' ')+1:])]
}

// quotedTitle: the run opens a quotation that goes on with "of" and
// capitalised words to its end: an award's or a work's title ("the
// "Hero of the Soviet Union"", "“Custodian of the Federal Government”").
func quotedTitle(toks []token, text string, first, last int) bool {
	// (an opening mark touches the word after it, a closing one the
	// word before it)
	if first < 1 || toks[first-1].kind != tPunct || !quoteMark(toks[first-1].word(text)) || toks[first-1].end != toks[first].start ||
		last+2 >= len(toks) || !isStop(toks[last+1], text, "of") {
		return false
	}
	for k := last + 2; k < len(toks) && k-last < 10; k++ {
		t := toks[k]
		switch {
		case t.kind == tPunct && quoteMark(t.word(text)):
			return toks[k-1].end == t.start
		case t.alnum() && (t.capital() || isStop(t, text, "the") || isStop(t, text, "of")):
		case t.kind == tPunct && t.word(text) == "." && k+1 < len(toks) && toks[k+1].kind == tPunct && quoteMark(toks[k+1].word(text)):
		default:
			return false
		}
	}
	return false
}

// vehicleNouns name a vehicle after its make and model (sets.txt).
var vehicleNouns = lexicons.Named("sets.txt", "vehicle-nouns")

// vehicleName reports a make and model, two capitalised words, ending at
// token last: one word before a vehicle is most often its owner's name
// ("the front of the Hivley car").
func vehicleName(toks []token, last int) bool {
	return last > 0 && toks[last-1].kind == tWord && toks[last-1].capital()
}

// thingNounAfter: a thing noun in lower case ("vessel", "tanker") comes
// right after the run ending at token last, or after one word in lower
// case ("supply vessel").
func thingNounAfter(toks []token, text string, last int) bool {
	if toks[last].poss() {
		return false // "Jo Roe's boat", "Weaver's character": an owner's
	}
	for k := last + 1; k < len(toks) && k <= last+2; k++ {
		t := toks[k]
		if t.kind != tWord || t.capital() {
			return false
		}
		if t.is(cThingNoun) && !t.is(cStop) || t.is(cWorkNoun) && periodicalNoun(t, text) || vehicleName(toks, last) && vehicleNouns[new(foldBuf).of(t.word(text))] {
			return true
		}
		// "taken to Royal Shrewsbury hospital": an institution's head in
		// lower case, singular ("Jo Roe courts voters" is a verb)
		// ("the Monti government", "its Warhol collection" are a notable's;
		// "Jo Roe's house" hers)
		if k == last+1 && !toks[last].poss() && !determinerBefore(toks, text, last) && t.is(cInst) && !t.is(cStop|cRole|cRoleNoun|cTitle) && !strings.HasSuffix(t.word(text), "s") &&
			!leaderNouns[t.word(text)] &&
			(k+1 >= len(toks) || !toks[k+1].alnum() || !isRoleWord(toks[k+1], text)) {
			return true
		}
		// the word between is a modifier ("supply"), not a verb ("Roe
		// says manufacturers", "Roe owned ships")
		if t.is(cSpeech|cClause|cStop) || k == last+2 {
			return false
		}
		if w := t.word(text); strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return false
}

// determinerBefore reports whether a determiner or possessive stands
// before the capitalised run that ends at token last.
func determinerBefore(toks []token, text string, last int) bool {
	p := last
	for p >= 0 && toks[p].alnum() && toks[p].capital() {
		p--
	}
	if p < 0 || toks[p].kind != tWord {
		return false
	}
	switch new(foldBuf).of(toks[p].word(text)) {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that":
		return true
	}
	return false
}

// periodicalNoun: "Time magazine", "the Guardian newspaper": a name
// before these work nouns is the publication's (before "portrait" or
// "shows" it is still a person's: "the Greta Mora portrait").
func periodicalNoun(t token, text string) bool {
	return t.isWord(text, "magazine") || t.isWord(text, "newspaper") || t.isWord(text, "journal") || t.isWord(text, "tabloid")
}

// adjectiveBefore: the run ends at token tail in a word shaped like an
// adjective ("-ic", "-ese": "Magellanic", "Olympic", "Maltese") that is
// no known name, and a word in lower case follows it: the run modifies
// that word ("Male Magellanic penguins", "the Arctic Circle" aside).
func adjectiveBefore(toks []token, text string, tail int) bool {
	t := toks[tail]
	if t.is(cPart|cFamous|cGiven) || tail+1 >= len(toks) || toks[tail+1].kind != tWord || toks[tail+1].capital() {
		return false
	}
	w := t.word(text)
	return len(w) > 4 && (strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ese"))
}

// thingListed: the run at token first is an item of a list opened by a
// thing noun and "including" or "such as" ("firms including Deutsche
// Bahn, Daimler, and Siemens"), or by a work noun ("the memoirs Once
// Upon a Time and Black Knight").
func thingListed(toks []token, text string, first int) bool {
	// (asked of every run: most leave here, the word before them no
	// comma, capitalised word or function word)
	if first < 2 {
		return false
	}
	if p := toks[first-1]; !(p.kind == tPunct && p.end-p.start == 1 && text[p.start] == ',' || p.kind == tWord && p.is(cStop)) && !p.capital() {
		return false
	}
	for j := first - 1; j >= 1 && first-j < 16; j-- {
		t := toks[j]
		switch {
		case t.kind == tPunct:
			if t.end-t.start != 1 || text[t.start] != ',' {
				return false
			}
			continue
		case t.kind != tWord && t.kind != tNum:
			return false
		case t.capital():
			continue
		case t.is(cWorkNoun):
			// "the memoirs Once Upon a Time and Black Knight, White Knight"
			return j < first-1
		case !t.is(cStop):
			return false
		}
		// a function word in lower case, read as written (its case is
		// known): the list goes on over "and", "the", "a", "of"
		switch text[t.start:t.end] {
		case "and", "the", "a", "of":
			continue
		case "including":
			p := toks[j-1]
			return p.alnum() && !p.capital() && p.is(cThingNoun)
		case "as":
			if j >= 2 && text[toks[j-1].start:toks[j-1].end] == "such" {
				p := toks[j-2]
				return p.alnum() && !p.capital() && p.is(cThingNoun)
			}
		}
		return false
	}
	return false
}

// pastVerbAfter: a verb in the past follows the name ending at token
// last: "-ed" in lower case or a common irregular one ("founded",
// "built", "ran").
func pastVerbAfter(toks []token, text string, last int) bool {
	k := last + 1
	if k >= len(toks) || !toks[k].alnum() || toks[k].capital() {
		return false
	}
	w := toks[k].word(text)
	return len(w) > 4 && strings.HasSuffix(w, "ed") || pastVerb(w) || irregularParticiple(w)
}

// thingApposed reports an apposition after the name ending at last that
// calls it a thing: ", a site that", ", an online tracker,", ", the
// company's brand" (a thing or work noun, up to three words in).
func thingApposed(toks []token, text string, last int) bool {
	k := last + 1
	if k+2 >= len(toks) || toks[k].word(text) != "," || !(isStop(toks[k+1], text, "a") || isStop(toks[k+1], text, "an") || isStop(toks[k+1], text, "the")) {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if t.kind != tWord || t.capital() && !lowerCompound(t.word(text)) {
			return false
		}
		if (t.is(cThingNoun|cWorkNoun) || bodyNoun(t, text)) && !t.is(cRole|cRoleNoun|cTitle) {
			n := j + 1
			return n >= len(toks) || !toks[n].alnum() || isStop(toks[n], text, "that") || isStop(toks[n], text, "which") ||
				isStop(toks[n], text, "of") || isStop(toks[n], text, "for") || isStop(toks[n], text, "in") || isStop(toks[n], text, "with")
		}
	}
	return false
}

// lowerCompound reports whether w is a compound adjective whose last
// part is in lower case, whatever its first: "al-Qaeda-linked",
// "Paris-based", "US-backed".
func lowerCompound(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || len(w)-h < 4 {
		return false
	}
	for i := h + 1; i < len(w); i++ {
		if !isASCIILower(w[i]) {
			return false
		}
	}
	return true
}

// thingPredicate reports a copula after the name ending at last whose
// complement is a thing: "is a retailer", "will be the first cable
// company to offer" (a thing or work noun heading it, up to three words
// in; not "a firm believer", nor "the company's founder").
func thingPredicate(toks []token, text string, last int) bool {
	k := last + 1
	copula := false
	for ; k < len(toks) && k <= last+3 && toks[k].kind == tWord && !toks[k].capital(); k++ {
		switch new(foldBuf).of(toks[k].word(text)) {
		case "is", "was", "be", "been", "became", "becomes", "remains", "remained":
			copula = true
			continue
		case "will", "would", "has", "had", "could", "may", "might":
			continue
		}
		break
	}
	if !copula || k >= len(toks) || !(isStop(toks[k], text, "a") || isStop(toks[k], text, "an") || isStop(toks[k], text, "the")) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if t.kind != tWord || t.capital() || t.poss() {
			return false
		}
		if (t.is(cThingNoun|cWorkNoun) || bodyNoun(t, text)) && !t.is(cRole|cRoleNoun|cTitle) {
			n := j + 1
			if n >= len(toks) || !toks[n].alnum() || toks[n].is(cStop) && !toks[n].is(cSpeech) {
				return true
			}
			// "a retailer based in Oslo", "a firm making tiles"
			w := toks[n].word(text)
			return !toks[n].capital() && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
		}
	}
	return false
}

// bodyNoun reports the nouns for an organisation that say nothing else
// ("an al-Qaeda-linked organisation", "is a militant group"); "centre",
// "office" or "team" head other phrases too ("the centre of attention").
func bodyNoun(t token, text string) bool {
	switch new(foldBuf).of(t.word(text)) {
	case "organization", "organisation", "group", "movement", "agency", "association", "federation", "charity", "nonprofit", "militia":
		return true
	}
	return false
}

// nounAsVerb reports whether the thing or work noun at token p is a verb
// after a plural subject: "Results show Tom Hale leading", "the polls
// show", "they play" (but "the show", "cargo ships").
func nounAsVerb(toks []token, text string, p int) bool {
	if p < 1 || toks[p-1].kind != tWord || toks[p-1].capital() && !toks[p-1].sent() || toks[p-1].poss() {
		return false
	}
	w := toks[p-1].word(text)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !toks[p-1].is(cStop) || subjectPronoun(w)
}

// affiliation: the run at token first follows "<name> of": "Doug Miller
// of Milltech Marine". A title, an institution or a role before "of"
// makes a title or a body's name instead ("Governor of Washington Chris
// Gregoire", "University of Texas").
func affiliation(toks []token, text string, first int) bool {
	if first < 2 || !isStop(toks[first-1], text, "of") {
		return false
	}
	p := toks[first-2]
	return p.alnum() && p.capital() && !p.acronym() && !p.is(cTitle|cHonorific|cInst|cRole|cRoleNoun|cStop|cNamedThing) &&
		!isRoleWord(p, text) && (p.is(cGiven|cPart) || !p.is(cCommon))
}
