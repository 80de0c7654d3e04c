package parse

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse/lexicons"
)

// A person is found from a run of capitalised words (names.go) by
// evidence: a given name, a title or role, an age, a speech verb, a name
// particle or shape. Runs that end in an institution word, name a place or
// a group, or are capitalised only by position are rejected. Surnames,
// titled surnames and possessives are then linked to the full names.

// nameCand is the name part of one run.
type nameCand struct {
	first, last int      // token indices
	start, end  int      // byte span of the mention
	words       []uint64 // the name's words as case- and accent-folded hashes (foldKey)
	// shape of the words, read from the tokens: a hyphenated given name
	// after the surname ("Kim Jong-un"), words after the first that read
	// as a name, and which words are particles ("da", "bin")
	surnameFirst bool
	tailNameLike bool
	particleAt   uint8
	display      string // the name as written
	titled       bool   // a title or honorific stands right before it
	evidence     bool   // age, role apposition or speech verb
	strong       bool   // enough evidence to stand as a person on its own
	given        bool   // a single word that is a given name, not a place or common word
	firstEnd     int    // end of the first word
	firstGiven   bool   // the first word is a given name
	aliasOf      int    // for "Joko Widodo, known as Jokowi": the token ending the name it aliases, else -1
	role         string
	age          int
}

// findPeople finds the named people of text (read into toks) with their
// roles, ages and every mention.
func findPeople(text string, toks []token) []model.Person {
	sc := peopleScratchPool.Get().(*peopleScratch)
	defer sc.release()
	lx := loadLexicon()
	runs := nameRunsInto(sc.runs[:0], toks, text)
	cands := sc.cands[:0]
	if cap(cands) < len(runs) {
		cands = make([]nameCand, 0, len(runs))
	}
	// the candidates' words share one backing array: one allocation, not
	// one per name
	arena := sc.arena[:0]
	if cap(arena) < 2*len(runs)+8 {
		arena = make([]uint64, 0, 2*len(runs)+8)
	}
	for _, r := range runs {
		if c, ok := analyzeRun(toks, text, r, lx, &arena); ok {
			cands = append(cands, c)
		}
	}
	sc.runs, sc.cands, sc.arena = runs, cands, arena
	return linkPeople(text, cands)
}

// peopleScratch holds findPeople's working slices between calls: the
// runs and candidates of an article were allocated and cleared afresh on
// every call. Nothing of them reaches the returned people (linkPeople
// copies what it keeps).
type peopleScratch struct {
	runs  []run
	cands []nameCand
	arena []uint64
}

var peopleScratchPool = sync.Pool{New: func() any { return new(peopleScratch) }}

// maxPooledRuns bounds what the pool keeps: one huge input should not pin
// its buffers for the process.
const maxPooledRuns = 1 << 13

// release returns the slices to the pool, the candidates cleared so they
// do not keep the text alive; oversized ones are left to the collector.
func (sc *peopleScratch) release() {
	if cap(sc.runs) > maxPooledRuns {
		return
	}
	clear(sc.cands)
	sc.cands = sc.cands[:0]
	peopleScratchPool.Put(sc)
}

// analyzeRun finds the name inside run r: the longest tail of the run whose
// words can belong to a name; what precedes it is a title or context. Its
// stages: trim the run to the name, make the candidate, reject things that
// are no person, weigh the evidence.
func analyzeRun(toks []token, text string, r run, lx *lexicon, arena *[]uint64) (nameCand, bool) {
	nm, v := trimRun(toks, text, r, lx)
	switch v {
	case verdictNone:
		return nameCand{}, false
	case verdictWeak:
		return weakCand(toks, text, nm.r, arena), true
	}
	c := nm.cand(toks, text, arena)
	if noPerson(toks, text, nm, c, lx) {
		return nameCand{}, false
	}
	return weighName(toks, text, nm, c, lx)
}

// runName is the name trimRun finds in a run, for analyzeRun's stages.
type runName struct {
	r           run   // the run, without its suffix and the words trimmed off its end
	first, last int   // the name's tokens, a suffix excluded
	tail        int   // the name's last token as written, a suffix included
	prev        token // the run's word right before the name, or the zero token
}

func (nm runName) n() int { return nm.last - nm.first + 1 }

// runVerdict is what trimRun makes of a run.
type runVerdict uint8

const (
	verdictName runVerdict = iota // a name to weigh
	verdictNone                   // no person
	verdictWeak                   // only a possible mention of a person named elsewhere (weakCand)
)

// trimRun trims run r to the name in it.
func trimRun(toks []token, text string, r run, lx *lexicon) (runName, runVerdict) {
	// "Robert F. Kennedy Jr.", "King Charles III": a generational or
	// regnal suffix belongs to the name as written, not to its words
	suffix := -1
	if r.last > r.first && nameSuffix(toks[r.last].word(text)) {
		suffix = r.last
		r.last--
	}
	// An institution or title word at the end makes the run no person
	// ("Johns Hopkins Hospital", "Interior Minister"); an everyday word
	// there is a headline's verb or noun and drops off ("Manhunt For Salah
	// Abdeslam Continues", "Malaysia Tourism").
	for !compatible(toks, text, r, r.last, true, lx) {
		t := toks[r.last]
		if surnameLikeInstitution(toks, text, r) {
			break // "said David Park", "Jane Hall, 34"
		}
		if r.last-r.first == 1 && toks[r.first].is(cGiven) && t.is(cInst) && t.is(cPart) {
			// "by David Park and ...": no person by itself, but a mention
			// of one named so with context elsewhere
			return runName{r: r}, verdictWeak
		}
		if r.last == r.first || t.acronym() || !t.is(cCommon) || t.is(cInst|cTitle|cHonorific|cGroup|cTime|cDemonym) {
			return runName{}, verdictNone
		}
		r.last--
	}
	k := r.last
	// names run to a handful of words; the bound keeps every later step
	// (joins, place checks) linear on any input, even a text that is one
	// endless capitalised run
	for k > r.first && r.last-k < maxNameWords-1 && compatible(toks, text, r, k-1, false, lx) {
		k--
	}
	// a name starts with a capitalised word, not a particle
	for k < r.last && !toks[k].capital() {
		k++
	}
	// "Governor of Washington Chris Gregoire", "US Chancellor": a place
	// word before a given name belongs to the title when the run follows
	// "of" or the place is not itself a name ("Martin Luther King" stays)
	for k+1 < r.last && lx.isPlace(toks[k].word(text)) && !toks[k+1].is(cParticle|cCapParticle) &&
		(toks[k+1].is(cGiven) || lx.isPlace(toks[k+1].word(text))) &&
		(!toks[k].is(cGiven|cPart) || k > r.first || r.first > 0 && toks[r.first-1].isWord(text, "of")) {
		k++
	}
	// "Nonpartisan Paul Tse": an unknown word opening the sentence before a
	// given name is not part of the name
	if k < r.last && toks[k].sent() && !toks[k].is(cGiven|cPart|cCapParticle) && toks[k+1].is(cGiven) && !toks[k+1].is(cParticle|cCapParticle) {
		k++
	}
	nm := runName{r: r, first: k, last: r.last, tail: r.last}
	if suffix >= 0 {
		nm.tail = suffix
	}
	if k > r.first {
		nm.prev = toks[k-1]
	}
	return nm, verdictName
}

// cand makes the candidate of the name: its words, span and title.
func (nm runName) cand(toks []token, text string, arena *[]uint64) nameCand {
	first, last, r, prev := nm.first, nm.last, nm.r, nm.prev
	c := nameCand{first: first, last: last, start: int(toks[first].start), end: toks[nm.tail].wordEnd(text), aliasOf: -1}
	setWords(&c, toks, text, arena)
	if nm.n() == 1 {
		c.aliasOf = aliasOf(toks, text, first)
	}
	c.display = text[c.start:c.end]
	c.firstEnd = toks[first].wordEnd(text)
	c.titled = prev.is(cTitle | cHonorific)
	if !c.titled && first > 0 && first == r.first {
		if p := toks[first-1]; p.alnum() && p.is(cTitle|cHonorific) {
			c.titled = true
		}
	}
	if c.titled && nm.n() == 1 && prev.is(cRegnal) {
		c.start = int(toks[first-1].start)
		c.display = text[c.start:c.end]
	}
	return c
}

// noPerson: things named after people (storms, ships), firms, demonyms and
// places.
func noPerson(toks []token, text string, nm runName, c nameCand, lx *lexicon) bool {
	first, last, n, prev := nm.first, nm.last, nm.n(), nm.prev
	// Storms, ships and other things named after people.
	if prev.is(cNamedThing) || shipPrefixes[prev.word(text)] || n > 1 && toks[first].is(cNamedThing) {
		return true
	}
	// "Johnson & Johnson", "Procter & Gamble", "Marks & Spencer": firms
	if amp := "&"; first > 0 && toks[first-1].word(text) == amp || last+1 < len(toks) && toks[last+1].word(text) == amp {
		return true
	}
	// the name's words as written, joined once for the three lookups below
	joined := ""
	if n > 1 {
		joined = joinWords(toks, text, first, last)
	}
	if n > 1 && isEponymousFirm(joined) {
		return true // "Morgan Stanley"
	}
	if n > 1 && lx.isDemonym(joined) {
		return true // "New Zealander"
	}
	// Places: "Hong Kong", "Abu Dhabi", or every word a place; a title
	// does not make a place a person ("Captain America"). A single place
	// word stays a candidate: it may be the surname of someone named in
	// full ("Valeska Paris" ... "Paris said").
	if c.titled && n == 1 && lx.isPlace(toks[first].word(text)) && !(prev.is(cRegnal) && toks[first].is(cGiven)) {
		return true
	}
	if !c.titled && n > 1 {
		if lx.isPlace(joined) {
			return true
		}
		allPlaces := !toks[first].is(cGiven)
		for i := first; i <= last && allPlaces; i++ {
			if !toks[i].capital() || !lx.isPlace(toks[i].word(text)) {
				allPlaces = false
				break
			}
		}
		if allPlaces {
			return true
		}
	}
	return false
}

// isEponymousFirm is eponymousFirms[fold(w)], lower-casing an ASCII name
// on the stack rather than in a new string.
func isEponymousFirm(w string) bool {
	var buf [64]byte
	if len(w) > len(buf) || !isASCII(w) {
		return eponymousFirms[fold(w)]
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

// weighName weighs the evidence that the name is a person's: a given name,
// a title or role, an age, a speech verb, the shape of its words.
func weighName(toks []token, text string, nm runName, c nameCand, lx *lexicon) (nameCand, bool) {
	first, last, tail, n, r := nm.first, nm.last, nm.tail, nm.n(), nm.r
	capWords := 0
	for i := first; i <= last; i++ {
		if toks[i].capital() {
			capWords++
			if gluedInitial(toks[i].word(text)) {
				capWords++ // "C.Suthorn"
			}
		}
	}
	afterThe := first == r.first && first > 0 && toks[first-1].isWord(text, "the")
	if n == 1 && !c.titled {
		// a lone word that cannot be a person by itself needs no context
		// reading: it can only be a surname mention
		w := toks[first]
		if w.acronym() || w.is(cGroup|cDemonym|cTime) {
			return nameCand{}, false
		}
		if lx.isPlace(w.word(text)) || lx.isPlacePlural(w.word(text)) || w.is(cCommon) && !w.is(cPart|cGiven) || afterThe {
			return c, true
		}
	}

	c.role = roleBefore(toks, text, first)
	if c.role == "" {
		c.role = roleAfter(toks, text, tail)
	}
	if c.role == "" {
		c.role = roleApposedBefore(toks, text, first)
	}
	if a, ok := ageAfter(toks, text, tail); ok {
		c.age = a
	} else if a, ok := ageBefore(toks, text, first); ok {
		c.age = a
	}
	speech := spoken(toks, text, first, tail)
	c.evidence = c.role != "" || c.age > 0 || speech

	firstWord := toks[first].word(text)
	given := lx.wordClass(toks[first], text)&cGiven != 0 && !toks[first].is(cTitle) && !toks[first].is(cPlaceArticle)
	placeLed := false
	if given && lx.isPlace(firstWord) {
		// "David Cameron" but not "Malaysia Tourism", "North America",
		// "Ontario Ghostbusters": a place word is a given name only before
		// words known as name parts
		for i := first + 1; i <= last; i++ {
			w, wc := toks[i].word(text), lx.wordClass(toks[i], text)
			// a place that name lists know as a name ("Elizabeth",
			// "David") needs only no place or everyday word after it;
			// one they do not ("Ontario") needs name words
			unknown := wc&(cPart|cGiven) == 0
			if lx.isPlace(w) || unknown && (!toks[first].is(cPart) || wc&cCommon != 0) || lx.isPlace(joinWords(toks, text, i, last)) {
				placeLed = true
			}
		}
	}
	if placeLed && !c.titled && c.role == "" && c.age == 0 {
		return nameCand{}, false
	}
	// "Real Madrid", "Inter Milan": an everyday word before a place names a
	// team or a firm
	if n > 1 && !c.titled && c.role == "" && c.age == 0 && toks[first].is(cCommon) && !toks[first].is(cPart) && lx.isPlace(toks[last].word(text)) {
		return nameCand{}, false
	}
	shaped := false
	for i := first; i <= last; i++ {
		if nameShaped(toks[i], text) {
			shaped = true
		}
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

	if capWords >= 2 {
		switch {
		case !c.titled && !c.evidence && (placeNounAfter(toks, tail) || placeOf(toks, text, first)):
			return nameCand{}, false // "in Quang Nam province", "residents of Khan Younis"
		case c.titled || c.role != "" || c.age > 0 || given || shaped:
			c.strong = true
		case speech && !pureCommon && !placeOf(toks, text, first):
			// organisations speak too ("The Red Crescent said")
			c.strong = true
		case afterThe:
			// "the Abu Sayyaf", "the Warhol Polaroid": no person of its
			// own, though a known surname in it is a mention
			return c, true
		case lx.isPlace(firstWord), placeContext(toks, text, first, tail), placeOf(toks, text, first):
			return nameCand{}, false
		default:
			// two or more unknown capitalised words mid-sentence: most
			// often a name the lexicon lacks
			c.strong = (!toks[first].sent() || lx.isPart(firstWord)) && !pureCommon
		}
		return c, true
	}
	// a single word: strong only with a title or context, never a place,
	// a common word or a name-like word standing for a group
	w := toks[first]
	lw := w.word(text) // classOf and the lexicon lookups fold case
	if w.acronym() || w.is(cGroup|cDemonym|cTime) {
		return nameCand{}, false
	}
	wc := lx.wordClass(w, text)
	named := wc&(cGiven|cPart) != 0
	c.given = wc&cGiven != 0 && !c.titled && !lx.isPlace(lw) && (wc&cCommon == 0 || !w.sent() && wc&cPart != 0)
	// A speech verb alone also follows agencies and companies ("Yonhap
	// reported"): it makes a person only of a word known as a name part,
	// and not of the tail of an organisation's name ("JPMorgan Chase").
	c.strong = c.titled || c.role != "" || c.age > 0 || named && first == r.first && (c.evidence || namedAs(toks, text, first))
	return c, true
}

// maxNameWords bounds a name's words, particles included: "Luiz Inácio
// Lula da Silva" has six.
const maxNameWords = 7

// compatible reports whether run word i can be part of a person's name.
// rightmost is true for the run's last word.
func compatible(toks []token, text string, r run, i int, rightmost bool, lx *lexicon) bool {
	t := toks[i]
	lw := t.word(text) // classOf folds case
	if !t.capital() {
		return t.is(cParticle)
	}
	prevGiven := i > r.first && toks[i-1].capital() && toks[i-1].is(cGiven) && !toks[i-1].is(cTitle)
	if c := strings.IndexByte(lw, '-'); c > 0 && !asianGiven(t.word(text)) {
		// "Muslim-majority", "Co-founder", "Prize-winner", "Paris-based"
		head, tail := lw[:c], lw[c+1:]
		if tail != "" && t.word(text)[c+1] >= 'a' && t.word(text)[c+1] <= 'z' && lx.classOf(tail)&(cCommon|cTitle) != 0 &&
			(lx.classOf(head)&(cGroup|cDemonym|cCommon) != 0 || lx.isPlace(t.word(text)[:c]) || len(head) <= 3) {
			return false
		}
	}
	if h := strings.IndexByte(lw, '-'); h > 0 && lx.classOf(lw[:h])&cNamedThing != 0 {
		return false // "Saint-Germain", "San-Francisco"
	}
	if a := indexApostrophe(lw); a > 0 && lx.classOf(lw[:a])&cStop != 0 {
		return false // "I'm", "It's"
	}
	switch {
	// (ship prefixes are at most four letters: longer words skip the lookup)
	case t.acronym(), len(lw) <= 4 && shipPrefixes[lw], brandShaped(lw), partyTag(lw):
		return false
	case rightmost && strings.HasSuffix(t.word(text), "."):
		return false // initials end no name: "East L.A."
	case t.is(cInst):
		// "Park Joo-ho": a Korean surname before a hyphenated given name
		if i < r.last && asianGiven(toks[i+1].word(text)) && utf8.RuneCountInString(t.word(text)) <= 5 {
			return true
		}
		return false
	case t.is(cTitle | cHonorific):
		// "Carole King", "Martin Luther King": a title word ends a name after given names
		return rightmost && prevGiven && (i-1 == r.first || toks[i-2].is(cGiven|cPart) && toks[i-2].capital())
	case t.is(cGroup | cDemonym):
		return false
	case t.is(cTime):
		// "Theresa May"; but "Easter Sunday", "Black Friday" are days
		return rightmost && prevGiven && lw != "" && (lw[0]|0x20) == 'm' && len(lw) == 3
	case t.is(cCapParticle):
		return true // "Umm Ahmed", "Abu Obeida"
	case t.is(cCommon) && !t.is(cGiven|cPart):
		// a capitalised token holds its word's classes (tokenize): no
		// lookup needed
		return prevGiven && i-1 == r.first // "Johnnie Christmas"; not "Interior" of "Interior Minister"
	}
	return true
}

// nameShaped: a word whose shape only names have: an Arabic article
// ("al-Mohammad"), initials ("L.", "K.C."), a Mc/Mac/O' surname, or a
// hyphenated East Asian given name ("Jong-un", "Shin-Wook").
// indexApostrophe is strings.IndexAny(w, "'’") without its per-rune
// decoding: the byte search finds the same first position, since ’'s lead
// byte can never be inside another rune's encoding.
func indexApostrophe(w string) int {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '\'':
			return i
		case 0xE2:
			if i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99 {
				return i
			}
		}
	}
	return -1
}

func nameShaped(t token, text string) bool {
	w := t.word(text)
	if isArabicArticle(w) || strings.HasSuffix(w, ".") && !t.acronym() || gluedInitial(w) {
		return true
	}
	if strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "O'") || strings.HasPrefix(w, "O’") {
		return len(w) > 3
	}
	return asianGiven(w)
}

// asianGiven recognises the two-syllable hyphenated given names of Chinese
// and Korean names written surname first: "Jong-un", "Chung-tai",
// "Shin-Wook".
func asianGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") {
		return false
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na < 2 || na > 6 || nb < 2 || nb > 6 {
		return false
	}
	ra, _ := utf8.DecodeRuneInString(a)
	if !unicode.IsUpper(ra) || !isASCIILetters(a) || !isASCIILetters(b) {
		return false
	}
	// "Prize-winner", "Paris-based" are English compounds
	lx := loadLexicon()
	return !(nb >= 5 && lx.isCommon(strings.ToLower(b)))
}

func joinWords(toks []token, text string, first, last int) string {
	if first == last {
		return toks[first].word(text)
	}
	// words written one space apart are their own join: the text itself,
	// not a new string
	n, spaced := 0, true
	for i := first; i <= last; i++ {
		end := toks[i].wordEnd(text)
		n += end - int(toks[i].start) + 1
		if i < last && (int(toks[i+1].start) != end+1 || text[end] != ' ') {
			spaced = false
		}
	}
	if spaced {
		return text[toks[first].start:toks[last].wordEnd(text)]
	}
	var b strings.Builder
	b.Grow(n)
	for i := first; i <= last; i++ {
		if i > first {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].word(text))
	}
	return b.String()
}

// personAcc collects one person while linking.
type personAcc struct {
	words []uint64 // folded words of the fullest name
	// shape of the fullest name (nameCand)
	surnameFirst bool
	particleAt   uint8
	display      string
	role         string
	age          int
	mentions     []model.Mention
	fullStarts   []int        // starts of the full-name mentions, for the sweep's events
	sets         []membership // the mention sets the person has joined and notes its mentions on
	lastAt       int          // the start of its last mention swept
	aliases      int          // the aliases it was given
	indexed      bool         // a full name kept after merging, indexed by its words
}

func (p *personAcc) add(text string, c nameCand) {
	p.mentions = append(p.mentions, model.Mention{Start: c.start, End: c.end, Text: text[c.start:c.end]})
	if len(c.words) > len(p.words) {
		p.words, p.display = c.words, c.display
		p.surnameFirst, p.particleAt = c.surnameFirst, c.particleAt
	}
	if p.role == "" {
		p.role = c.role
	}
	if p.age == 0 {
		p.age = c.age
	}
}

// A short mention means, of the people it could refer to, the one
// mentioned last before it; with none mentioned before it (a mention at
// byte 0 counts as none), the first of them to be indexed; a short mention
// at byte 0 itself means the only one, if there is only one. Scanning the
// candidates for each mention is quadratic when many people share a
// surname, so each set of candidates — the people with one surname, or
// whose names end in one weak run ("De Bruyne") — keeps its most recent
// member as the mentions are swept in text order: every mention of a
// member is noted on each set the member belongs to when the sweep passes
// it.
type mentionSet struct {
	// for a surname, the people indexed under it in order, again for each
	// alias: how many there are decides a mention at byte 0
	list        []*personAcc
	first       *personAcc // the first member: the pick when none was mentioned before
	size        int        // members so far; a member's order is its rank of joining
	words       []uint64   // for a weak run's set, the run's words
	recent      *personAcc // the member mentioned last before the sweep, or nil
	recentAt    int
	recentOrder int
	// Members that do not note their mentions here: people given many
	// aliases (aliasSurname). pick reads their last mention instead.
	pulled []puller
}

// puller is a member a set reads rather than is told of.
type puller struct {
	p     *personAcc
	order int
}

// membership is one person's place in one mention set.
type membership struct {
	set   *mentionSet
	order int
}

// note records a mention of member p at byte at. Two members can share a
// mention (the mentions of a name merged into a longer one are both
// names'); the member that joined first keeps it, so the pick is the first
// of equals in the set's order, as a scan of the set would find.
func (m membership) note(p *personAcc, at int) {
	s := m.set
	if at > s.recentAt || at == s.recentAt && at > 0 && m.order < s.recentOrder {
		s.recent, s.recentAt, s.recentOrder = p, at, m.order
	}
}

// listed is the set's list; a nil set lists no one.
func (s *mentionSet) listed() []*personAcc {
	if s == nil {
		return nil
	}
	return s.list
}

// pick is the member a mention after every noted one means, or nil.
func (s *mentionSet) pick() *personAcc {
	if s == nil {
		return nil
	}
	best, bestAt, bestOrder := s.recent, s.recentAt, s.recentOrder
	for _, m := range s.pulled {
		if at := m.p.lastAt; at > bestAt || at == bestAt && at > 0 && m.order < bestOrder {
			best, bestAt, bestOrder = m.p, at, m.order
		}
	}
	if best != nil {
		return best
	}
	return s.first
}

// aliasKey is a surname (alias) and a full name that joined it as an alias.
type aliasKey struct {
	w uint64
	p *personAcc
}

// fullEvent is a full-name mention of p, swept in text order.
type fullEvent struct {
	at int
	p  *personAcc
}

// linker holds the state of linkPeople's stages.
type linker struct {
	text  string
	cands []nameCand
	// people found, in order of discovery; full also keeps the full names
	// merged into longer ones, whose mentions a later alias may still reach
	people, full []*personAcc
	byLastTok    map[int]*personAcc // full-name mentions by their last token, for aliases
	// Surnames: the last word; for names written surname first ("Kim
	// Jong-un", "Lee Cheuk-yan") the first word too, and aliases.
	surnames map[uint64]*mentionSet
	bySuffix map[uint64]*mentionSet // by seqKey of a weak multi-word run
	aliased  map[aliasKey]bool      // surnames a full name joined as an alias
	// given names, and middle names ("Lula" of "Luiz Inácio Lula da Silva")
	givens, middles map[uint64][]*personAcc
	events          []fullEvent // full-name mentions in text order
	swept           int         // events noted so far
	aliasJoins      int         // surnames joined as aliases
}

// linkPeople groups the candidates into people: full names first, then
// shorter mentions to the person they refer to.
func linkPeople(text string, cands []nameCand) []model.Person {
	// the maps are sized for the candidates up front: growing them was
	// a fifth of linking on a news article
	l := &linker{text: text, cands: cands, byLastTok: make(map[int]*personAcc, len(cands))}
	shorts := l.linkFull()
	l.mergeParts()
	l.linkShorts(shorts)
	return l.output()
}

// linkFull makes a person of each distinct strong full name and returns the
// indices of the mentions to link after the full names.
func (l *linker) linkFull() []int {
	byKey := make(map[uint64]*personAcc, len(l.cands))
	shorts := make([]int, 0, len(l.cands))
	full := surnameKeys(l.cands)
	for i := range l.cands {
		c := &l.cands[i]
		if len(c.words) < 2 {
			shorts = append(shorts, i)
			continue
		}
		key := seqKey(c.words)
		if !c.firstGiven && !c.titled && c.role == "" && full.other(c.words[0], key) && !full.other(c.words[len(c.words)-1], key) && !c.tailNameLike {
			// "Warhol Polaroid exhibits", "the Warhol Factory": a known
			// surname used as a modifier is a mention of that person
			c.words, c.end, c.display, c.strong = c.words[:1], c.firstEnd, l.text[c.start:c.firstEnd], false
			shorts = append(shorts, i)
			continue
		}
		if !c.strong {
			shorts = append(shorts, i)
			continue
		}
		p := byKey[key]
		if p == nil {
			p = &personAcc{}
			byKey[key] = p
			l.people = append(l.people, p)
		}
		p.add(l.text, *c)
		p.fullStarts = append(p.fullStarts, c.start)
		l.byLastTok[c.last] = p
	}
	l.full = l.people
	return shorts
}

// mergeParts: a full name that is the tail or head of a longer one ("De
// Bruyne" of "Kevin De Bruyne", "Omar Ismail" of "Omar Ismail Mostefai") is
// that person, when only one longer name fits. Each longer name is indexed
// under the key of each of its proper heads and tails of two words or more
// (full names have two at least, and at most maxNameWords), so a name looks
// up the longer names it is part of directly: scanning every name that
// shares its first or last word is quadratic when many people share a
// given name or a surname.
func (l *linker) mergeParts() {
	byPart := map[uint64][]*personAcc{}
	for _, q := range l.people {
		n := len(q.words)
		for k := 2; k < n; k++ {
			for _, key := range [2]uint64{seqKey(q.words[:k]), seqKey(q.words[n-k:])} {
				// a head and a tail can be the same words ("A B A B A")
				if e := byPart[key]; len(e) == 0 || e[len(e)-1] != q {
					byPart[key] = append(e, q)
				}
			}
		}
	}
	merged := l.people[:0:0]
	for _, p := range l.people {
		var into *personAcc
		count := 0
		for _, q := range byPart[seqKey(p.words)] {
			// the check guards against a hash collision; a second fit
			// settles it
			if q != into && len(q.words) > len(p.words) && (hasSuffixWords(q.words, p.words) || hasPrefixWords(q.words, p.words)) {
				into = q
				if count++; count == 2 {
					break
				}
			}
		}
		if count == 1 {
			into.mentions = append(into.mentions, p.mentions...)
			into.fullStarts = append(into.fullStarts, p.fullStarts...)
			sort.Ints(into.fullStarts)
			if into.role == "" {
				into.role = p.role
			}
			if into.age == 0 {
				into.age = p.age
			}
			continue
		}
		merged = append(merged, p)
	}
	l.people = merged
}

// linkShorts links each shorter mention, in text order, to the person it
// refers to, or makes it a person of its own.
func (l *linker) linkShorts(shorts []int) {
	cands := l.cands
	l.surnames, l.bySuffix, l.aliased = make(map[uint64]*mentionSet, len(cands)), map[uint64]*mentionSet{}, map[aliasKey]bool{}
	l.givens, l.middles = make(map[uint64][]*personAcc, len(l.people)), map[uint64][]*personAcc{}
	for _, i := range shorts {
		if c := &cands[i]; len(c.words) > 1 {
			l.bySuffix[seqKey(c.words)] = &mentionSet{words: c.words}
		}
	}
	for _, p := range l.people {
		l.index(p)
	}
	for _, p := range l.full {
		for _, at := range p.fullStarts {
			l.events = append(l.events, fullEvent{at, p})
		}
	}
	sort.Slice(l.events, func(i, j int) bool { return l.events[i].at < l.events[j].at })
	// A given name standing alone several times ("Gloria" of a story told
	// by first name) is a person even without a title.
	repeatedGiven := map[uint64]bool{}
	seen := map[uint64]int{}
	for _, i := range shorts {
		if c := &cands[i]; len(c.words) == 1 && c.given {
			seen[c.words[0]]++
			if seen[c.words[0]] >= 2 {
				repeatedGiven[c.words[0]] = true
			}
		}
	}
	for _, i := range shorts {
		c := cands[i]
		l.sweepTo(c.start)
		last := c.words[len(c.words)-1]
		if p := l.byLastTok[c.aliasOf]; c.aliasOf >= 0 && p != nil {
			// "Joko Widodo, known as Jokowi": the alias is his, and so are
			// its later mentions
			l.addShort(p, c)
			l.aliasSurname(last, p, c.start)
			continue
		}
		if len(c.words) > 1 {
			// a weak multi-word run ("De Bruyne"): the tail of a full name
			if p := l.nearestTail(c); p != nil {
				l.addShort(p, c)
			}
			continue
		}
		if p := l.nearest(last, c.start); p != nil {
			l.addShort(p, c)
			continue
		}
		// a given name alone ("Ivan's condition") or a middle name used as
		// the common name ("Lula") when one person has it
		if g := l.givens[last]; len(g) == 1 {
			l.addShort(g[0], c)
			continue
		}
		if m := l.middles[last]; len(m) == 1 && len(l.givens[last]) == 0 {
			l.addShort(m[0], c)
			continue
		}
		if !c.strong && !(repeatedGiven[last] && c.given) {
			continue
		}
		p := &personAcc{}
		p.add(l.text, c)
		l.people = append(l.people, p)
		l.addSurname(last, p, c.start)
	}
}

// index makes a full-name person a candidate for the short mentions.
func (l *linker) index(p *personAcc) {
	p.indexed = true
	w := p.words
	l.addSurname(w[len(w)-1], p, 0)
	if len(w) >= 2 {
		if p.surnameFirst {
			if w[0] == w[len(w)-1] {
				l.surnames[w[0]].list = append(l.surnames[w[0]].list, p) // a member already
			} else {
				l.addSurname(w[0], p, 0)
			}
		} else {
			l.givens[w[0]] = append(l.givens[w[0]], p)
		}
	}
	for i := 1; i < len(w)-1; i++ {
		if i >= 8 || p.particleAt&(1<<i) == 0 {
			l.middles[w[i]] = append(l.middles[w[i]], p)
		}
	}
	l.joinSuffixes(p, 0)
}

// addSurname adds p, not yet among them, to the people surname w can
// mean; at is p's latest mention (0 for none yet).
func (l *linker) addSurname(w uint64, p *personAcc, at int) {
	s := l.surnames[w]
	if s == nil {
		s = &mentionSet{}
		l.surnames[w] = s
	}
	s.list = append(s.list, p)
	l.join(s, p, at)
}

// aliasSurname adds full name p to the people alias w can mean, on its
// mention at at. The full name may be one merged into a longer name: its
// later mentions are then lost, as they always were.
func (l *linker) aliasSurname(w uint64, p *personAcc, at int) {
	pw := p.words
	member := p.indexed && (pw[len(pw)-1] == w || p.surnameFirst && pw[0] == w) || l.aliased[aliasKey{w, p}]
	if member {
		// noted at at already; only the count for byte 0 grows
		l.surnames[w].list = append(l.surnames[w].list, p)
		return
	}
	l.aliased[aliasKey{w, p}] = true
	l.aliasJoins++
	p.aliases++
	if p.aliases > 4 && p.aliases*p.aliases > l.aliasJoins {
		// Noting every mention of one person on each of many aliases is
		// quadratic ("Joko Widodo, known as …" with a new alias each
		// time), and so is reading every member of an alias that many
		// people share; a person whose aliases outnumber the root of all
		// aliases given is read, not noted. Few people can have that many,
		// so a set reads a few and a person notes on a few: O(n√n) at
		// worst, linear in any real text.
		s := l.surnames[w]
		if s == nil {
			s = &mentionSet{}
			l.surnames[w] = s
		}
		s.list = append(s.list, p)
		if s.first == nil {
			s.first = p
		}
		s.pulled = append(s.pulled, puller{p, s.size})
		s.size++
	} else {
		l.addSurname(w, p, at)
	}
	if pw[len(pw)-1] == w {
		l.joinSuffixes(p, at) // a merged full name whose alias is its own surname
	}
}

// joinSuffixes adds p to the set of each weak run its name ends in (names
// have at most maxNameWords words).
func (l *linker) joinSuffixes(p *personAcc, at int) {
	if len(l.bySuffix) == 0 {
		return
	}
	n := len(p.words)
	for k := 2; k <= n; k++ {
		if s := l.bySuffix[seqKey(p.words[n-k:])]; s != nil && hasSuffixWords(p.words, s.words) {
			l.join(s, p, at)
		}
	}
}

// join makes p, not yet one, a member of s; at is p's latest mention.
func (l *linker) join(s *mentionSet, p *personAcc, at int) {
	m := membership{s, s.size}
	s.size++
	if s.first == nil {
		s.first = p
	}
	p.sets = append(p.sets, m)
	m.note(p, at)
}

// sweepTo notes every full-name mention before pos.
func (l *linker) sweepTo(pos int) {
	for ; l.swept < len(l.events) && l.events[l.swept].at < pos; l.swept++ {
		e := l.events[l.swept]
		l.mentioned(e.p, e.at)
	}
}

// mentioned notes a mention of p at at on p's sets; the sweep calls it in
// text order.
func (l *linker) mentioned(p *personAcc, at int) {
	p.lastAt = at
	for _, m := range p.sets {
		m.note(p, at)
	}
}

// addShort links short mention c to p.
func (l *linker) addShort(p *personAcc, c nameCand) {
	p.add(l.text, c)
	l.mentioned(p, c.start)
}

// nearest is the person a one-word mention at pos means: the one of its
// surname mentioned last before it. A mention at byte 0 has none before
// it and takes a surname only one person has.
func (l *linker) nearest(w uint64, pos int) *personAcc {
	if pos == 0 {
		if s := l.surnames[w]; s != nil && len(s.list) == 1 {
			return s.list[0]
		}
		return nil
	}
	return l.surnames[w].pick()
}

// nearestTail is the person a weak multi-word run means: of the people of
// its last word whose names end in it, the one mentioned last before it.
func (l *linker) nearestTail(c nameCand) *personAcc {
	if c.start == 0 {
		var fits []*personAcc
		for _, p := range l.surnames[c.words[len(c.words)-1]].listed() {
			if hasSuffixWords(p.words, c.words) {
				fits = append(fits, p)
			}
		}
		if len(fits) == 1 {
			return fits[0]
		}
		return nil
	}
	return l.bySuffix[seqKey(c.words)].pick()
}

// output gives the people in order of their first mention.
func (l *linker) output() []model.Person {
	out := make([]model.Person, 0, len(l.people))
	for _, p := range l.people {
		sort.Slice(p.mentions, func(i, j int) bool { return p.mentions[i].Start < p.mentions[j].Start })
		person := model.Person{Name: singleSpaced(p.display), Role: p.role, Mentions: p.mentions}
		if p.age > 0 {
			a := p.age
			person.Age = &a
		}
		out = append(out, person)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions[0].Start < out[j].Mentions[0].Start })
	return out
}

// singleSpaced is strings.Join(strings.Fields(s), " "): s itself when it
// is already single-spaced and trimmed, as nearly every name is.
func singleSpaced(s string) string {
	prevSpace := true // a leading space needs trimming
	for _, r := range s {
		if r == ' ' {
			if prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
			continue
		}
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = false
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}

func hasSuffixWords(long, short []uint64) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

func hasPrefixWords(long, short []uint64) bool {
	if len(short) > len(long) {
		return false
	}
	for i, w := range short {
		if long[i] != w {
			return false
		}
	}
	return true
}

// gluedInitial: "C.Suthorn", an initial written against the surname.
func gluedInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < size+3 || w[size] != '.' {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(w[size+1:])
	return unicode.IsUpper(r2) && !strings.HasSuffix(w, ".")
}

// namedAs: "identified as Ivan", "known as Gloria", "named Sara", "a boy
// called Ali".
func namedAs(toks []token, text string, first int) bool {
	j := first - 1
	if j < 0 || !toks[j].alnum() {
		return false
	}
	lw := toks[j].lowered(text)
	if lw == "named" || lw == "called" || lw == "nicknamed" {
		return true
	}
	if lw == "as" && j >= 1 {
		p := toks[j-1].lowered(text)
		if j >= 2 && p == "only" {
			p = toks[j-2].lowered(text)
		}
		return p == "identified" || p == "known" || p == "named"
	}
	return false
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

// fullSurnames records, for each last word of a strong name of two or
// more words, which names end in it (one key and a count suffice).
type fullSurnames map[uint64]struct {
	key   uint64
	count int
}

func surnameKeys(cands []nameCand) fullSurnames {
	m := make(fullSurnames, len(cands))
	for _, c := range cands {
		if !c.strong || len(c.words) < 2 {
			continue
		}
		last, key := c.words[len(c.words)-1], seqKey(c.words)
		e := m[last]
		if e.count == 0 || e.key != key && e.count == 1 {
			if e.count == 0 {
				e.key = key
			}
			e.count++
		}
		m[last] = e
	}
	return m
}

// other reports whether w is the surname of a full name other than self.
func (m fullSurnames) other(w, self uint64) bool {
	e := m[w]
	return e.count > 1 || e.count == 1 && e.key != self
}

// seqKey hashes a name's words in order: the key of a full name.
func seqKey(words []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, w := range words {
		h = (h ^ w) * fnvPrime
	}
	return h
}

// brandShaped: a word with capitals inside that no name prefix explains
// ("JPMorgan", "PayPal", "YouTube") is a brand; "McDonald", "DiCaprio",
// "O'Brien", "LeBron" are names.
func brandShaped(w string) bool {
	inner := false
	for i := 1; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			inner = true
			break
		}
	}
	if !inner {
		// "JPMorgan": two capitals then lower case
		if len(w) > 3 && isASCIIUpper(w[0]) && isASCIIUpper(w[1]) && w[2] != '.' && !isASCIIUpper(w[len(w)-1]) && strings.IndexByte(w, '-') < 0 {
			return true
		}
		return false
	}
	for _, p := range [...]string{"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von", "St", "Fitz", "Ma"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && isASCIIUpper(w[len(p)]) {
			return false
		}
	}
	return !strings.ContainsAny(w, "-'’")
}

// partyTag: the party-and-state tags of US news ("R-Texas", "D-N.Y.").
func partyTag(w string) bool {
	return len(w) > 2 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && isASCIIUpper(w[2])
}

// placeNounAfter: the run is followed by "province", "city", "district"...
func placeNounAfter(toks []token, last int) bool {
	k := last + 1
	return k < len(toks) && toks[k].alnum() && toks[k].is(cPlaceNoun)
}

// pluralOfCommon: "Clouds", "Atheists" are plurals of everyday words, which
// end no name ("Jones", "Adams" are name parts and stay names).
func pluralOfCommon(w string, lx *lexicon) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || lx.isPart(w) {
		return false
	}
	return lx.isCommon(w[:len(w)-1]) && !lx.isPart(w[:len(w)-1])
}

// placeOf: "residents of Khan Younis", "the outskirts of Maidan Shahr":
// the run names a place.
func placeOf(toks []token, text string, first int) bool {
	if first < 2 || !toks[first-1].alnum() || !toks[first-1].isWord(text, "of") {
		return false
	}
	return placeOwners[toks[first-2].lowered(text)]
}

// placeOwners are the nouns of "X of <place>".
var placeOwners = lexicons.Named("sets.txt", "place-owners")

// surnameLikeInstitution: "David Park", "Jane Hall", "Tom Church" end in
// an institution word that is also a surname. A given name before it and
// a person's context after it (a speech verb, an age, a role) make it a
// person; without them "Victoria Park" stays a park.
func surnameLikeInstitution(toks []token, text string, r run) bool {
	if r.last-r.first != 1 || !toks[r.first].is(cGiven) || !toks[r.last].is(cInst) || !toks[r.last].is(cPart) {
		return false
	}
	if _, ok := ageAfter(toks, text, r.last); ok {
		return true
	}
	return spoken(toks, text, r.first, r.last) || roleAfter(toks, text, r.last) != ""
}

// weakCand is a run kept only as a possible mention of a person found
// elsewhere.
func weakCand(toks []token, text string, r run, arena *[]uint64) nameCand {
	c := nameCand{first: r.first, last: r.last, start: int(toks[r.first].start), end: toks[r.last].wordEnd(text), firstEnd: toks[r.first].wordEnd(text), aliasOf: -1}
	setWords(&c, toks, text, arena)
	c.display = text[c.start:c.end]
	return c
}

// setWords gives the candidate its folded words (toks[c.first..c.last]) and
// their shape flags.
func setWords(c *nameCand, toks []token, text string, arena *[]uint64) {
	a := *arena
	from := len(a)
	for i := c.first; i <= c.last; i++ {
		t := toks[i]
		w := t.word(text)
		a = append(a, foldKey(w))
		if t.is(cParticle|cCapParticle) && i-c.first < 8 {
			c.particleAt |= 1 << (i - c.first)
		}
		if i > c.first && (t.is(cGiven|cPart) || strings.IndexByte(w, '-') >= 0) {
			c.tailNameLike = true
		}
	}
	*arena = a
	c.words = a[from:len(a):len(a)]
	c.surnameFirst = c.last > c.first && asianGiven(toks[c.last].word(text))
}

// aliasOf recognises an alias after a full name — "Joko Widodo, known as
// Jokowi", "…, better known as", "…, nicknamed", "(also called …)" — and
// returns the index of the full name's last token, or -1.
func aliasOf(toks []token, text string, first int) int {
	j := first - 1
	for j >= 0 && toks[j].kind == tPunct && strings.ContainsAny(toks[j].word(text), "\"'“‘") {
		j-- // an opening quote around the alias
	}
	if j < 1 || !toks[j].alnum() {
		return -1
	}
	switch toks[j].lowered(text) {
	case "as":
		j--
		if j < 0 || !toks[j].isWord(text, "known") {
			return -1
		}
		j--
		if j >= 0 && toks[j].alnum() {
			switch toks[j].lowered(text) {
			case "better", "also", "widely", "popularly", "commonly":
				j--
			}
		}
	case "nicknamed", "dubbed", "alias", "aka":
		j--
	case "called":
		j--
		if j >= 0 && toks[j].alnum() && toks[j].isWord(text, "also") {
			j--
		}
	default:
		return -1
	}
	if j < 1 || toks[j].kind != tPunct || (toks[j].word(text) != "," && toks[j].word(text) != "(") {
		return -1
	}
	if p := toks[j-1]; p.alnum() && p.capital() {
		return j - 1
	}
	return -1
}

// nameSuffix: "Jr.", "Sr", "II", "III", "XVI" end a name as written.
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "Jnr", "Snr":
		return true
	}
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVX", rune(w[i])) {
			return false
		}
	}
	return true
}
