package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/factpane/factpane/parse/lexicons"
)

// Evidence: whether a trimmed run names a person is weighed from what
// surrounds it — a given name, a title or role, an age, speech, a pronoun
// that follows — against the marks of a thing: an institution or place
// head, a place preposition, quotation marks, a ship prefix, a table line.

// evidence is what makes a name a person's, one bit a kind; linking adds
// up the evidence of all of a person's mentions, and a person with none
// is not shown (link.go).
type evidence uint16

const (
	evTitle   evidence = 1 << iota // a title or honorific before the name
	evRole                         // a role before or after it
	evAge                          // an age
	evSpeech                       // a speech verb next to it
	evGiven                        // it starts with a given name
	evShape                        // a word only names have ("al-Assad", "L.", "O'Brien")
	evNotable                      // the name of a notable person
	evPronoun                      // "he" or "she" follows in its sentence or the next
	evNamed                        // "identified as", "known as", "X, who"
	evSurname                      // it ends in a known surname
	evActs                         // "was born", "was shot": what befalls people
	evLater                        // a later, shorter mention (link.go)
	evBody                         // a mention outside the headline-case lines

	// evidence against: the name is listed as an organisation's or a
	// place's ("Red Cross", "Tom Ford"); or the text uses it as a thing's:
	// quoted as a work's title, as a modifier ("the Johan Sverdrup oil
	// field"), as a team's before a score
	evThing
	evThingUse
	// a news outlet's name ("Al Jazeera reported", "Bloomberg contacted
	// the firm"): outlets report and act like people, so only a title, a
	// role or an age makes one a person
	evMedia
)

// isPerson weighs a person's evidence, all mentions together: any
// evidence will do for a name, but one the lists know as a thing's needs
// a title, a role, an age, a relative clause or pronoun, or speech after
// a given name ("Tom Ford said"; "the Red Cross said" is no person), and
// one seen only in headline-case lines a title, a role, an age or an act
// ("Okafor 34th" in a result).
func (ev evidence) isPerson() bool {
	if ev&evBody == 0 && ev&(evTitle|evRole|evAge|evActs) == 0 {
		return false // a headline's words ("Firefighters Battle Blaze")
	}
	switch {
	case ev&evMedia != 0:
		return ev&(evTitle|evRole|evAge) != 0
	case ev&evThingUse != 0:
		// a pronoun near a work's title is most often its author's
		return ev&(evTitle|evRole|evAge|evNamed) != 0 || ev&evSpeech != 0 && ev&evGiven != 0
	case ev&evThing != 0:
		return ev&(evTitle|evRole|evAge|evNamed|evPronoun) != 0 || ev&evSpeech != 0 && ev&evGiven != 0
	}
	return ev&^evBody != 0
}

// noPerson: things named after people (storms, ships), firms, demonyms and
// places.
func noPerson(toks []token, text string, nm *runName, c *nameCand, lx *lexicon) (thing, no bool) {
	first, last, n, prev := nm.first, nm.last, nm.n(), nm.prev
	// Storms, ships, works and other things named after people:
	// "Hurricane Irma", "HMS Victory", "U.S.S. Grayback", "the cargo ship
	// Namse Bangdzod", "her novel Angel Catbird"
	if prev.is(cNamedThing) || shipPrefix(prev, text) || n > 1 && toks[first].is(cNamedThing) {
		return true, true
	}
	// "2 degrees Celsius": a scale of degrees, named after its maker
	if r0 := nm.r.first; r0 == first && r0 > 0 && (toks[r0-1].isWord(text, "degrees") || toks[r0-1].isWord(text, "degree")) {
		return true, true
	}
	// (not "joined the company Jo Roe founded": after a verb, a past verb
	// after the name makes it the subject of a clause about the thing;
	// "The band Duran Duran played" opens the sentence)
	// ("the security company MX Logic": an abbreviation the name drops
	// opens the run all the same)
	if r0 := nm.r.first; r0 > 0 && (first == r0 || first == r0+1 && toks[r0].acronym()) {
		if p := toks[r0-1]; (p.kind == tWord && !p.capital() && !p.poss() && p.is(cThingNoun|cWorkNoun) && !nounAsVerb(toks, text, r0-1) || shipPrefix(p, text)) &&
			!(first >= 2 && !p.sent() && !toks[first-2].sent() && pastVerbAfter(toks, text, last) && !toks[last+1].is(cSpeech)) {
			return true, true // (but "the company MX Logic reported": the thing speaks)
		}
	}
	// "Institut Pasteur de Lille", "Banco de Chile": a body's name in a
	// language that puts its head word first (the heads English writes
	// too, "Council", are left to the other rules)
	if r0 := toks[nm.r.first]; nm.r.first < first && r0.is(cOrgHead) && !r0.is(cCommon|cGiven|cPart|cTitle) {
		return true, true
	}
	// "a preschool called Wu Yee", "a startup named Zinta Kell": what a
	// noun for no person is called is a thing ("a woman named Lia Orr"
	// is a person)
	if k := nounCalled(toks, text, first); k >= 0 && first == nm.r.first && !personNoun(toks[k], text) {
		return true, true
	}
	// "Chilean Navy's Sergeant Aldea supply vessel", "the Stena Impero
	// tanker": a name before a thing noun (one word in lower case may
	// come between) is the thing's
	if thingNounAfter(toks, text, last) {
		return true, true
	}
	// "in Sultan Kudarat", "Esperanza, Sultan Kudarat": a title that
	// opens the name of a place the lists know, written where a place
	// is written (after a place preposition, or after a town and a
	// comma), is part of that name ("General Paz said" is a general)
	if t := first - 1; t > 0 && toks[t].capital() && toks[t].is(cTitle|cHonorific|cRegnal) && n <= 3 &&
		(toks[t-1].is(cPlacePrep) && !toks[t-1].capital() || toks[t-1].word(text) == "," && t >= 2 && toks[t-2].capital()) {
		if k := tokensKey(toks, text, t, last); lx.regions.get(k) != 0 || lx.orgs.get(k) != 0 {
			return true, true
		}
	}
	// "client IPs", "NGOs", "Tory MPs": an acronym in the plural names
	// many things or people, never one person
	if pluralAcronym(toks[last].word(text)) {
		return false, true
	}
	// "Real Madrid v. Juventus", "Kelly v. United States": a side of a
	// match or of a case, whose name is no person's mention
	if !c.titled && versusNear(toks, text, nm.r.first, last) {
		return true, true
	}
	// "the author of The Midcentury Kitchen": an article written with a
	// capital inside a sentence opens a title, never a person's name
	if r0 := nm.r.first - 1; r0 >= 0 && toks[r0].upper() && !toks[r0].sent() && !toks[r0].acronym() &&
		(isStop(toks[r0], text, "the") || isStop(toks[r0], text, "a") || isStop(toks[r0], text, "an")) &&
		r0 > 0 && toks[r0-1].kind == tWord && !toks[r0-1].upper() && !toks[first].is(cGiven) {
		// (after a word in lower case: a headline capitalises its articles)
		return true, true
	}
	// "Sears, which owns Kmart": people take "who" (after a given name
	// "which" may point back past the name: "talks with Jo Roe, which
	// ended late")
	if !c.titled && !toks[first].is(cGiven) && whichAfter(toks, text, nm.tail) {
		return true, true
	}
	// "Loki Torrent, a site that tracks links": a thing apposed; "Vantor
	// will be the first cable company to": a thing by its predicate
	if thingApposed(toks, text, last) || !c.titled && thingPredicate(toks, text, nm.tail) {
		return true, true
	}
	// "a new All-time High": a name takes no indefinite article, unless
	// it is a person's used of a thing ("an Edward Steichen exhibit")
	if p := nm.r.first - 1; p >= 0 && !toks[first].is(cGiven) && (!toks[first].is(cPart) || toks[first].is(cCommon)) && toks[p].alnum() && !toks[p].capital() && (isStop(toks[p], text, "a") || isStop(toks[p], text, "an") ||
		p >= 1 && !isRoleWord(toks[p], text) && !toks[p].is(cSpeech|cStop) && (isStop(toks[p-1], text, "a") || isStop(toks[p-1], text, "an"))) {
		return true, true
	}
	// "wished them a Merry Christmas.": after an article, a name that
	// starts with a given name and heads no noun is a greeting or a
	// thing's name, not a person's ("an Edward Steichen exhibit" is the
	// person's, used of a thing)
	if p := nm.r.first - 1; p >= 0 && !c.titled && toks[first].is(cGiven) && toks[p].alnum() && !toks[p].capital() &&
		(isStop(toks[p], text, "a") || isStop(toks[p], text, "an")) && (last+1 >= len(toks) || !toks[last+1].alnum()) {
		return true, true
	}
	// "Time Person of the Year", "Player of the Season": an award's title
	if k := last + 1; k+2 < len(toks) && isStop(toks[k], text, "of") && isStop(toks[k+1], text, "the") && toks[k+2].capital() &&
		(toks[k+2].isWord(text, "year") || toks[k+2].isWord(text, "season") || toks[k+2].isWord(text, "decade") || toks[k+2].isWord(text, "century")) {
		return true, true
	}
	// "the "Hero of the Soviet Union"": a quoted title of something
	if quotedTitle(toks, text, first, last) {
		return true, true
	}
	// "German firms including Deutsche Bahn, Daimler and Siemens", "ships
	// such as the Stena Impero": a list that a thing noun opens
	if thingListed(toks, text, first) {
		return true, true
	}
	// "Johnson & Johnson", "Procter & Gamble", "Marks & Spencer": firms
	// (a punctuation token's first byte: no word is made to compare)
	if first > 0 && toks[first-1].kind == tPunct && text[toks[first-1].start] == '&' ||
		last+1 < len(toks) && toks[last+1].kind == tPunct && text[toks[last+1].start] == '&' {
		return false, true
	}
	// the name's words as written, joined once for the three lookups below
	joined := ""
	if n > 1 {
		joined = joinWords(toks, text, first, last)
	}
	if n > 1 && isEponymousFirm(joined) {
		return false, true // "Morgan Stanley"
	}
	// "a scandal cost Boeing a contract": a firm's name alone, though a
	// notable's surname too; a title still makes a person ("Mr Boeing")
	if n == 1 && !c.titled && isEponymousFirm(toks[first].word(text)) {
		return false, true
	}
	if n > 1 && lx.isDemonym(joined) {
		return false, true // "New Zealander"
	}
	// Places: "Hong Kong", "Abu Dhabi", or every word a place; a title
	// does not make a place a person ("Captain America"). A single place
	// word stays a candidate: it may be the surname of someone named in
	// full ("Valeska Paris" ... "Paris said").
	if w := toks[first]; c.titled && n == 1 && lx.isPlaceTok(w, text) && !(prev.is(cRegnal) && w.is(cGiven)) &&
		!w.is(cCommon) && !(w.is(cFamous) && !worldRegions[w.word(text)]) {
		// "Captain America"; but "Captain Hale", "President Lincoln".
		// It may still mention someone named in full ("Monica Rochester
		// ... Captain Rochester said"): analyzeRun keeps it for that.
		return false, true
	}
	// "in Sultan Kudarat", "General Santos City": a place whose name opens
	// with a title, written as a place
	if c.titled && first > nm.r.first && first-1 > 0 && toks[first-1].capital() {
		if place := text[toks[first-1].start:toks[last].wordEnd(text)]; (lx.isPlace(place) || lx.regions.get(nameKey(place)) != 0) &&
			placeWritten(toks, text, first-1, last, lx) {
			return false, true
		}
	}
	// "University College London": a word after an institution word in its
	// run is part of the institution's name
	if n == 1 && prev.is(cInst) && !c.titled {
		return false, true
	}
	if !c.titled && n > 1 {
		if lx.isPlace(joined) {
			return false, true
		}
		allPlaces := !toks[first].is(cGiven)
		for i := first; i <= last && allPlaces; i++ {
			if !toks[i].capital() || !lx.isPlaceTok(toks[i], text) {
				allPlaces = false
				break
			}
		}
		if allPlaces {
			return false, true
		}
	}
	return false, false
}

// postNominals are letters for ranks, honours and degrees after a name.
var postNominals = lexicons.Named("sets.txt", "post-nominals")

// weighName weighs the evidence that the name is a person's: a given name,
// a title or role, an age, a speech verb, the shape of its words.
func weighName(toks []token, text string, nm *runName, c *nameCand, lx *lexicon) bool {
	first, last, tail, n, r := nm.first, nm.last, nm.tail, nm.n(), nm.r
	// the function word before the name: "the X", "a X"
	afterThe, afterA := false, false
	if first > 0 && toks[first-1].is(cStop) {
		w := toks[first-1].word(text)
		afterThe = first == r.first && lowerASCIIEqual(w, "the")
		afterA = lowerASCIIEqual(w, "a") || lowerASCIIEqual(w, "an")
	}
	if n == 1 && !c.titled {
		// a lone word that cannot be a person by itself can only be a
		// surname mention; its age and speech are evidence for the person
		// it mentions ("Tom Ford ... Ford, 39,")
		w := toks[first]
		if w.acronym() || w.is(cGroup|cDemonym|cTime) {
			return false
		}
		// "the Monti government", "the Bush administration": a notable
		// person's name before what they led
		if afterThe && w.is(cFamous) && tail+1 < len(toks) && toks[tail+1].kind == tWord && !toks[tail+1].capital() &&
			leaderNouns[toks[tail+1].word(text)] {
			c.strong, c.ev = true, evNotable
			return true
		}
		// the most frequent case first: an everyday word capitalised by
		// its place in the sentence
		common := w.is(cCommon) && !w.is(cPart|cGiven)
		if common && !w.is(cFamous) || afterThe {
			c.marks |= markLone
			return true
		}
		// "a Boeing 737", "an Opel": a make or a model, not a person
		if afterA || modelNumber(toks, text, tail) && !scorer(toks, text, tail) {
			c.marks |= markLone
			return true
		}
		word := w.word(text)
		isPlace := lx.isPlaceTok(w, text)
		// "Mayor of Las Vegas": the word ends a place's name the run lost
		// its first word of
		if p := first - 1; !isPlace && p >= 0 && toks[p].alnum() && toks[p].capital() && toks[p].end+1 == w.start &&
			lx.isPlace(text[toks[p].start:w.end]) {
			c.marks |= markLone
			return true
		}
		region := !isPlace && !w.is(cGiven) && w.is(cRegion)
		if (isPlace || region) && placeWritten(toks, text, first, tail, lx) {
			c.marks |= markPlace
			return true
		}
		if isPlace || common || !w.is(cGiven) && region || lx.isPlacePlural(word) {
			// a notable person's name may be all these too ("Lincoln",
			// "Churchill"): what the text says of it decides
			if !w.is(cFamous) || !spoken(toks, text, first, tail) && !speakerLabel(toks, text, first, tail) && !personActs(toks, text, tail) &&
				!scorer(toks, text, tail) {
				// only a mention of someone named elsewhere: what the
				// text says of it is read if it is linked (link.go)
				c.marks |= markLone
				return true
			}
		}
	}

	capWords := 0
	for i := first; i <= last; i++ {
		if t := toks[i]; t.capital() {
			capWords++
			if t.end-t.start >= 4 && (text[t.start+1] == '.' || text[t.start] >= utf8.RuneSelf) && gluedInitial(t.word(text)) {
				capWords++ // "C.Suthorn"
			}
		}
	}
	// "Nick Rhodes of Duran Duran", "Arne Lund of Nordvik Marine told":
	// what a person is of is a body, whatever follows it
	if first == r.first && !c.titled && affiliation(toks, text, first) {
		if _, ok := ageAfter(toks, text, tail); !ok {
			return false
		}
	}
	c.role = roleBefore(toks, text, first)
	// "an optometrist Apple had on-site": after "a" or "an", one role
	// noun then a lone word is a relative clause's subject, not a title
	// ("a suspect Tom Hale" names the suspect in full)
	if n == 1 && c.role != "" && first >= 2 && !toks[first-1].capital() && (isStop(toks[first-2], text, "a") || isStop(toks[first-2], text, "an")) {
		c.role = ""
	}
	// "Col. Jo Roe, a military psychiatrist": the rank says where the
	// person stands, the apposition what they do
	if c.role != "" && isRank(c.role) { // (most have none: no look-up)
		if after := roleAfter(toks, text, tail); after != "" {
			c.role = after
		}
	} else if lightRole(c.role) {
		// "prosecutor Jo Roe, the U.S. Attorney for the district": one
		// noun in lower case before the name is a light label; an
		// apposition after it is there to say what the person is (what
		// the person is "of" is not: "musician Jo Roe of Duran Duran",
		// "researcher Jo Roe, of the university")
		if after := apposition(toks, text, tail, false); after != "" {
			c.role = after
		}
	}
	if c.role == "" {
		c.role = roleAfter(toks, text, tail)
		// "Professor Jo Roe of Leeds University": the rank, where (an
		// apposition after the body, ", co-author of a study,", says
		// less than both)
		if rank := rankBefore(toks, text, first); rank != "" && c.role != "" && tail+1 < len(toks) && isStop(toks[tail+1], text, "of") {
			if body, _ := ofPhrase(toks, text, tail+2, false); body != "" {
				c.role = rank + " at " + body
			}
		}
	}
	if c.role == "" {
		// "artists such as Jo Roe": the role of a list is what its
		// members share; a title the person is given alone says more
		c.role = listRoleBefore(toks, text, first)
		if c.role != "" {
			c.roleFrom = roleListed
		}
	}
	if c.role == "" {
		c.role = roleApposedBefore(toks, text, first)
	}
	if c.role == "" {
		c.role = roleNamedAs(toks, text, first)
	}
	if c.role == "" {
		c.role = spouseBefore(toks, text, first)
	}
	if c.role == "" {
		c.role = rankBefore(toks, text, first)
	}
	if a, ok := ageAfter(toks, text, tail); ok {
		c.age = int32(a)
	} else if a, ok := ageBefore(toks, text, first); ok {
		c.age = int32(a)
	}
	speech := spoken(toks, text, first, tail) || speakerLabel(toks, text, first, tail)
	c.evidence = c.role != "" || c.age > 0 || speech

	firstWord := toks[first].word(text)
	given := lx.wordClass(toks[first], text)&cGiven != 0 && !toks[first].is(cTitle) && !toks[first].is(cPlaceArticle)
	placeLed := false
	if given && lx.isPlaceTok(toks[first], text) {
		// "David Cameron" but not "Malaysia Tourism", "North America",
		// "Ontario Ghostbusters": a place word is a given name only before
		// words known as name parts
		for i := first + 1; i <= last; i++ {
			w, wc := toks[i].word(text), lx.wordClass(toks[i], text)
			// a place that name lists know as a name ("Elizabeth",
			// "David") needs only no place or everyday word after it;
			// one they do not ("Ontario") needs name words
			unknown := wc&(cPart|cGiven) == 0
			// a notable person's surname that is also a town ("Walker
			// Evans") is no place here, unless it is an everyday word
			surname := wc&cFamous != 0 && wc&cCommon == 0
			// a surname the lists know that is a town too, after a given
			// name that is no everyday word ("Elizabeth Warren", not
			// "North Poland"), is no place here either
			surname = surname || n == 2 && wc&cPart != 0 && wc&cInst == 0 && !toks[first].is(cCommon)
			if lx.isPlace(w) && !surname || unknown && (!toks[first].is(cPart) || wc&cCommon != 0) || i < last && lx.isPlace(joinWords(toks, text, i, last)) {
				placeLed = true
			}
		}
	}
	if placeLed && !c.titled && c.role == "" && c.age == 0 {
		return false
	}
	// "Real Madrid", "Inter Milan": an everyday word before a place names a
	// team or a firm
	if n > 1 && !c.titled && c.role == "" && c.age == 0 && toks[first].is(cCommon) && !toks[first].is(cPart) && lx.isPlaceTok(toks[last], text) {
		return false
	}
	// A given name that is also an everyday word ("Silver", "Velvet",
	// "Angel") is evidence only before a name word: not "Silver Clouds",
	// "Velvet Underground", "Kool Aid".
	pureCommon := false // some word of the name is an everyday word and no name part
	for i := first; i <= last; i++ {
		if t := toks[i]; t.capital() && t.is(cCommon) && !t.is(cPart|cGiven) || i == last && pluralOfCommon(t.word(text), lx) {
			pureCommon = true
		}
	}
	lastEveryday := toks[last].is(cCommon) && !toks[last].is(cPart|cGiven) // "Cal Fire"
	if given && pureCommon && (toks[first].is(cCommon) || lastEveryday) {
		given = false
	}
	c.firstGiven = given
	// a word's shape is read only where nothing else makes the name a
	// person's
	shaped := false
	for i := first; i <= last && !shaped && !given && !c.titled && c.role == "" && c.age == 0; i++ {
		shaped = nameShaped(toks[i], text) || toks[i].acronym() // initials: only initialsAt lets one into a name
	}

	c.ev = c.evidenceOf(speech, given, shaped)
	if afterThe && !(given && depictionAfter(toks, text, tail)) || quoted(toks, text, first, tail) || scoreAfter(toks, text, tail) || eponymAfter(toks, text, tail) ||
		priceBefore(toks, text, first) {
		// "the Johan Sverdrup oil field", "“Angel Catbird”", "beat Aston
		// Villa 2-1", "a Streisand effect", "the $1,000 Vega Quest Pro"
		c.ev |= evThingUse
	}
	if birthName(toks, text, first) {
		c.ev |= evThingUse // "Day was born Doris Kappelhoff": the name of someone already named
	}
	if shortAlias(toks, text, first, tail) {
		c.ev |= evThing // "World Wonder Ring Stardom (Stardom)": a body and the short name it goes by
	}
	if c.outlet(lx) {
		c.ev |= evMedia // "Al Jazeera reported"
	}
	// the lists are asked only where they can still matter: nothing
	// outweighs a title, a role, an age or speech after a given name
	if !(c.ev | evBody | evThing | evThingUse).isPerson() {
		if k := seqKey(c.words); lx.notable.get(k) != 0 {
			c.ev |= evNotable
		} else if lx.orgs.get(k) != 0 || lx.regions.get(k) != 0 || toks[first].is(cOrgName) && !toks[first].is(cGiven) {
			// ... and a firm's name with a word after it ("Siemens
			// Gamesa", "Toyota Tsusho")
			// "Médecins Sans Frontières", "Red Cross", "Jefferson Parish",
			// but "Tom Ford" is a brand and a man: the article decides
			c.ev |= evThing
		}
	}
	// the rest of the evidence is read only where it can still matter:
	// with a title, a role, an age or speech after a given name, nothing
	// can outweigh it
	if !(c.ev | evBody | evThing | evThingUse).isPerson() {
		if namedAs(toks, text, first) || whoAfter(toks, text, tail) {
			c.ev |= evNamed
		}
		if lw := toks[last]; lw.is(cFamous) || lw.is(cPart) && !lw.is(cCommon) && !lx.isPlaceTok(lw, text) {
			c.ev |= evSurname
		}
		if pluralRoleBefore(toks, text, first) {
			c.ev |= evRole // "athletes Vitas Gerulaitis and ..."
		}
	}
	if capWords >= 2 {
		switch {
		case !c.titled && !c.evidence && (placeNounAfter(toks, tail) || placeOf(toks, text, first)):
			return false // "in Quang Nam province", "residents of Khan Younis"
		case !c.titled && c.role == "" && c.age == 0 && !speech && adjectiveBefore(toks, text, tail):
			return false // "Male Magellanic penguins": an adjective, not a name
		case !c.titled && c.role == "" && c.age == 0 && !speech &&
			(placeContext(toks, text, first, tail) && beforeRegion(toks, text, tail, lx) || apposedPlace(toks, text, first, tail)):
			// "in Windsor Locks, Connecticut", "in Saqqara and Tuna
			// el-Gebel", whatever their words; their other mentions too
			c.marks |= markPlace
			return false
		case shaped && !given && !c.titled && c.role == "" && c.age == 0 && !speech && lx.isPlaceTok(toks[first], text) &&
			!toks[first].is(cPart):
			// "Toronto Spider-Man": a place before a hyphenated word is a
			// nickname or a costume, no person's name
			return false
		case c.titled || c.role != "" || c.age > 0 || given || shaped:
			c.strong = true
		case speech && !pureCommon && !placeOf(toks, text, first):
			// organisations speak too ("The Red Crescent said")
			c.strong = true
		case afterThe:
			// "the Abu Sayyaf", "the Warhol Polaroid": no person of its
			// own, though a known surname in it is a mention
			return true
		case lx.isPlaceTok(toks[first], text), placeContext(toks, text, first, tail), placeOf(toks, text, first):
			return false
		default:
			// two or more unknown capitalised words mid-sentence: most
			// often a name the lexicon lacks, when something else in
			// the article says so (link.go)
			c.strong = (!toks[first].sent() || lx.isPart(firstWord)) && !pureCommon
		}
		if c.strong && !(c.ev | evBody).isPerson() && pronounAfter(toks, text, tail) {
			c.ev |= evPronoun
		}
		return true
	}
	// a single word: strong only with a title or context, never a place,
	// a common word or a name-like word standing for a group
	w := toks[first]
	if w.acronym() || w.is(cGroup|cDemonym|cTime) {
		return false
	}
	wc := lx.wordClass(w, text)
	named := wc&(cGiven|cPart|cFamous) != 0
	if !named && !c.titled && c.age == 0 && firmRole(c.role) {
		return false // "the gas producer Vantor"
	}
	c.given = wc&cGiven != 0 && !c.titled && !lx.isPlaceTok(w, text) && (wc&cCommon == 0 || !w.sent() && wc&cPart != 0)
	scored := scorer(toks, text, tail)
	acts := personActs(toks, text, tail) || scored
	// "found in Saqqara", "sites at Abydos, Saqqara, and Tuna el-Gebel": a
	// given name written as a place, with nothing of a person's
	if c.given && c.role == "" && c.age == 0 && !speech && !acts &&
		(placeWritten(toks, text, first, tail, lx) || apposedPlace(toks, text, first, tail)) {
		c.marks |= markPlace
		return false
	}
	// The name a notable person is known by ("Mandela", "Merkel") is one
	// by itself when it is no everyday word, place or organisation too;
	// "Lincoln", "Churchill" need the context to say so.
	famous := wc&cFamous != 0 && wc&(cCommon|cOrgName|cGiven) == 0 && !lx.isPlaceTok(w, text) && !w.is(cRegion) &&
		!aloneOnLine(toks, first, tail)
	// A speech verb alone also follows agencies and companies ("Yonhap
	// reported"): it makes a person only of a word known as a name part,
	// and not of the tail of an organisation's name ("JPMorgan Chase").
	namedSo := named && first == r.first && !(c.evidence || acts || famous) && namedAs(toks, text, first)
	c.strong = c.titled || c.role != "" || c.age > 0 || named && first == r.first && (c.evidence || acts || famous || namedSo) ||
		scored && !w.is(cCommon) // "Okafor 34th": any name, but not "Rovers 2"
	c.ev = c.evidenceOf(speech, c.given, false)
	if capitalModifier(toks, text, r, first, lx) || eponymAfter(toks, text, tail) {
		c.ev |= evThingUse // "Super Mario", "Epic Mickey": a title's or a product's; "Streisand effect"
	}
	if namedSo || c.ev == 0 && namedAs(toks, text, first) {
		c.ev |= evNamed
	}
	if acts {
		c.ev |= evActs
	}
	if famous {
		c.ev |= evNotable
	}
	if c.outlet(lx) {
		c.ev |= evMedia // "Bloomberg contacted Facebook"
	}
	if w.is(cOrgName) {
		// "Kyodo reported", "Nike said": an organisation speaks and is
		// named like a person; only a title, a role, an age or what
		// befalls people make one ("Ford died in 1947")
		c.given = false
		c.strong = c.titled || c.role != "" || c.age > 0 || acts
	}
	return true
}

// outlet reports whether the candidate, with no title, role or age to
// say otherwise, is the name of a news outlet (curated/news-media.txt).
func (c *nameCand) outlet(lx *lexicon) bool {
	return !c.titled && c.role == "" && c.age == 0 && lx.media.get(seqKey(c.words)) != 0
}

// speakerLabel: the name at toks[first..last] labels what a speaker says
// in an interview or a transcript: "Hale: In 2010 I ...", "((Ana
// Ruiz)) We ...".
func speakerLabel(toks []token, text string, first, last int) bool {
	lineStart := func(i int) bool { return i < 0 || toks[i].kind == tBreak }
	k := last + 1
	if lineStart(first-1) && k+1 < len(toks) && toks[k].word(text) == ":" && toks[k+1].kind != tBreak {
		return true
	}
	return first >= 2 && lineStart(first-3) && toks[first-1].word(text) == "(" && toks[first-2].word(text) == "(" &&
		k+1 < len(toks) && toks[k].word(text) == ")" && toks[k+1].word(text) == ")"
}

// scorer: "Okafor 34th", "Lindqvist 78'": a name, then the minute, in a
// match's result.
func scorer(toks []token, text string, last int) bool {
	k := last + 1
	if k >= len(toks) || toks[k].kind != tNum || toks[k].start != toks[last].end+1 {
		return false
	}
	w := toks[k].word(text)
	for _, s := range [...]string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, s) && isASCIIDigit(w[len(w)-len(s)-1]) {
			return true
		}
	}
	if k+1 < len(toks) && (toks[k+1].word(text) == "'" || toks[k+1].word(text) == "′") && toks[k+1].start == toks[k].end {
		return true
	}
	// "(Saka 12, Havertz 40; Palmer 55)": a list of names and minutes in
	// brackets
	if len(w) > 3 || k+1 >= len(toks) || last == 0 {
		return false
	}
	after, before := toks[k+1].word(text), toks[last-1].word(text)
	return (after == "," || after == ";" || after == ")") && (before == "(" || before == "," || before == ";") &&
		isASCIIDigit(w[0]) && isASCIIDigit(w[len(w)-1])
}

// readLone reads the context of a lone word that mentions a person
// named elsewhere (markLone): its age and speech are evidence for
// that person ("Tom Ford ... Ford, 39,"). Most lone words are places and
// everyday words that mention no one, so this is read only for those
// that do.
func readLone(c nameCand, toks []token, text string) nameCand {
	first, last := int(c.first), int(c.last)
	if a, ok := ageAfter(toks, text, last); ok {
		c.age, c.ev = int32(a), c.ev|evAge
	}
	if spoken(toks, text, first, last) || speakerLabel(toks, text, first, last) {
		c.ev |= evSpeech
	}
	if companyNounAfter(toks, text, last) {
		c.ev |= evThing // "the Boeing airframe company": a firm named after someone
	}
	return c
}

// aloneOnLine: the name at toks[first..last] is all its line holds (a
// heading, a caption's credit): no context says what it names.
func aloneOnLine(toks []token, first, last int) bool {
	return (first == 0 || toks[first-1].kind == tBreak) && (last+1 >= len(toks) || toks[last+1].kind == tBreak)
}

// personActs: "was born", "was shot", "has been arrested", "died": what
// the text says befell the name ending at token last befalls people.
func personActs(toks []token, text string, last int) bool {
	i := last + 1
	for n := 0; n < 2 && i < len(toks) && toks[i].alnum() && !toks[i].capital(); n++ {
		switch new(foldBuf).of(toks[i].word(text)) {
		case "was", "were", "is", "has", "had", "been", "later", "then":
			i++
			continue
		}
		break
	}
	return i < len(toks) && i > last+1 && toks[i].kind == tWord && !toks[i].capital() && toks[i].is(cPersonVerb)
}

// evidenceOf is the candidate's evidence of being a person, once its
// title, role, age and speech are read.
func (c *nameCand) evidenceOf(speech, given, shaped bool) evidence {
	var ev evidence
	for _, e := range [...]struct {
		ok  bool
		bit evidence
	}{{c.titled, evTitle}, {c.role != "", evRole}, {c.age > 0, evAge}, {speech, evSpeech}, {given, evGiven}, {shaped, evShape}} {
		if e.ok {
			ev |= e.bit
		}
	}
	return ev
}

// pronounAfter reports whether "he", "she", "his" or "her" follows the
// name ending at token last, in its sentence or the next: the text goes
// on about a person. It reads a bounded number of tokens.
func pronounAfter(toks []token, text string, last int) bool {
	ends := 0
	for i := last + 1; i < len(toks) && i-last <= 40; i++ {
		t := toks[i]
		switch t.kind {
		case tBreak:
			ends++
		case tPunct:
			if w := t.word(text); w == "." || w == "!" || w == "?" {
				ends++
			}
		case tWord:
			switch lw := t.word(text); lw {
			case "he", "she", "his", "her", "He", "She", "His", "Her", "him", "hers", "himself", "herself":
				return true
			}
		}
		if ends >= 2 {
			return false
		}
	}
	return false
}

// versusNear reports "v.", "v", "vs", "vs." or "versus" right before the
// run at first or right after the name ending at last.
func versusNear(toks []token, text string, first, last int) bool {
	versus := func(k int) bool {
		if k < 0 || k >= len(toks) || !toks[k].alnum() || text[toks[k].start] != 'v' {
			return false // (one look rules out nearly every word)
		}
		switch new(foldBuf).of(toks[k].word(text)) {
		case "v", "vs", "versus":
			return true
		}
		return false
	}
	if versus(last + 1) {
		return true
	}
	p := first - 1
	if p >= 0 && toks[p].word(text) == "." {
		p-- // "v." splits into two tokens
	}
	return versus(p)
}

// placeWritten: the lone word at toks[first..last], a place's name, is
// written as a place: "in Jackson", "Jackson, Mississippi", "Sola in
// Norway", "Marlow province". "From Jackson" is left alone: a statement
// comes from a person as often.
func placeWritten(toks []token, text string, first, last int, lx *lexicon) bool {
	if toks[last].poss() {
		return false
	}
	if j := first - 1; j >= 0 && toks[j].kind == tWord && toks[j].is(cPlacePrep) {
		switch w := toks[j].word(text); {
		case lowerASCIIEqual(w, "at"):
			// "shouted at Lam", "hit out at Roe": a verb aimed at someone
			return !(j > 0 && toks[j-1].kind == tWord && !toks[j-1].capital() && aimedVerb(toks[j-1].word(text)))
		case lowerASCIIEqual(w, "in"), lowerASCIIEqual(w, "near"), lowerASCIIEqual(w, "outside"),
			lowerASCIIEqual(w, "inside"), lowerASCIIEqual(w, "across"), lowerASCIIEqual(w, "throughout"):
			return true
		}
	}
	return beforeRegion(toks, text, last, lx) || placeNounAfter(toks, last)
}

// aimedVerbs are verbs whose "at" aims at someone, not at a place
// (sets.txt), in their plain form.
var aimedVerbs = lexicons.Named("sets.txt", "aimed-verbs")

// aimedVerb reports a form of an aimed verb ("shouted", "looks",
// "glaring") or the "out" of "hit out at", "lashed out at".
func aimedVerb(w string) bool {
	w = strings.ToLower(w)
	if w == "out" || aimedVerbs[w] {
		return true
	}
	for _, suf := range [...]string{"ed", "d", "s", "ing"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) > 2 && (aimedVerbs[stem] || aimedVerbs[stem+"e"]) {
			return true
		}
	}
	return false
}

// beforeRegion: the run ending at token last is followed by ", Region" or
// "in Region": "Jackson, Mississippi", "Sola in Norway".
func beforeRegion(toks []token, text string, last int, lx *lexicon) bool {
	k := last + 1
	if k+1 < len(toks) && toks[k+1].capital() && (toks[k].kind == tPunct && toks[k].word(text) == "," || isStop(toks[k], text, "in")) {
		if n := toks[k+1]; lx.isPlaceTok(n, text) || n.is(cRegion) {
			return true
		}
	}
	return false
}

// pluralRoleBefore: "athletes Vitas Gerulaitis", "photographers Ana
// Ruiz and ...": a role noun in the plural before the name.
func pluralRoleBefore(toks []token, text string, first int) bool {
	j := first - 1
	if j < 0 || toks[j].kind != tWord || toks[j].capital() {
		return false
	}
	return pluralRole(toks[j].word(text))
}

// pluralRole: "athletes", "maintainers", the plural of a role noun.
func pluralRole(w string) bool { return pluralOf(w, cRole|cTitle) }

// pluralOf reports whether w is the plural, in -s, of a word of the
// classes cls ("Presidents" of a title).
func pluralOf(w string, cls uint32) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && loadLexicon().classOf(w[:len(w)-1])&cls != 0
}

// whoAfter: "Jane Roe, who", "Jane Roe who": a relative clause for a
// person follows the name ending at token last.
func whoAfter(toks []token, text string, last int) bool {
	i := last + 1
	if i < len(toks) && toks[i].word(text) == "," {
		i++
	}
	return i < len(toks) && (isStop(toks[i], text, "who") || isStop(toks[i], text, "whom"))
}

// whichAfter: "Sears, which": a relative clause for a thing follows the
// name ending at token last.
func whichAfter(toks []token, text string, last int) bool {
	i := last + 1
	return i+1 < len(toks) && toks[i].word(text) == "," && isStop(toks[i+1], text, "which")
}

// namedAs: "identified as Ivan", "known as Gloria", "named Sara", "a boy
// called Ali".
func namedAs(toks []token, text string, first int) bool {
	j := first - 1
	if j < 0 || !toks[j].alnum() {
		return false
	}
	lw := new(foldBuf).of(toks[j].word(text))
	if lw == "named" || lw == "called" || lw == "nicknamed" {
		if k := nounCalled(toks, text, first); k >= 0 {
			return personNoun(toks[k], text)
		}
		return true
	}
	if lw == "as" && j >= 1 {
		p := new(foldBuf).of(toks[j-1].word(text))
		if j >= 2 && p == "only" {
			p = new(foldBuf).of(toks[j-2].word(text))
		}
		return p == "identified" || p == "known" || p == "named"
	}
	return false
}

// firmRoles are role nouns for what firms do.
var firmRoles = lexicons.Named("sets.txt", "firm-roles")

// depictionAfter: "the Jane Roe portrait", "the Jane Roe oil painting": a
// work showing the person follows the name, at most one noun before it.
func depictionAfter(toks []token, text string, tail int) bool {
	for i := tail + 1; i < len(toks) && i <= tail+2; i++ {
		if toks[i].kind != tWord || toks[i].capital() {
			return false
		}
		if depictionNouns[toks[i].word(text)] {
			return true
		}
	}
	return false
}

// priceBefore: a price stands right before the name at first ("the
// $1,000 Vega Quest Pro", "her £150K Pearl Gown"): what has a price is a
// product, not a person.
func priceBefore(toks []token, text string, first int) bool {
	if first < 2 || toks[first-1].kind != tNum || toks[first-2].kind != tPunct {
		return false
	}
	switch toks[first-2].word(text) {
	case "$", "£", "€", "¥", "₹":
		return true
	}
	return false
}

// depictionNouns are works that show or tell of a person.
var depictionNouns = lexicons.Named("sets.txt", "depiction-nouns")

// capitalModifier: a capitalised everyday word, neither a title, a role
// nor a name word, stands right before a lone word of the run: "Super
// Mario", "Epic Mickey" name a game or a character, not a person. At a
// sentence's start the word is capitalised by its place only when it is
// an adverb or a function word, which trimRun has left out of the run.
func capitalModifier(toks []token, text string, r run, first int, lx *lexicon) bool {
	if first <= r.first {
		return false
	}
	p := toks[first-1]
	return p.capital() && !p.acronym() && p.is(cCommon) &&
		!p.is(cGiven|cPart|cTitle|cHonorific|cInst|cGroup|cDemonym|cTime|cAdverb|cRole|cRoleNoun|cPlaceArticle) &&
		!lx.isPlaceTok(p, text)
}

// leaderNouns are what a notable person leads or has: "the Monti
// government".
var leaderNouns = lexicons.Named("sets.txt", "leader-nouns")

// placeOwners are the nouns of "X of <place>".
var placeOwners = lexicons.Named("sets.txt", "place-owners")

// pluralOfCommon: "Clouds", "Atheists" are plurals of everyday words, which
// end no name ("Jones", "Adams" are name parts and stay names).
func pluralOfCommon(w string, lx *lexicon) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || lx.isPart(w) {
		return false
	}
	return lx.isCommon(w[:len(w)-1]) && !lx.isPart(w[:len(w)-1])
}

// lightRole reports a role of one word in lower case ("prosecutor",
// "singer"), which an apposition after the name says more than.
func lightRole(role string) bool {
	return role != "" && role[0] >= 'a' && role[0] <= 'z' && strings.IndexByte(role, ' ') < 0
}

// nounCalled returns the noun a name is given to by "called" or
// "named" after an article: "a woman named Jo Roe", "a preschool called
// Wu Yee"; or -1.
func nounCalled(toks []token, text string, first int) int {
	j := first - 1
	if j < 2 || !(toks[j].isWord(text, "called") || toks[j].isWord(text, "named")) || toks[j-1].kind != tWord || toks[j-1].capital() || !determiner(toks[j-2], text) {
		return -1
	}
	return j - 1
}

// personNoun reports a noun for a person: "woman", "suspect", "boy", a
// role ("nurse") or an age ("24-year-old").
func personNoun(t token, text string) bool {
	if kw := t.kw(); kw != nil && kw.cls&(fcPerson|fcPersons) != 0 {
		return true
	}
	if _, ok := yearOld(t.word(text)); ok {
		return true
	}
	return isRoleWord(t, text) || t.is(cRoleNoun)
}

// pluralAcronym reports an acronym with a plural "s": "IPs", "NGOs",
// "CEOs".
func pluralAcronym(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
