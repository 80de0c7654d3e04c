package parse

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse/lexicons"
)

// Candidates: a person is found from a run of capitalised words
// (names.go) by evidence — a given name, a title or role, an age, a speech
// verb (roles.go), a name particle or shape. Runs that end in an
// institution word, name a place or a group, or are capitalised only by
// position are rejected. Each run gives at most one candidate; link.go
// links the surnames, titled surnames and possessives among them to the
// full names.

// roleSource says where a mention's role was read, which decides whether
// a later mention's role replaces it (betterRole).
type roleSource uint8

const (
	roleOwn      roleSource = iota // a title, apposition or clause the person is given alone
	roleListed                     // a list's plural: "artists such as Jo Roe"
	roleHeadline                   // the title or a headline, which cut roles short: "US President"
)

// nameCand is the name part of one run.
type nameCand struct {
	start, end int      // byte span of the mention
	words      []uint64 // the name's words as case- and accent-folded hashes (foldKey)
	role       string
	roleFrom   roleSource
	copula     string // a role a copula after it gives ("Roe is the founder"), read when no other role is
	first      int32  // the name's tokens
	last       int32
	firstEnd   int32 // end of the first word
	aliasOf    int32 // for "Joko Widodo, known as Jokowi": the token ending the name it aliases, else -1
	age        int32
	// shape of the words, read from the tokens: a hyphenated given name
	// after the surname ("Kim Jong-un"), words after the first that read
	// as a name, and which words are particles ("da", "bin")
	surnameFirst bool
	tailNameLike bool
	particleAt   uint8
	titled       bool     // a title or honorific stands right before it
	evidence     bool     // age, role apposition or speech verb
	strong       bool     // enough evidence to stand as a person on its own
	given        bool     // a single word that is a given name, not a place or common word
	firstGiven   bool     // the first word is a given name
	marks        candMark // how the candidate is written, for linking
	ev           evidence
}

// article is what the people finder learns of the whole article as it
// reads the runs: the names it has seen naming things ("Hurricane Irma",
// "the novel Angel Catbird", "Sola Airport") and places ("in Sola",
// "Jefferson-based"), by their words' key (seqKey). Linking weighs a name
// that stands alone against them.
type article struct {
	facts keyMap[uint8]
	caps  []run   // the lines in capitals (lineKinds) and speakers' labels in capitals
	toks  []token // the text's tokens, for the lines in capitals
	ages  []int32 // the numbers that may state an age ("21-year-old"), by token
	// titleEnd is where the article's headline line ends (titleSpan), in
	// any case: 0 when there is none
	titleEnd int
}

// urlChunks says, for byte offsets in order, whether the chunk of text
// between white space that holds one is a web address ("https://…",
// "www.…"): the words of a link name no one. Each chunk is read once.
type urlChunks struct {
	text string
	end  int // the end of the chunk read last
	url  bool
}

// in reports whether byte i, where a word starts, is inside a web
// address.
func (uc *urlChunks) in(i int) bool {
	if i < uc.end {
		return uc.url
	}
	// a word after a space, a line break, a quote or a bracket starts its
	// chunk, and a chunk that a capital starts is no address
	if i == 0 {
		return false
	}
	switch uc.text[i-1] {
	case ' ', '\n', '\t', '(', '[', '"', '\'':
		return false
	}
	start := i
	for start > uc.end && !isSpaceByte(uc.text[start-1]) {
		start--
	}
	end := i
	for end < len(uc.text) && !isSpaceByte(uc.text[end]) {
		end++
	}
	chunk := uc.text[start:end]
	uc.end = end
	uc.url = strings.Contains(chunk, "://") || strings.HasPrefix(chunk, "www.") || strings.Contains(chunk, "(www.")
	return uc.url
}

const (
	factThing uint8 = 1 << iota
	factPlace
)

func (a *article) note(key uint64, f uint8) {
	*a.facts.at(key) |= f
}

func (a *article) has(key uint64, f uint8) bool { return a.facts.val(key)&f != 0 }

// candMark says how a candidate is written, for linking; a bit a kind, so
// that the candidates stay small (a long text has hundreds of thousands).
type candMark uint8

const (
	markPlace    candMark = 1 << iota // a lone word written as a place here ("in Jackson", "Jackson, Mississippi")
	markLone                          // a lone word that can only mention someone: its context is not read yet (readLone)
	markFragment                      // what is left of a run that names a thing ("Siemens" of "Siemens Energy")
	markSpeaker                       // a lone word as a speaker's label at a line's start ("Roe: We ...")
)

// findPeople finds the named people of text (read into toks) with their
// roles, ages and every mention.
func findPeople(text string, toks []token) []model.Person {
	return peopleIn(text, toks, titleSpan(text))
}

// peopleIn is findPeople for a text whose headline line (titleSpan) has
// been found: Extract finds it once for every pass.
func peopleIn(text string, toks []token, hl lineSpan) []model.Person {
	sc := peopleScratchPool.Get().(*peopleScratch)
	defer sc.release()
	lx := loadLexicon()
	ages, starts := sc.ages[:0], sc.lines[:0]
	if cap(starts) < len(toks)/32 {
		starts = make([]lineStart, 0, len(toks)/32) // a line with names in 35 tokens
	}
	runs := nameRunsInto(sc.runs[:0], &starts, &ages, toks, text)
	cands := sc.cands[:0]
	if cap(cands) < len(runs)/2 {
		// about half the runs hold a name
		cands = make([]nameCand, 0, len(runs)/2+8)
	}
	// the candidates' words share one backing array: one allocation, not
	// one per name
	arena := sc.arena[:0]
	if cap(arena) < len(runs)+8 {
		arena = make([]uint64, 0, len(runs)+8) // two words in three runs
	}
	lines := lineKinds{toks: toks, text: text}
	urls := urlChunks{text: text}
	// (in the scratch: the linker keeps it, so it would be allocated)
	art := &sc.art
	*art = article{facts: sc.facts}
	art.titleEnd = hl.hi
	var labels []run
	li, line := 0, 0 // the next line start to reach, and the line's first token
	for ri, r := range runs {
		kind := lines.kind
		if li < len(starts) && int(starts[li].run) == ri {
			line = int(starts[li].tok)
			li++
			kind = lines.at(r, line)
		}
		// a table's headings ("Aid pledged"), a link's address (a word
		// after a space starts its chunk of text: no address)
		if p := int(toks[r.first].start); kind == lineTableHead || p > 0 && text[p-1] != ' ' && urls.in(p) {
			continue
		}
		// "LINDQVIST: In 2019 we ...": a speaker's label in capitals
		// mentions the person the body names so
		if r.first == line && toks[r.first].acronym() && r.last+1 < len(toks) && toks[r.last+1].word(text) == ":" {
			labels = append(labels, run{first: r.first, last: r.last})
			continue
		}
		// the candidate is made in its slot: returned by value it was
		// copied twice, a few percent of the people finder
		cands = append(cands, nameCand{})
		if !analyzeRun(&cands[len(cands)-1], toks, text, r, lx, &arena, kind == lineHeadline, art) {
			cands[len(cands)-1] = nameCand{} // so that the pool keeps no text alive
			cands = cands[:len(cands)-1]
		} else if ri >= 2 && nicknamed(toks, text, runs[ri-2], runs[ri-1], r) {
			cands, arena = withNickname(cands, arena, toks, text, runs[ri-2], runs[ri-1])
		}
	}
	art.caps, art.toks, art.ages = append(lines.caps, labels...), toks, ages
	sc.runs, sc.cands, sc.arena, sc.facts, sc.ages, sc.lines = runs, cands, arena, art.facts, ages, starts
	return linkPeople(text, cands, art)
}

// nicknamed reports whether runs given, nick and surname are a name with
// a nickname in quotes inside it: `Pasquale "Pat" Di Cicco`, `Matiu
// "Matt" Ratana`, `Edward Lodewijk "Eddie" Van Halen`. The given names
// are given names the lexicon knows or words it knows nothing of, after
// any titles.
func nicknamed(toks []token, text string, given, nick, surname run) bool {
	// (asked after most runs: the positions rule nearly all out)
	if given.last+2 != nick.first || nick.last+2 != surname.first || toks[given.last+1].kind != tPunct {
		return false
	}
	g := toks[given.last]
	if nick.first != nick.last || g.poss() || !g.is(cGiven) && g.is(cCommon|cStop|cInst|cTitle|cTime) {
		return false
	}
	first := firstGivenOf(toks, given)
	if given.last-first >= 3 {
		return false
	}
	for i := first; i < given.last; i++ {
		if t := toks[i]; t.poss() || !t.is(cGiven) {
			return false // "Sergeant Matiu", "Edward Lodewijk", not "Lee Matiu"
		}
	}
	open, closing := given.last+1, nick.last+1
	return open+1 == nick.first && closing+1 == surname.first && quoteMark(toks[open].word(text)) && quoteMark(toks[closing].word(text))
}

// firstGivenOf returns the first token of run r after its titles,
// honorifics and roles ("Actor Tom"): where the given names start.
func firstGivenOf(toks []token, r run) int {
	i := r.first
	for i < r.last && toks[i].is(cTitle|cHonorific|cRole) && !toks[i].is(cGiven) {
		i++
	}
	return i
}

// ownedRoles are the roles held in a team or a firm (sets.txt).
var ownedRoles = lexicons.Named("sets.txt", "owned-roles")

// noteOwnerBefore notes the capitalised words before a team's or a
// firm's role before the name at first as a thing: "West Ham manager
// David Moyes" makes "West Ham" a team wherever it stands ("West Ham
// beat Aston Villa"), "Apple CEO Tim Cook" makes "Apple" a firm.
func noteOwnerBefore(toks []token, text string, first int, art *article) {
	j := first - 1
	if j < 1 || toks[j].kind != tWord || toks[j].capital() && !toks[j].acronym() || !ownedRoles[new(foldBuf).of(toks[j].word(text))] {
		return
	}
	const maxOwnerWords = 4
	k := j - 1
	for k >= 0 && j-k <= maxOwnerWords && toks[k].kind == tWord && toks[k].capital() && !toks[k].is(cStop|cTitle|cHonorific) {
		k--
	}
	if k == j-1 || k >= 0 && toks[k].kind == tWord && toks[k].capital() {
		return // no words, or more than a team's name holds
	}
	art.note(tokensKey(toks, text, k+1, j-1), factThing)
}

// dateContext reports whether the month at i is written as a time: by
// a number ("24 May", "May 24"), after a word that opens a time phrase
// ("in May", "since June", "between April and May"), or as the modal
// verb ("May I", "may be"); never when it is a possessive.
func dateContext(toks []token, text string, i int) bool {
	if toks[i].poss() {
		return false // "in protest to May's deal": a month owns nothing
	}
	if numberAfter(toks, i) || i > 0 && (toks[i-1].digit() || toks[i-1].kw() != nil && toks[i-1].kw().isNum) {
		return true
	}
	if i > 0 && toks[i-1].kind == tWord {
		switch new(foldBuf).of(toks[i-1].word(text)) {
		case "in", "on", "since", "until", "till", "by", "from", "during", "last", "next", "early", "late", "mid", "of",
			"this", "through", "before", "after", "and", "to", "or", "each", "every":
			return true
		}
	}
	if i+1 < len(toks) && toks[i+1].kind == tWord {
		switch new(foldBuf).of(toks[i+1].word(text)) {
		case "i", "we", "you", "they", "he", "she", "it", "be", "not", "have", "also", "well":
			return true
		}
	}
	return i+2 < len(toks) && toks[i+1].word(text) == "," && toks[i+2].digit()
}

// numberAfter reports a number right after token i, digits or a number
// word: "Day one", "Hall 3" are a day's and a hall's, no one's.
func numberAfter(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.digit() || n.kw() != nil && n.kw().isNum
}

// quoteMark reports a quotation mark, straight or curly, single or double.
func quoteMark(w string) bool {
	switch w {
	case "\"", "'", "“", "”", "‘", "’":
		return true
	}
	return false
}

// withNickname makes the last candidate, the surname after a quoted
// nickname, the whole name from the given name on: one mention from
// the given name to the surname, the given name its first word. The
// candidates the given name and the nickname made alone are dropped,
// their role and age kept.
func withNickname(cands []nameCand, arena []uint64, toks []token, text string, given, nick run) ([]nameCand, []uint64) {
	c := cands[len(cands)-1]
	for len(cands) > 1 {
		p := &cands[len(cands)-2]
		if int(p.last) != given.last && int(p.first) != nick.first {
			break
		}
		if c.role == "" {
			c.role, c.roleFrom = p.role, p.roleFrom
		}
		if c.age == 0 {
			c.age = p.age
		}
		c.ev |= p.ev
		// "Sergeant Frank "Greg" Ford reports": the surname alone was a
		// lone word, but the whole name is as strong as its given name
		c.strong = c.strong || p.strong
		cands = cands[:len(cands)-1]
		cands[len(cands)-1] = nameCand{}
	}
	c.marks &^= markLone
	cands[len(cands)-1] = c
	c = cands[len(cands)-1]
	first := firstGivenOf(toks, given)
	from := len(arena)
	for i := first; i <= given.last; i++ {
		arena = append(arena, foldKey(toks[i].word(text)))
	}
	arena = append(arena, c.words...)
	c.words = arena[from:len(arena):len(arena)]
	c.first, c.start, c.firstEnd = int32(first), int(toks[first].start), int32(toks[first].wordEnd(text))
	c.particleAt <<= given.last - first + 1
	c.tailNameLike, c.firstGiven, c.surnameFirst = true, true, false
	c.titled = c.titled || first > given.first
	cands[len(cands)-1] = c
	return cands, arena
}

// peopleScratch holds findPeople's working slices between calls: the
// runs and candidates of an article were allocated and cleared afresh on
// every call. Nothing of them reaches the returned people (linkPeople
// copies what it keeps).
type peopleScratch struct {
	runs  []run
	cands []nameCand
	arena []uint64
	facts keyMap[uint8] // article.facts
	ages  []int32       // article.ages
	lines []lineStart   // where the lines with runs start
	art   article       // what the candidates noted of the article
}

var peopleScratchPool = sync.Pool{New: func() any { return new(peopleScratch) }}

// maxPooledRuns bounds what the pool keeps: the runs of a 32 MiB text,
// the most factpane reads by default (a 10 MB text has 200,000). A long
// text's buffers are worth keeping as the tokens are (maxPooledTokens);
// the pool drops an idle one after two garbage collections.
const maxPooledRuns = 1 << 20

// maxPooledFacts bounds the article facts the pool keeps: clearing a
// large map costs more than making a new one.
const maxPooledFacts = 1 << 13

// release returns the slices to the pool, the candidates cleared so they
// do not keep the text alive; oversized ones are left to the collector.
func (ps *peopleScratch) release() {
	if cap(ps.runs) > maxPooledRuns {
		return
	}
	clear(ps.cands)
	ps.cands = ps.cands[:0]
	ps.art = article{} // so that the pool keeps no text alive
	if ps.facts.len() > maxPooledFacts {
		ps.facts = keyMap[uint8]{}
	}
	ps.facts.reset()
	peopleScratchPool.Put(ps)
}

// analyzeRun finds the name inside run r: the longest tail of the run whose
// words can belong to a name; what precedes it is a title or context. Its
// stages: trim the run to the name, make the candidate, reject things that
// are no person, weigh the evidence.
func analyzeRun(c *nameCand, toks []token, text string, r run, lx *lexicon, arena *[]uint64, headline bool, art *article) bool {
	nm, v := trimRun(toks, text, r, lx, headline)
	switch v {
	case verdictNone:
		// "Sola Airport", "Lisbon Metro", "Ford Motor Company": the first
		// word alone names the body too ("Ford said")
		f := r.first
		for f < r.last && toks[f].is(cStop|cTime) {
			f++ // "On Friday Ford Motor Company"
		}
		if (r.last == f+1 || r.last == f+2 && toks[f+1].is(cCommon) && !toks[f+1].is(cGiven|cPart)) &&
			toks[r.last].is(cInst) && !toks[f].is(cTitle|cHonorific) {
			art.note(seqKey([]uint64{foldKey(toks[f].word(text))}), factThing)
		}
		// "Hagia Sophia Museum": the two words before the head name the
		// building too ("Hagia Sophia"), unless a given name opens them
		// ("the Bill Gates Foundation" leaves Bill Gates a person)
		if r.last == f+2 && toks[r.last].is(cInst) && !toks[f].is(cTitle|cHonorific|cGiven) && !toks[f+1].is(cInst) {
			art.note(seqKey([]uint64{foldKey(toks[f].word(text)), foldKey(toks[f+1].word(text))}), factThing)
		}
		if r.first == r.last {
			if w := toks[r.first].word(text); strings.HasSuffix(w, "-based") {
				art.note(seqKey([]uint64{foldKey(w[:len(w)-len("-based")])}), factPlace) // "Jefferson-based"
			}
		}
		return false
	case verdictWeak:
		weakCand(c, toks, text, nm.r, arena)
		c.marks |= markFragment
		if !headline {
			c.ev = evBody
		}
		return true
	}
	nm.cand(c, toks, text, arena)
	if thing, no := noPerson(toks, text, &nm, c, lx); no {
		if thing {
			art.note(seqKey(c.words), factThing)
		} else if c.titled && nm.n() == 1 {
			// "Captain Rochester": no person of its own, but a mention
			// of someone named so in full
			c.marks |= markLone
			if !headline {
				c.ev = evBody
			}
			return true
		}
		return false
	}
	ok := weighName(toks, text, &nm, c, lx)
	if ok && !headline {
		c.ev |= evBody
	}
	// A headline capitalises every noun: "Veteran Wraps Baby", "Student
	// Dies" hold a role noun and a verb, not a role and a name. A role
	// before a headline's name says nothing until the body names the
	// person (a title, "Senator Jo Roe Dies", still does).
	if ok && headline && !c.titled && c.role != "" && c.role == roleBefore(toks, text, nm.first) {
		c.ev &^= evRole
	}
	if c.role != "" && c.roleFrom == roleOwn && (headline || c.start < art.titleEnd) {
		c.roleFrom = roleHeadline
	}
	if ok && c.role != "" {
		noteOwnerBefore(toks, text, nm.first, art)
	}
	if ok && c.role == "" && copulaAhead(toks, text, int(c.last)) {
		c.copula = roleCopula(toks, text, int(c.last))
	}
	if ok && nm.n() == 1 && speakerLabel(toks, text, nm.first, nm.tail) {
		c.marks |= markSpeaker
	}
	if c.marks&markPlace != 0 {
		art.note(seqKey(c.words), factPlace) // kept or not, its other mentions are the place's too
	}
	return ok
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
func trimRun(toks []token, text string, r run, lx *lexicon, headline bool) (runName, runVerdict) {
	// "Robert F. Kennedy Jr.", "King Charles III": a generational or
	// regnal suffix belongs to the name as written, not to its words
	// "Sarah Jennings QC", "Jo Roe MP": post-nominal letters drop off
	for r.last > r.first && toks[r.last].upper() && toks[r.last].end-toks[r.last].start <= 4 && postNominals[strings.TrimSuffix(toks[r.last].word(text), ".")] {
		r.last--
	}
	// "Fourteen-year-old Zoe said": an age in words opens the sentence,
	// not the name (ageBefore reads it)
	if w := toks[r.first].word(text); r.first < r.last && len(w) > len("-year-old") && strings.EqualFold(w[len(w)-4:], "-old") {
		if _, ok := yearOld(w); ok {
			r.first++
		}
	}
	suffix := -1
	if r.last > r.first && nameSuffix(toks[r.last].word(text)) {
		suffix = r.last
		r.last--
	}
	// An institution or title word at the end makes the run no person
	// ("Johns Hopkins Hospital", "Interior Minister"); an everyday word
	// there is a headline's verb or noun and drops off ("Manhunt For Salah
	// Abdeslam Continues", "Malaysia Tourism"). In prose a run that ends
	// in one names a thing ("Civil Aviation", "Long Range Identification"):
	// what is left of it may only mention a person named elsewhere.
	trimmed := false
	for !compatible(toks, text, r, r.last, true, lx) {
		t := toks[r.last]
		if surnameLikeInstitution(toks, text, r) {
			break // "said David Park", "Jane Hall, 34"
		}
		if r.last-r.first == 1 && toks[r.first].is(cGiven) && t.is(cInst) && t.is(cPart) ||
			r.last == r.first && t.is(cInst) && (t.is(cAsianSurname) || t.is(cPart)) && !numberAfter(toks, r.last) {
			// "by David Park and ...", "Park said", "Day said" (of Doris
			// Day): no person by itself, but a mention of one named so
			// with context elsewhere
			return runName{r: r}, verdictWeak
		}
		// "May's Brexit deal", "May said" (of Theresa May): a month that
		// is a surname too, out of a date, mentions one named so
		if r.last == r.first && t.is(cTime) && t.is(cPart) && !dateContext(toks, text, r.first) {
			return runName{r: r}, verdictWeak
		}
		// "Queloz and Mayor, both from Switzerland" (of Michel Mayor): a
		// title that is a surname too, before no name and after no
		// article, likewise
		if r.last == r.first && t.is(cTitle) && t.is(cPart) && !(r.first > 0 && determiner(toks[r.first-1], text)) &&
			!(r.last+1 < len(toks) && toks[r.last+1].alnum() && toks[r.last+1].capital()) {
			return runName{r: r}, verdictWeak
		}
		if r.last == r.first || t.acronym() || !t.is(cCommon) || t.is(cInst|cTitle|cHonorific|cGroup|cTime|cDemonym) {
			return runName{}, verdictNone
		}
		r.last--
		trimmed = true
	}
	if trimmed && !headline {
		return runName{r: r}, verdictWeak
	}
	k := r.last
	// names run to a handful of words; the bound keeps every later step
	// (joins, place checks) linear on any input, even a text that is one
	// endless capitalised run
	// ("Senior Advisors Jo Roe": a role in the plural ends the words before)
	for k > r.first && r.last-k < maxNameWords-1 && compatible(toks, text, r, k-1, false, lx) && (toks[k-1].is(cGiven|cPart) || !pluralRole(toks[k-1].word(text))) {
		k--
	}
	// a name starts with a capitalised word, not a particle
	for k < r.last && !toks[k].capital() {
		k++
	}
	// "Sergeant First Class Jo Roe", "Petty Officer Second Class Jo
	// Roe": the grade of a rank is the title's
	if k > r.first && k+2 <= r.last && rankGrade(toks, text, k+1) {
		k += 2
	}
	// "Governor of Washington Chris Gregoire", "US Chancellor": a place
	// word before a given name belongs to the title when the run follows
	// "of" or the place is not itself a name ("Martin Luther King" stays)
	// After "of" the place words are the body's whatever name follows
	// ("University of Texas Arlington Amneh Jafari").
	var before token // the word before the run, if a function word
	if r.first > 0 && toks[r.first-1].is(cStop) {
		before = toks[r.first-1]
	}
	afterOf := before.is(cStop) && (before.isWord(text, "of") ||
		(before.isWord(text, "to") || before.isWord(text, "from")) && envoyTo(toks, text, r.first-1))
	// "Chief Executive of Hong Kong Ann Hale": a place of two words
	if afterOf && k+2 < r.last && toks[k+2].is(cGiven) && toks[k].capital() && toks[k+1].capital() && lx.isPlace(text[toks[k].start:toks[k+1].end]) {
		k += 2
	}
	// "in Paris Benoit Tessier" (a caption's place, then its credit): a
	// place after "in" or "at" is the place even when it is a given name
	// too, if a given name and another word follow it
	afterIn := before.is(cStop) && (before.isWord(text, "in") || before.isWord(text, "at"))
	for k+1 < r.last && lx.isPlaceTok(toks[k], text) && !toks[k+1].is(cParticle|cCapParticle) &&
		(toks[k+1].is(cGiven) || lx.isPlaceTok(toks[k+1], text) || afterOf && !toks[k+1].is(cCommon)) &&
		(!toks[k].is(cGiven|cPart) || k > r.first || afterOf || afterIn && toks[k+1].is(cGiven)) {
		k++
	}
	// "Nonpartisan Paul Tse": an unknown word opening the sentence before a
	// given name is not part of the name, nor is an everyday word before
	// anything but a given name, nor a sentence adverb ("Even Mysore
	// Yard", though "Even" is a given name too)
	// A given name that is a surname too, last in the run, is the name's
	// surname: "Amneh Jafari, a student" keeps "Amneh".
	if k < r.last && toks[k].sent() && (toks[k].is(cAdverb) ||
		!toks[k].is(cGiven|cPart|cCapParticle) && (toks[k+1].is(cGiven) && !toks[k+1].is(cParticle|cCapParticle) &&
			(k+1 < r.last || !toks[k+1].is(cPart)) || toks[k].is(cCommon))) {
		k++
	}
	if k == r.last && toks[k].sent() && toks[k].is(cAdverb) {
		return runName{}, verdictNone // "Rather, the leader of the party"
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

// compatible reports whether run word i can be part of a person's name.
// rightmost is true for the run's last word.
func compatible(toks []token, text string, r run, i int, rightmost bool, lx *lexicon) bool {
	t := toks[i]
	lw := t.word(text) // classOf folds case
	if !t.capital() {
		return t.is(cParticle)
	}
	prevGiven := i > r.first && toks[i-1].capital() && toks[i-1].is(cGiven) && !toks[i-1].is(cTitle)
	// Most words of a run are written as a name is, a capital and then
	// lower-case letters ("Paris"): such a word is no acronym and has no
	// hyphen, apostrophe, digit, inner capital or full stop, so the
	// checks of those, which read the word over and over, are skipped.
	if !capitalThenLower(lw) {
		if ok, known := oddShapeCompatible(toks, text, r, i, rightmost, lx); known {
			return ok
		}
	}
	switch {
	case t.is(cInst):
		// "Park Joo-ho", "Park Ji Sung": a Korean surname before its
		// given name
		if i < r.last && (asianGiven(toks[i+1].word(text)) && utf8.RuneCountInString(t.word(text)) <= 5 || surnameFirst(toks, text, r, i)) {
			return true
		}
		return false
	case !rightmost && i == r.first && t.sent() && t.is(cRole|cRoleNoun) && !t.is(cGiven) && toks[i+1].capital() && toks[i+1].is(cGiven):
		return false // "Striker Marcus Lyle": a role noun that opens the sentence, though a surname too
	case !rightmost && !t.is(cPart|cGiven) && agentNoun(t.word(text)):
		return false // "Scientologist Tom Cruise": a role before the name
	case t.is(cTitle | cHonorific):
		// "Carole King", "Martin Luther King": a title word ends a name after given names
		// ("Physicist Pierre Mayor", "Prime Minister John Major": after a
		// title or role and a given name, likewise)
		return rightmost && prevGiven && (i-1 == r.first || toks[i-2].capital() && toks[i-2].is(cGiven|cPart|cTitle|cHonorific|cRole|cRoleNoun))
	case t.is(cGroup | cDemonym):
		return false
	case t.is(cTime):
		// a month that name lists know as a surname ends a name after a
		// given name ("Theresa May", "Jenny March"), not before a day's
		// number; a weekday does not ("Easter Sunday", "Black Friday")
		if !rightmost && i == r.first && monthGivenName(toks, text, i) {
			return true // "June Hale", "Jan Egeland"
		}
		return rightmost && prevGiven && t.is(cPart) && !(len(lw) > 3 && lowerASCIIEqual(lw[len(lw)-3:], "day")) &&
			!(i+1 < len(toks) && toks[i+1].digit()) // "James January 12" is a date
	case t.is(cCapParticle):
		return true // "Umm Ahmed", "Abu Obeida"
	case t.is(cCommon) && !t.is(cGiven|cPart):
		// a capitalised token holds its word's classes (tokenize): no
		// lookup needed. "Johnnie Christmas", "Captain Hale", "Moon Jae
		// In"; not "Interior" of "Interior Minister"
		return prevGiven && (i-1 == r.first || toks[i-2].is(cTitle|cHonorific)) ||
			rightmost && i > r.first && toks[i-1].is(cTitle|cHonorific) && toks[i-1].capital() && !toks[i-1].is(cAdjTitle) ||
			surnameFirst(toks, text, r, i)
	}
	return true
}

// oddShapeCompatible is compatible's verdict on word i of run r that is
// not a capital and lower-case letters, from the word's shape: a
// hyphen, an apostrophe, digits, capitals inside, a full stop. known is
// false when the shape says nothing, and the word's classes decide.
func oddShapeCompatible(toks []token, text string, r run, i int, rightmost bool, lx *lexicon) (ok, known bool) {
	t := toks[i]
	lw := t.word(text)
	hyphen := strings.IndexByte(lw, '-')
	if hyphen > 0 && wordPrefix(lw[:hyphen]) {
		return false, true // "Un-Angry", "Anti-War", "Ex-Wife": a prefix opens no name
	}
	if codeWord(lw) {
		return false, true // "Page A22", "Gate B4": a code, no name word
	}
	if c := hyphen; c > 0 && !asianGiven(lw) {
		// "Muslim-majority", "Co-founder", "Prize-winner", "Paris-based"
		head, tail := lw[:c], lw[c+1:]
		if tail != "" && lw[c+1] >= 'a' && lw[c+1] <= 'z' && lx.classOf(tail)&(cCommon|cTitle) != 0 &&
			(lx.classOf(head)&(cGroup|cDemonym|cCommon) != 0 || lx.isPlace(head) || len(head) <= 3) {
			return false, true
		}
		// "Fact-Checker", "Gate-Keeper" in title case: two everyday
		// words that no name list knows make a compound noun
		const nameWord = cGiven | cPart | cFamous
		if hc, tc := lx.classOf(head), lx.classOf(tail); tail != "" && hc&cCommon != 0 && tc&cCommon != 0 && (hc|tc)&nameWord == 0 {
			return false, true
		}
	}
	// "Saint-Germain", "San-Francisco", "Paris Saint-Germain"; but a
	// surname after another name word: "Jenn St-Onge", "Georges St-Pierre"
	if h := hyphen; h > 0 && lx.classOf(lw[:h])&cNamedThing != 0 &&
		!(i > r.first && toks[i-1].capital() && !toks[i-1].is(cCommon|cInst|cTitle|cHonorific|cNamedThing) && !lx.isPlaceTok(toks[i-1], text)) {
		return false, true
	}
	if a := indexApostrophe(lw); a > 0 && lx.classOf(lw[:a])&cStop != 0 {
		return false, true // "I'm", "It's"
	}
	switch {
	// (ship prefixes are written in capitals: acronyms)
	case t.acronym():
		// "JK Rowling", "AN Wilson": initials without dots before a surname
		return !rightmost && initialsAt(toks, text, r, i, lx), true
	case brandShaped(lw), partyTag(lw):
		return false, true
	case rightmost && strings.HasSuffix(lw, "."):
		return false, true // initials end no name: "East L.A."
	}
	return false, false
}

// codeWord reports whether w is a code of one or two letters and digits
// ("A22", "B4"), as pages, gates and seats are numbered.
func codeWord(w string) bool {
	k := 0
	for k < len(w) && k < 2 && isASCIIUpper(w[k]) {
		k++
	}
	if k == 0 || k == len(w) {
		return false
	}
	for ; k < len(w); k++ {
		if !isASCIIDigit(w[k]) {
			return false
		}
	}
	return true
}

// wordPrefix reports whether p, written before a hyphen, is an English
// prefix that makes a new word of the one after it ("un-angry",
// "anti-war", "ex-wife"), never a name's first part.
func wordPrefix(p string) bool {
	// (lowered on the stack: a capital's prefix was a new string)
	switch new(foldBuf).of(p) {
	case "un", "non", "anti", "pro", "pre", "post", "ex", "self", "semi", "mid", "multi", "co", "re", "over", "under", "counter":
		return true
	}
	return false
}

// monthGivenName reports a month's name that is a given name opening a
// name at token i ("June Hale", "April Ross", "Jan Egeland"): no time
// preposition comes before it ("In April Tom Hale said", "since June").
func monthGivenName(toks []token, text string, i int) bool {
	if !givenMonths[new(foldBuf).of(toks[i].word(text))] {
		return false
	}
	if n := toks[i+1]; !n.capital() || !n.alnum() || n.is(cTime|cStop) || n.is(cCommon) && !n.is(cPart) {
		return false // "June New York": an everyday word after it
	}
	if p := i - 1; p >= 0 && toks[p].alnum() {
		switch new(foldBuf).of(toks[p].word(text)) {
		case "in", "on", "since", "until", "till", "by", "from", "to", "last", "next", "this", "early", "late", "mid", "of", "during":
			return false
		}
	}
	return true
}

// givenMonths are the months often given as first names.
var givenMonths = lexicons.Named("sets.txt", "given-months")

// initialsAt: toks[i] opens the run "JK Rowling": two capitals that no
// list knows (no title, body, place or word: "PM Modi", "PC Hale", "UN
// Women" are not initials), then the run's last word, a known surname
// that is no given name or everyday word.
func initialsAt(toks []token, text string, r run, i int, lx *lexicon) bool {
	t := toks[i]
	if i != r.first || i+1 != r.last || t.end-t.start != 2 || t.cls != 0 || lx.isPlaceTok(t, text) {
		return false
	}
	w := t.word(text)
	if postNominals[w] || acronymTitles[w] {
		return false
	}
	s := toks[i+1]
	return !s.acronym() && s.is(cPart|cFamous) && !s.is(cGiven|cCommon|cInst) && !lx.isPlaceTok(s, text)
}

// acronymTitles are titles and positions written as two capitals before a
// surname: "PM Modi", "PC Hale", "QB Brady".
var acronymTitles = lexicons.Named("sets.txt", "acronym-titles")

// surnameLikeInstitution: "David Park", "Jane Hall", "Tom Church" end in
// an institution word that is also a surname. A given name before it and
// a person's context after it (a speech verb, an age, a role) make it a
// person; without them "Victoria Park" stays a park.
func surnameLikeInstitution(toks []token, text string, r run) bool {
	// "Actor Doris Day", "Professor Jane Hall": a title or role before
	// the given name says as much as the context after it
	titled := r.last-r.first == 2 && toks[r.first].capital() && toks[r.first].is(cTitle|cHonorific|cRole|cRoleNoun) && !toks[r.first].is(cGiven)
	if titled {
		r.first++
	}
	if r.last-r.first != 1 || !toks[r.first].is(cGiven) || !toks[r.last].is(cInst) || !toks[r.last].is(cPart) || toks[r.last].is(cPlaceNoun) {
		return false // "Marlow Province said": a province is no surname
	}
	if titled {
		return true
	}
	// a given name that is a place too needs more than speech: bodies
	// speak ("The Korea Herald reported")
	placeLed := loadLexicon().isPlaceTok(toks[r.first], text)
	if _, ok := ageAfter(toks, text, r.last); ok {
		return true
	}
	return !placeLed && spoken(toks, text, r.first, r.last) || roleAfter(toks, text, r.last) != ""
}

// cand makes c, zero, the candidate of the name: its words, span and
// title.
func (nm runName) cand(c *nameCand, toks []token, text string, arena *[]uint64) {
	first, last, r, prev := nm.first, nm.last, nm.r, nm.prev
	c.first, c.last, c.start, c.end, c.aliasOf = int32(first), int32(last), int(toks[first].start), toks[nm.tail].wordEnd(text), -1
	setWords(c, toks, text, arena)
	if nm.n() == 1 || first > 0 && toks[first-1].isWord(text, "name") || first > 0 && toks[first-1].isWord(text, "as") {
		c.aliasOf = int32(aliasOf(toks, text, first))
	}
	c.firstEnd = int32(toks[first].wordEnd(text))
	c.titled = prev.is(cTitle | cHonorific)
	if !c.titled && first > 0 && first == r.first {
		if p := toks[first-1]; p.alnum() && p.is(cTitle|cHonorific) {
			c.titled = true
		}
	}
	if c.titled && nm.n() == 1 && prev.is(cRegnal) {
		c.start = int(toks[first-1].start)
	}
}

// weakCand makes c, zero, the candidate of a run kept only as a possible
// mention of a person found elsewhere.
func weakCand(c *nameCand, toks []token, text string, r run, arena *[]uint64) {
	c.first, c.last, c.start, c.end = int32(r.first), int32(r.last), int(toks[r.first].start), toks[r.last].wordEnd(text)
	c.firstEnd, c.aliasOf = int32(toks[r.first].wordEnd(text)), -1
	setWords(c, toks, text, arena)
}

// setWords gives the candidate its folded words (toks[c.first..c.last]) and
// their shape flags.
func setWords(c *nameCand, toks []token, text string, arena *[]uint64) {
	a := *arena
	from := len(a)
	first, last := int(c.first), int(c.last)
	for i := first; i <= last; i++ {
		t := toks[i]
		w := t.word(text)
		a = append(a, foldKey(w))
		if t.is(cParticle|cCapParticle) && i-first < 8 {
			c.particleAt |= 1 << (i - first)
		}
		if i > first && (t.is(cGiven|cPart) || strings.IndexByte(w, '-') >= 0) {
			c.tailNameLike = true
		}
	}
	*arena = a
	c.words = a[from:len(a):len(a)]
	c.surnameFirst = last > first && (asianGiven(toks[last].word(text)) || surnameFirst(toks, text, run{first, last}, first))
}

// surnameFirst: toks[i] is an East Asian family name written before a
// given name of one or two short syllables, in run r: "Park Ji Sung",
// "Moon Jae In", "Lee Kuan Yew", "Xi Jinping" (the family name may be an
// English word: "Park", "Moon", "Song").
func surnameFirst(toks []token, text string, r run, i int) bool {
	if !toks[i].is(cAsianSurname) || i+1 > r.last || i > r.first && toks[i-1].is(cGiven) && !toks[i-1].is(cAsianSurname) {
		return false // "Robert Park", "Spike Lee"
	}
	n := 0
	for j := i + 1; j <= r.last && j <= i+2; j++ {
		w := toks[j].word(text)
		if !isASCIILetters(w) || len(w) < 2 || len(w) > 7 || hasASCIIUpper(w[1:]) || toks[j].is(cTitle|cInst) {
			return false
		}
		n++
	}
	// two syllables ("Ji Sung") or one that no Western list has ("Jinping")
	return n == 2 && r.last == i+2 || n >= 1 && r.last == i+1 && !toks[i+1].is(cGiven|cCommon) && len(toks[i+1].word(text)) > 4
}

// fullNameBefore returns the last token of the nearest full name (a
// given name, then a capitalised word) before token k in its sentence,
// within a few words, or -1.
func fullNameBefore(toks []token, text string, k int) int {
	for j := k; j >= 1 && k-j < 30; j-- {
		t := toks[j]
		if t.kind == tBreak || t.kind == tPunct && (t.word(text) == "." || t.word(text) == ";") {
			return -1
		}
		if t.alnum() && t.capital() && toks[j-1].alnum() && toks[j-1].capital() && toks[j-1].is(cGiven) && (j+1 >= len(toks) || !toks[j+1].alnum() || !toks[j+1].capital()) {
			return j
		}
	}
	return -1
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
	switch new(foldBuf).of(toks[j].word(text)) {
	case "name":
		// "who performed under the ring name Luke Harper": the name the
		// clause is about, a full name a little before it
		if k := j - 1; k >= 2 && (toks[k].isWord(text, "ring") || toks[k].isWord(text, "stage") || toks[k].isWord(text, "pen") || toks[k].isWord(text, "screen")) {
			return fullNameBefore(toks, text, k-1)
		}
		return -1
	case "as":
		j--
		if j >= 0 && toks[j].isWord(text, "professionally") && j >= 1 && toks[j-1].isWord(text, "known") {
			return fullNameBefore(toks, text, j-1) // "Jo Roe, known professionally as"
		}
		if j < 0 || !toks[j].isWord(text, "known") {
			return -1
		}
		j--
		if j >= 0 && toks[j].alnum() {
			switch new(foldBuf).of(toks[j].word(text)) {
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
