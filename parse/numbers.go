package parse

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factpane/factpane/parse/lexicons"
)

// The number grammar: how news writes an amount. A number is digits
// ("1,250", "12.5", "3bn"), words ("seven", "twenty-three", "one hundred
// and five", "a dozen") or a vague amount ("dozens", "tens of thousands"),
// with a scale ("1.2 million"), a currency ("$4.5 billion", "2.5 billion
// lira"), a unit ("17 per cent", "three months", "magnitude 6.3"), a
// qualifier before it ("more than", "up to") and a second end ("between 20
// and 30", "seven to 11"). nonFigure then rejects what only looks like a
// number of things: years, dates, times, ordinals, ages, scores, phone,
// street, model and article numbers, and numbers inside names.

// numKind says what a number's unit makes it.
type numKind uint8

const (
	nkCount numKind = iota
	nkMoney
	nkPercent
	nkDuration
	nkMeasure
	nkReject // an age or a date found while reading the unit
)

// numExpr is one number as the text writes it.
type numExpr struct {
	first, last int // tokens of the number and its unit; the qualifier is not included
	start, end  int // byte span of the mention
	value       float64
	max         float64
	hasMax      bool
	approx      bool
	qual        string
	unit        string
	kind        numKind
	// isOne marks a bare "one" or "1": far more often a determiner ("one
	// activist") than a count, so it is kept only where the clause says
	// what happened to that one.
	isOne bool
	// earlier marks the first value of a revision ("rose from 45 to 61").
	earlier bool
	// compound is the noun glued to the number by a hyphen ("ten-storey").
	compound string
	// qFirst is the first token of the qualifier or currency before the
	// number (first when there is none): the clause is read from there.
	qFirst int
}

// figLine is one line of the article, tokenised, with what the figure
// finder needs to know about it.
type figLine struct {
	text      string // the whole article: token offsets index it
	toks      []token
	titleCase bool // a Title Case Headline: capitals say nothing there
	ages      *ageIndex
}

// str is token i's text, or "" past either end of the line.
func (l *figLine) str(i int) string {
	if i < 0 || i >= len(l.toks) {
		return ""
	}
	return l.text[int(l.toks[i].start):int(l.toks[i].end)]
}

func (l *figLine) is(i int, w string) bool {
	// This is asked of nearly every word around a number, and most differ
	// at their first letter: two ASCII bytes fold equal only as the same
	// letter in either case (non-ASCII ones, like "K" for Kelvin, are left
	// to EqualFold), and two that differ in more than the case bit differ,
	// letters or not. That settles most calls without EqualFold. (A token is never
	// empty, nor is w.)
	if uint(i) >= uint(len(l.toks)) {
		return false
	}
	if a, b := l.text[int(l.toks[i].start)], w[0]; a|0x20 != b|0x20 && a|b < utf8.RuneSelf {
		return false
	}
	return l.isFold(i, w)
}

// isFold is is's call to EqualFold, for the words whose first bytes
// could fold equal.
func (l *figLine) isFold(i int, w string) bool { return strings.EqualFold(l.str(i), w) }

func (l *figLine) punct(i int, set string) bool {
	if i < 0 || i >= len(l.toks) || l.toks[i].kind != tPunct {
		return false
	}
	return strings.Contains(set, l.str(i))
}

func (l *figLine) cls(i int, c figClass) bool {
	return i >= 0 && i < len(l.toks) && l.toks[i].kw() != nil && l.toks[i].kw().cls&c != 0
}

func (l *figLine) adjacent(i, j int) bool {
	return i >= 0 && j < len(l.toks) && int(l.toks[i].end) == int(l.toks[j].start)
}

// sentenceStart reports whether token i opens a sentence, a quotation, a
// list item or a line.
func (l *figLine) sentenceStart(i int) bool {
	for i > 0 && l.punct(i-1, "\"“‘'(") {
		i--
	}
	// an initial or an abbreviated title keeps its full stop, which may
	// also end the sentence
	return i == 0 || l.punct(i-1, ".!?:;–—-•*") || l.toks[i-1].kind == tWord && strings.HasSuffix(l.str(i-1), ".")
}

// startsNumber reports whether token i can begin a number.
func (l *figLine) startsNumber(i int) bool {
	t := l.toks[i]
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
		if kw.cls&fcNumLead == 0 {
			return false
		}
	} else if !t.hyphen() {
		return false
	} else if h := strings.IndexByte(l.str(i), '-'); h > 0 {
		if fw := loadLexicon().keyword(l.str(i)[:h]); fw != nil && fw.isNum {
			return true
		}
		if fw := loadLexicon().keyword(l.str(i)[:h]); fw != nil && fw.unit == "magnitude" && h+1 < len(l.str(i)) && isASCIIDigit(l.str(i)[h+1]) {
			return true
		}
	}
	switch {
	case l.is(i, "a") || l.is(i, "an"):
		if i+1 < len(l.toks) {
			n := l.toks[i+1].kw()
			return n != nil && (n.scale >= 100 || n.cls&fcOrdinalWord != 0) || l.is(i+1, "dozen") || l.is(i+1, "handful")
		}
	case l.is(i, "half"):
		return l.is(i+1, "of") || l.is(i+1, "a") && l.is(i+2, "dozen") || l.fractionShare(i, i) && !l.is(i+1, "the")
	case l.is(i, "tens"):
		return l.is(i+1, "of") && i+2 < len(l.toks) && l.toks[i+2].kw() != nil && l.toks[i+2].kw().vague >= 1000
	case l.is(i, "several") || l.is(i, "many") || l.is(i, "few"):
		return i+1 < len(l.toks) && l.toks[i+1].kw() != nil && l.toks[i+1].kw().scale >= 100
	}
	return false
}

// lengthWordAfter reports whether the word after token i says a length
// ("tall", "high", "deep"), so a glued "m" is metres, not million.
func (l *figLine) lengthWordAfter(i int) bool {
	switch lowerASCII(l.str(i + 1)) {
	case "tall", "high", "long", "wide", "deep", "away", "above", "below", "-", "wall", "waves", "wave", "sprint", "race", "hurdles", "freestyle", "metres", "meters":
		return true
	}
	return false
}

// parseDigits reads a written number at the start of s: digits with
// thousands commas and one decimal point. It returns the value and the
// bytes read.
func parseDigits(s string) (v float64, n int, commas, decimal bool) {
	div := 1.0
	for n < len(s) {
		c := s[n]
		switch {
		case isASCIIDigit(c):
			v = v*10 + float64(c-'0')
			if decimal {
				div *= 10
			}
		case c == ',' && !decimal && n+1 < len(s) && isASCIIDigit(s[n+1]):
			commas = true
		case c == '.' && !decimal && n+1 < len(s) && isASCIIDigit(s[n+1]):
			decimal = true
		default:
			return v / div, n, commas, decimal
		}
		n++
	}
	return v / div, n, commas, decimal
}

// core is a number without qualifier or unit word.
type core struct {
	first, last int
	value       float64
	approx      bool
	words       bool   // written in words
	rest        string // what follows the number inside its token ("week" of "14-week")
	digits      string // the digit token as written, for year, time and phone tests
	isOne       bool
	skip        bool // a non-figure already recognised inside the token
	scaled      bool
}

// parseCore reads the number starting at token i.
func (l *figLine) parseCore(i int) (c core, ok bool) {
	c.first, c.last = i, i
	t := l.toks[i]
	s := l.str(i)
	if t.kind == tNum {
		v, n, _, _ := parseDigits(s)
		c.value, c.digits, c.rest = v, s[:n], s[n:]
		c.isOne = v == 1 && c.digits == "1"
		if c.rest != "" && c.rest[0] == '-' {
			c.rest = c.rest[1:]
		} else if c.rest != "" {
			// glued suffix: 3bn, 45m, 5k, 6am, 1st, 1990s, 10km
			switch suf := lowerASCII(c.rest); suf {
			case "k":
				c.value *= 1e3
				c.rest, c.scaled = "", true
			case "m", "mn", "mln":
				if suf == "m" && l.lengthWordAfter(i) {
					break // "a 10m wall", "1.85m tall": metres
				}
				c.value *= 1e6
				c.rest, c.scaled = "", true
			case "bn", "b", "bln":
				c.value *= 1e9
				c.rest, c.scaled = "", true
			case "tn", "trn":
				c.value *= 1e12
				c.rest, c.scaled = "", true
			default:
				if fw := loadLexicon().keyword(suf); fw != nil && fw.cls&(fcMeasure|fcDuration) != 0 && fw.unit != "magnitude" {
					break // "10km", "48h": a unit, read below
				}
				if suf == "h" {
					break
				}
				c.skip = true // 1st, 6am, 1990s, 5G, 3D: not a count of things
			}
		}
		c = l.scaleWords(c)
		return c, true
	}
	lw := lowerASCII(s)
	// "magnitude-6.3"
	if h := strings.IndexByte(lw, '-'); h > 0 && h+1 < len(lw) && isASCIIDigit(lw[h+1]) && strings.HasPrefix(lw, "magnitude") {
		v, n, _, _ := parseDigits(s[h+1:])
		if h+1+n != len(s) {
			return c, false
		}
		c.value, c.digits, c.rest = v, s[h+1:], "magnitude"
		return c, true
	}
	switch {
	case lw == "a" || lw == "an":
		n := l.toks[i+1].kw()
		c.last = i + 1
		c.words = true
		switch {
		case l.is(i+1, "dozen"):
			c.value, c.approx = 12, true
		case l.is(i+1, "handful"):
			c.value, c.approx = 5, true
		case n != nil && n.scale >= 100:
			c.value = n.scale
			c.scaled = true
			c = l.scaleWords(c)
		case n != nil && n.cls&fcOrdinalWord != 0:
			return l.fraction(c, 1, l.str(i+1))
		default:
			return c, false
		}
		return c, true
	case lw == "half":
		c.words = true
		if l.is(i+1, "a") && l.is(i+2, "dozen") {
			c.value, c.approx, c.last = 6, true, i+2
			return c, true
		}
		return l.fraction(c, 1, "half")
	case lw == "tens":
		c.words, c.approx, c.last = true, true, i+2
		c.value = 10 * l.toks[i+2].kw().vague
		return c, true
	case lw == "several" || lw == "many" || lw == "few":
		c.words, c.approx, c.last = true, true, i+1
		c.value = l.toks[i+1].kw().scale
		c.scaled = true
		return c, true
	}
	if kw := t.kw(); kw != nil && kw.vague > 0 {
		c.words, c.approx = true, true
		c.value = kw.vague
		if lw == "scores" && !l.is(i+1, "of") {
			return c, false
		}
		// hundreds of thousands, thousands of millions
		if l.is(i+1, "of") && i+2 < len(l.toks) {
			if n := l.toks[i+2].kw(); n != nil && n.vague > kw.vague {
				c.value *= n.vague
				c.last = i + 2
			}
		}
		return c, true
	}
	return l.wordNumber(c)
}

// fraction reads "a third of", "two-thirds", "half of" as a percentage.
func (l *figLine) fraction(c core, num float64, den string) (core, bool) {
	var d float64
	switch lowerASCII(den) {
	case "half":
		d = 2
	case "third", "thirds":
		d = 3
	case "quarter", "quarters":
		d = 4
	case "fifth", "fifths":
		d = 5
	case "tenth", "tenths":
		d = 10
	}
	if d == 0 || num >= d {
		return c, false
	}
	if !l.fractionShare(c.first, c.last) {
		return c, false
	}
	c.value = math.Round(num/d*1000) / 10
	c.rest = "%"
	return c, true
}

// fractionShare reports whether the fraction word in tokens first..last is
// a share of something, not an ordinal ("a third attack", "a third time")
// or part of a unit ("a quarter of an hour" is a span, "half a mile" a
// length). A share is "a third of" or "half the", or a bare fraction
// after a bound or a change with no noun after it: "nearly a third in
// five years", "more than a third to veto", "fell by a quarter".
func (l *figLine) fractionShare(first, last int) bool {
	next := last + 1
	switch {
	case l.is(next, "of"):
		return !((l.is(next+1, "a") || l.is(next+1, "an")) && l.cls(next+2, fcDuration|fcMeasure))
	case l.is(next, "the"):
		return !l.is(first, "half") // "half the" is read only after "of"
	}
	p := first - 1
	if !(l.is(p, "by") || l.cls(p, fcQualEnd|fcChange)) || l.is(p, "of") {
		return false
	}
	return next >= len(l.toks) || l.toks[next].kind == tPunct && !l.punct(next, "-") ||
		l.cls(next, fcStopNP|fcStop|fcTimeAdv) && !l.is(next, "as") && !l.is(next, "an") && !l.is(next, "a") ||
		l.edVerb(next) // "more than a third voted against"
}

// scaleWords applies the scale words after a number: "1.2 million",
// "two dozen", "5 thousand".
func (l *figLine) scaleWords(c core) core {
	for c.last+1 < len(l.toks) && c.rest == "" {
		n := l.toks[c.last+1]
		if n.kind != tWord {
			break
		}
		switch {
		case n.kw() != nil && n.kw().scale > 0:
			c.value *= n.kw().scale
		case l.is(c.last+1, "dozen"):
			c.value *= 12
		default:
			return c
		}
		c.scaled = true
		c.last++
	}
	return c
}

// wordNumber reads number words: "seven", "twenty-three", "twenty three",
// "one hundred and five", "two million". A hyphenated token may carry a
// noun after the number ("ten-storey", "three-month"): it is left in rest.
func (l *figLine) wordNumber(c core) (core, bool) {
	const (
		none = iota
		unit
		tens
		hundred
		big
	)
	var total, cur float64
	last := none
	atoms := 0
	c.words = true
	for j := c.first; j < len(l.toks); j++ {
		if l.toks[j].kind != tWord {
			break
		}
		if j > c.first && !l.adjacentSpace(j-1, j) {
			break
		}
		s := l.str(j)
		// most words have no hyphen: one part, split without allocating,
		// whose keyword (with no apostrophe either) is the token's
		var one [1]string
		parts, plain := one[:], true
		if strings.IndexByte(s, '-') >= 0 {
			parts, plain = strings.Split(s, "-"), false
		} else {
			one[0] = s
			plain = strings.IndexByte(s, '\'') < 0 && !strings.Contains(s, "’")
		}
		used := 0
		for pi, p := range parts {
			var fw *figWord
			if plain {
				fw = l.toks[j].kw()
			} else {
				fw = loadLexicon().keyword(p)
			}
			if lowerASCII(p) == "and" && (last == hundred || last == big) && pi == 0 && len(parts) == 1 {
				// "one hundred and five": only when a number follows
				if j+1 < len(l.toks) && l.toks[j+1].kw() != nil && l.toks[j+1].kw().isNum && l.toks[j+1].kw().num < 100 {
					used = 1
					break
				}
				fw = nil
			}
			if fw == nil {
				break
			}
			switch {
			case fw.isNum && !fw.isTens && (last == none || last == hundred || last == big || last == tens && fw.num < 10 && fw.num > 0):
				cur += fw.num
				last = unit
			case fw.isTens && (last == none || last == hundred || last == big):
				cur += fw.num
				last = tens
			case fw.scale == 100 && (last == unit || last == tens) && cur < 100:
				cur *= 100
				last = hundred
			case fw.scale >= 1000 && last != none && last != big:
				total += cur * fw.scale
				cur = 0
				last = big
				c.scaled = true
			default:
				fw = nil
			}
			if fw == nil {
				break
			}
			used = pi + 1
			atoms++
		}
		if used == 0 {
			break
		}
		if lowerASCII(s) == "and" {
			c.last = j
			continue
		}
		c.last = j
		if used < len(parts) {
			c.rest = strings.Join(parts[used:], "-")
			break
		}
	}
	if atoms == 0 {
		return c, false
	}
	c.value = total + cur
	c.isOne = atoms == 1 && c.value == 1
	if strings.EqualFold(l.str(c.last), "and") {
		c.last--
	}
	// "two-thirds", "three quarters of"
	if c.rest != "" {
		if fw := loadLexicon().keyword(c.rest); fw != nil && fw.cls&fcOrdinalWord != 0 {
			return l.fraction(core{first: c.first, last: c.last, words: true}, c.value, c.rest)
		}
	} else if n := l.toks; c.last+1 < len(n) && n[c.last+1].kw() != nil && n[c.last+1].kw().cls&fcOrdinalWord != 0 && l.is(c.last+2, "of") &&
		(strings.HasSuffix(lowerASCII(l.str(c.last+1)), "s") || c.value == 1) {
		f, ok := l.fraction(core{first: c.first, last: c.last + 1, words: true}, c.value, l.str(c.last+1))
		if ok {
			return f, true
		}
	}
	return l.scaleWords(c), true
}

// adjacentSpace reports whether tokens i and j are separated by spaces only.
func (l *figLine) adjacentSpace(i, j int) bool {
	between := l.text[int(l.toks[i].end):int(l.toks[j].start)]
	return strings.Trim(between, " \u00a0") == "" && !strings.Contains(between, "\n")
}

// qualifiers are the bounds news puts before a number, longest first.
var qualifiers = [][]string{
	{"no", "more", "than"}, {"no", "fewer", "than"}, {"no", "less", "than"}, {"not", "more", "than"},
	{"as", "many", "as"}, {"as", "much", "as"}, {"as", "few", "as"}, {"in", "excess", "of"}, {"upwards", "of"},
	{"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"at", "least"}, {"at", "most"}, {"up", "to"},
	{"close", "to"}, {"an", "estimated"}, {"well", "over"}, {"just", "over"}, {"just", "under"}, {"well", "above"},
	{"some"}, {"about"}, {"around"}, {"nearly"}, {"almost"}, {"roughly"}, {"approximately"}, {"approx"},
	{"over"}, {"under"}, {"below"}, {"above"}, {"between"}, {"exactly"}, {"only"},
}

// qualifierBefore returns the qualifier ending right before token i and
// the token it starts at.
func (l *figLine) qualifierBefore(i int) (string, int) {
	if !l.cls(i-1, fcQualEnd) {
		return "", i
	}
	for _, q := range qualifiers {
		n := len(q)
		if i-n < 0 {
			continue
		}
		ok := true
		for k, w := range q {
			if !l.is(i-n+k, w) {
				ok = false
				break
			}
		}
		if ok {
			if q[0] == "only" || q[0] == "exactly" {
				return "", i
			}
			return strings.ToLower(strings.Join(q, " ")), i - n
		}
	}
	return "", i
}

var currencySymbols = lexicons.Pairs("sets.txt", "currency-signs")

var dollarPrefixes = lexicons.Pairs("sets.txt", "dollar-prefixes")

// currencyAdjectives name whose dollar, pound, peso or rupee it is.
var currencyAdjectives = lexicons.Pairs("sets.txt", "currency-adjectives")

// parseExprs reads the number at token i with its qualifier, currency,
// unit and second end, appends it (two for a revision) to out and returns
// out and the last token read.
func (l *figLine) parseExprs(i int, out []numExpr) ([]numExpr, int) {
	c, ok := l.parseCore(i)
	if !ok {
		return out, i
	}
	e := numExpr{first: c.first, last: c.last, value: c.value, approx: c.approx, isOne: c.isOne && !c.scaled}
	e.start, e.end = int(l.toks[c.first].start), int(l.toks[c.last].end)
	if c.skip || l.nonFigure(c) || c.rest == "fold" || l.is(c.last+1, "fold") {
		return out, l.rejectTail(c)
	}
	if last, ok := l.score(c); ok {
		return out, last
	}
	qual, qFirst := l.qualifierBefore(c.first)
	e.qual = qual
	if qFirst < c.first && (l.is(qFirst-1, "aged") || l.is(qFirst-1, "ages")) {
		return out, l.rejectTail(c) // "children aged between 8 and 12"
	}
	// "one in three": a proportion
	if k := c.last + 1; c.value > 0 && c.value <= 10 && !c.scaled && c.rest == "" && l.is(k, "in") && k+1 < len(l.toks) && l.startsNumber(k+1) {
		if c2, ok := l.parseCore(k + 1); ok && !c2.skip && !c2.approx && c2.value > c.value && c2.value <= 1000 && c2.rest == "" {
			e.value = math.Round(c.value/c2.value*1000) / 10
			e.kind, e.unit, e.isOne = nkPercent, "%", false
			e.last, e.end, e.qual, e.qFirst = c2.last, int(l.toks[c2.last].end), qual, qFirst
			return append(out, e), e.last
		}
	}

	// Currency before the number: $, US$, £, USD.
	if p := c.first - 1; p >= 0 && qFirst == c.first {
		if code, ok := currencySymbols[l.str(p)]; ok && l.adjacentSpace(p, c.first) {
			e.kind, e.unit, e.start, qFirst = nkMoney, code, int(l.toks[p].start), p
			if code == "USD" && p > 0 && l.adjacent(p-1, p) {
				if alt, ok := dollarPrefixes[l.str(p-1)]; ok {
					e.unit, e.start, qFirst = alt, int(l.toks[p-1].start), p-1
					p--
				}
			}
			if q2, f2 := l.qualifierBefore(p); q2 != "" && qual == "" {
				e.qual, qFirst = q2, f2
			}
		} else if l.toks[p].kind == tWord && len(l.str(p)) == 3 && strings.ToUpper(l.str(p)) == l.str(p) && l.cls(p, fcCurrency) {
			e.kind, e.unit, e.start, qFirst = nkMoney, l.toks[p].kw().unit, int(l.toks[p].start), p
			if q2, f2 := l.qualifierBefore(p); q2 != "" && qual == "" {
				e.qual, qFirst = q2, f2
			}
		}
	}
	// Glued million/billion after a currency ("£45m") was read by parseCore.

	// The unit inside the token: "14-week", "6.3-magnitude", "two-thirds", "10km".
	if c.rest != "" {
		r := lowerASCII(c.rest)
		switch {
		case r == "%":
			e.kind, e.unit = nkPercent, "%"
		case isAgeSuffix(r):
			return out, c.last
		default:
			head, _, _ := strings.Cut(r, "-")
			if fw := loadLexicon().keyword(head); fw != nil && fw.cls&fcDuration != 0 {
				e.kind, e.unit = nkDuration, fw.unit
			} else if fw != nil && fw.cls&fcMeasure != 0 {
				e.kind, e.unit = nkMeasure, fw.unit
			} else if head == "h" {
				e.kind, e.unit = nkDuration, "hours"
			} else if c.digits != "" && isASCIIDigit(r[0]) {
				// 30-40, 2007-12, 555-1234, 2-1: a pair inside one token
				v2, n2, _, _ := parseDigits(r)
				if n2 != len(r) || l.pairIsNotFigure(c, v2, r) {
					return out, c.last
				}
				e.max, e.hasMax = v2, true
				// "5-10 million": the scale applies to both ends
				for e.last+1 < len(l.toks) && l.toks[e.last+1].kw() != nil && l.toks[e.last+1].kw().scale >= 1000 {
					sc := l.toks[e.last+1].kw().scale
					e.value, e.max = e.value*sc, e.max*sc
					e.last++
					e.end = int(l.toks[e.last].end)
				}
			} else if e.kind == nkCount {
				e.compound = r
			}
		}
	}

	k := e.last + 1
	// Units after the number.
	if e.kind == nkCount || e.kind == nkMoney {
		k = l.unitAfter(&e, k)
		if e.kind == nkReject {
			return out, e.last
		}
	}
	// A second end: "20 to 30", "30-40", "between 36 and 40", "seven to 11".
	if !e.hasMax && k < len(l.toks) {
		before := len(out)
		e, out = l.secondEnd(e, k, qFirst, out)
		if len(out) > before { // a revision: e is now the later value
			return append(out, e), e.last
		}
	}
	if e.hasMax && e.qual == "" {
		if q, f := l.qualifierBefore(qFirst); q == "between" {
			e.qual, qFirst = q, f
		}
	}
	e.qFirst = qFirst
	return append(out, e), e.last
}

// unitAfter reads the unit word after a number and returns the next token.
func (l *figLine) unitAfter(e *numExpr, k int) int {
	n := len(l.toks)
	if k >= n {
		return k
	}
	set := func(kind numKind, unit string, last int) int {
		if e.kind == nkMoney && kind != nkMoney {
			return k
		}
		e.kind, e.unit, e.last, e.end = kind, unit, last, int(l.toks[last].end)
		return last + 1
	}
	switch {
	case l.str(k) == "%":
		return set(nkPercent, "%", k)
	case l.is(k, "per") && l.is(k+1, "cent"):
		return set(nkPercent, "%", k+1)
	case l.is(k, "percent") || l.is(k, "pct"):
		return set(nkPercent, "%", k)
	case l.is(k, "percentage") && l.is(k+1, "points") || l.is(k, "percentage") && l.is(k+1, "point"):
		return set(nkPercent, "percentage points", k+1)
	case l.is(k, "basis") && l.is(k+1, "points"):
		return set(nkPercent, "basis points", k+1)
	case l.str(k) == "°" && l.adjacent(k-1, k):
		// "45°C", and "45°C." whose full stop the letter keeps as an
		// initial does: the mention ends before it
		if scale := strings.TrimSuffix(l.str(k+1), "."); l.adjacent(k, k+1) && (strings.EqualFold(scale, "C") || strings.EqualFold(scale, "F")) {
			next := set(nkMeasure, "°"+strings.ToUpper(scale), k+1)
			e.end = int(l.toks[k+1].start) + len(scale)
			return next
		}
		return set(nkMeasure, "degrees", k)
	}
	kw := l.toks[k].kw()
	if kw == nil || l.toks[k].kind != tWord {
		return k
	}
	switch {
	case kw.cls&fcDuration != 0:
		if l.is(k+1, "old") || l.is(k+1, "of") && l.is(k+2, "age") {
			e.kind = nkReject // an age: rejected by the caller
			return k
		}
		// "three years ago", "six minutes later", "ten days before the Hajj":
		// a point in time told from another, not a span the story reports
		// ("a sentence of 18 months after she testified" is a span: "of"
		// after a noun makes it the noun's length)
		switch lowerASCII(l.str(k + 1)) {
		case "ago", "later", "earlier", "after", "before", "afterwards", "beforehand", "prior":
			if !l.is(e.first-1, "for") && !(l.is(e.first-1, "of") && e.first >= 2 && l.toks[e.first-2].kind == tWord && !l.cls(e.first-2, fcStopNP|fcSkip) &&
				!l.numberTok(e.first-2)) {
				e.kind = nkReject
				return k
			}
		}
		if e.kind == nkMoney {
			return k
		}
		return set(nkDuration, kw.unit, k)
	case kw.cls&fcCurrency != 0:
		if (l.is(k, "pound") || l.is(k, "pounds")) && l.is(k+1, "of") {
			return set(nkMeasure, "lb", k)
		}
		if l.is(k, "won") && !l.toks[k-1].upper() && e.value < 100 {
			return k
		}
		return set(nkMoney, kw.unit, k)
	case kw.cls&fcMeasure != 0:
		if e.kind == nkMoney {
			return k
		}
		unit := kw.unit
		last := k
		if unit == "km" && l.str(k+1) == "/" && l.is(k+2, "h") {
			unit, last = "km/h", k+2
		}
		return set(nkMeasure, unit, last)
	case l.is(k, "square") || l.is(k, "sq"):
		if k+1 < n && l.toks[k+1].kw() != nil && l.toks[k+1].kw().cls&fcMeasure != 0 {
			return set(nkMeasure, "square "+l.toks[k+1].kw().unit, k+1)
		}
	case k+1 < n && l.toks[k+1].kw() != nil && l.toks[k+1].kw().cls&fcCurrency != 0 && l.toks[k+1].kw().unit != "" &&
		(l.is(k+1, "dollars") || l.is(k+1, "pounds") || l.is(k+1, "pesos") || l.is(k+1, "rupees") || l.is(k+1, "francs") || l.is(k+1, "dinars")):
		if code, ok := currencyAdjectives[lowerASCII(l.str(k))]; ok {
			return set(nkMoney, code, k+1)
		}
	}
	// "2.5 million Hong Kong dollars"
	if k+2 < n && (l.is(k+2, "dollars") || l.is(k+2, "dollar")) {
		if code, ok := currencyAdjectives[lowerASCII(l.str(k+1))]; ok {
			return set(nkMoney, code, k+2)
		}
	}
	return k
}

// secondEnd reads the high end of a range after token k-1, or the second
// value of a revision ("rose from 45 to 61"), which becomes its own number.
func (l *figLine) secondEnd(e numExpr, k, qFirst int, out []numExpr) (numExpr, []numExpr) {
	// "rose from 29 on Wednesday to 34": a short time phrase may sit
	// between the two values of a revision
	if l.is(qFirst-1, "from") && (l.is(k, "on") || l.is(k, "in") || l.is(k, "last") || l.is(k, "at")) {
		for j := k + 1; j < len(l.toks) && j <= k+3; j++ {
			if l.is(j, "to") {
				if l.cls(j-1, fcWeekday|fcMonth) || l.is(j-1, "week") || l.is(j-1, "month") || l.is(j-1, "year") {
					k = j
				}
				break
			}
			if l.toks[j].kind != tWord {
				break
			}
		}
	}
	sep := l.str(k)
	switch {
	case sep == "-" || sep == "–" || sep == "—":
		if !l.adjacent(k-1, k) && !l.adjacentSpace(k-1, k) {
			return e, out
		}
	case strings.EqualFold(sep, "to"):
	case strings.EqualFold(sep, "and") && e.qual == "between":
	case strings.EqualFold(sep, "or") && e.kind == nkCount:
	default:
		return e, out
	}
	// "between $5 and $10": the high end repeats the currency
	if e.kind == nkMoney && k+2 < len(l.toks) && currencySymbols[l.str(k+1)] != "" && l.adjacent(k+1, k+2) {
		k++
	}
	if k+1 >= len(l.toks) || !l.startsNumber(k+1) {
		return e, out
	}
	c2, ok := l.parseCore(k + 1)
	if !ok || c2.skip || c2.approx || l.nonFigure(c2) {
		return e, out
	}
	e2 := numExpr{first: c2.first, last: c2.last, value: c2.value, start: int(l.toks[c2.first].start), end: int(l.toks[c2.last].end), kind: e.kind, unit: e.unit}
	l.unitAfter(&e2, c2.last+1) // "20 to 30 per cent": the unit of the high end is the range's
	if e2.kind == nkReject {
		return e, out
	}
	if e.kind == nkCount && e2.kind != nkCount {
		e.kind, e.unit = e2.kind, e2.unit
	}
	// "by 0.3 percentage points to 6.1%": a change and a level, no range
	if e2.kind != e.kind || e.kind != nkCount && e2.unit != e.unit {
		return e, out
	}
	// Revision: "the toll rose from 45 to 61", "increasing the death toll from fourteen to 31".
	if strings.EqualFold(sep, "to") && l.is(qFirst-1, "from") {
		for j := qFirst - 2; j >= 0 && j >= qFirst-6; j-- {
			if l.cls(j, fcChange) || l.is(j, "toll") {
				e.earlier = true
				e.qFirst = qFirst
				out = append(out, e)
				e2.qual = ""
				e2.qFirst = e2.first
				return e2, out
			}
		}
	}
	// "between 2 and 3 million": the scale of the high end applies to both
	lo := e.value
	if sc := l.toks[c2.last].kw(); c2.scaled && sc != nil && sc.scale >= 1000 && lo < 1000 &&
		(l.toks[e.last].kw() == nil || l.toks[e.last].kw().scale == 0) && e.kind != nkMoney {
		lo *= sc.scale
	}
	if e2.value <= lo || e2.value > lo*100+100 {
		return e, out
	}
	// "two or three": only small word numbers make a range with "or".
	if strings.EqualFold(sep, "or") && e2.value > 20 {
		return e, out
	}
	e.value, e.max, e.hasMax = lo, e2.value, true
	e.last, e.end = e2.last, e2.end
	return e, out
}

// rejectTail returns the last token of a rejected number together with
// the second end that goes with it: "aged 8–10 years", "2007 to 2012",
// "police posts 542 and 543".
func (l *figLine) rejectTail(c core) int {
	k := c.last + 1
	if !(l.punct(k, "-–—") || l.is(k, "to") || c.digits != "" && (l.is(k, "and") || l.is(k, "or"))) {
		return c.last
	}
	if k+1 >= len(l.toks) || !l.startsNumber(k+1) || c.digits != "" && l.toks[k+1].kind != tNum {
		return c.last
	}
	c2, ok := l.parseCore(k + 1)
	if !ok {
		return c.last
	}
	if l.cls(c2.last+1, fcDuration|fcMeasure) {
		return c2.last + 1
	}
	return c2.last
}

// score recognises a match score written with a spaced dash ("1 – 0",
// "Tunisia 1 – 2 England") and returns its last token.
func (l *figLine) score(c core) (int, bool) {
	k := c.last + 1
	if c.digits == "" || c.rest != "" || !l.punct(k, "-–—") || k+1 >= len(l.toks) || l.toks[k+1].kind != tNum {
		return 0, false
	}
	c2, ok := l.parseCore(k + 1)
	if !ok || c2.rest != "" || c.value > 20 || c2.value > 20 || c.value != math.Trunc(c.value) || c2.value != math.Trunc(c2.value) {
		return 0, false
	}
	if c2.value <= c.value || l.sportSentence(c.first) {
		return c2.last, true
	}
	return 0, false
}

func isAgeSuffix(r string) bool {
	return strings.HasPrefix(r, "year-old") || strings.HasPrefix(r, "years-old") || strings.HasPrefix(r, "month-old") ||
		strings.HasPrefix(r, "week-old") || strings.HasPrefix(r, "day-old") || strings.HasPrefix(r, "yr-old") ||
		strings.HasPrefix(r, "year-olds")
}

// pairIsNotFigure reports whether "a-b" inside one token is a year range,
// a score, a phone number or a date rather than a range of amounts.
func (l *figLine) pairIsNotFigure(c core, b float64, rest string) bool {
	a := c.value
	if strings.Contains(rest, "-") || strings.Contains(rest, ".") {
		return true // 2019-01-04, 1-800-555, 1.2-3.4
	}
	if yearLike(c.digits) && (len(rest) == 2 || len(rest) == 4) {
		return true // 2007-12, 2007-2012
	}
	if len(c.digits) == 3 && len(rest) == 4 || c.digits[0] == '0' {
		return true // 555-1234, 020-...
	}
	if a <= 20 && b <= 20 && (b <= a || l.sportSentence(c.first)) {
		return true // 2-1, 3-0
	}
	return b <= a
}

func yearLike(d string) bool {
	if len(d) != 4 {
		return false
	}
	v, err := strconv.Atoi(d)
	return err == nil && v >= 1800 && v <= 2100
}

// sentenceWindow bounds how far a look around a number reaches within its
// sentence, so a text without full stops still takes linear time.
const sentenceWindow = 40

// sportSentence reports whether the sentence around token i talks about a
// match, so small pairs there are scores.
func (l *figLine) sportSentence(i int) bool {
	for j := i - 1; j >= 0 && j > i-sentenceWindow && !l.punct(j, ".!?"); j-- {
		if l.cls(j, fcSport) {
			return true
		}
	}
	for j := i + 1; j < len(l.toks) && j < i+sentenceWindow && !l.punct(j, ".!?"); j++ {
		if l.cls(j, fcSport) {
			return true
		}
	}
	return false
}

// nonFigure reports whether the number c is something other than an
// amount: a year, date, time, ordinal, age, identifier or part of a name.
func (l *figLine) nonFigure(c core) bool {
	i, j := c.first, c.last
	n := len(l.toks)
	if c.digits != "" {
		d := c.digits
		// times: 14:30, 0117 GMT, 3 p.m., 15:00 local time
		if strings.HasPrefix(c.rest, ":") || len(d) == 4 && d[0] == '0' && !strings.Contains(d, ".") {
			return true
		}
		if l.cls(j+1, fcTimeZone) || l.is(j+1, "am") || l.is(j+1, "pm") || l.is(j+1, "a.m.") || l.is(j+1, "p.m.") ||
			(l.is(j+1, "a") || l.is(j+1, "p")) && l.str(j+2) == "." && l.is(j+3, "m") {
			return true
		}
		if l.is(j+1, "local") && l.is(j+2, "time") {
			return true
		}
		// "at 8.30": a clock time written with a point
		if len(d) >= 4 && len(d) <= 5 && d[len(d)-3] == '.' && c.value < 24 && !l.unitFollows(j) &&
			(l.is(i-1, "at") || l.is(i-1, "until") || l.is(i-1, "till") || l.is(i-1, "by") || l.is(i-1, "from") || l.is(i-1, "before") || l.is(i-1, "after")) {
			return true
		}
		// list numbers and references: "1. First...", "(2)", "[3]"
		if i == 0 && l.punct(j+1, ".)") && !l.adjacent(j+1, j+2) || l.punct(i-1, "[") && l.punct(j+1, "]") ||
			l.punct(i-1, "(") && l.punct(j+1, ")") {
			return true
		}
		// versions and codes: 1.2.3, 007
		if strings.HasPrefix(c.rest, ".") || len(d) > 1 && d[0] == '0' && !strings.HasPrefix(d, "0.") {
			return true
		}
		// dates and fractions written with slashes: 4/11/2019, 24/7, 9/11
		if l.adjacent(i-1, i) && l.punct(i-1, "/.#@") || l.adjacent(j, j+1) && l.punct(j+1, "/") && j+2 < n && l.toks[j+2].kind == tNum {
			return true
		}
		// the parameters of a terminal control sequence that input.Sanitize
		// made visible: "␛[31m", "␛]52;c;..." are bytes, not amounts
		if l.afterControl(i) {
			return true
		}
		// phone numbers: +44 20 7946 0958, (212) 555-1234
		if l.adjacent(i-1, i) && l.punct(i-1, "+") {
			return true
		}
		if j+1 < n && l.toks[j+1].kind == tNum && !strings.Contains(l.str(j+1), ",") && l.adjacentSpace(j, j+1) {
			return true // "020 7946 0958": digit groups side by side
		}
		// years: 2015, "the 1973 building", unless they count people ("2000 people")
		if yearLike(d) && c.rest == "" && l.punct(j+1, "-–—") && j+2 < n && yearLike(l.str(j+2)) {
			return true // "over 2000 - 2050": a period
		}
		if yearLike(d) && !c.scaled && c.rest == "" && !strings.Contains(d, ".") && currencySymbols[l.str(i-1)] == "" &&
			(l.is(i-1, "the") || l.is(i-1, "its") || l.is(i-1, "their") || l.is(i-1, "this") || l.is(i-1, "last") || l.is(i-1, "next") ||
				!l.countsPeopleAfter(j) && !l.pluralAfter(j)) {
			// "between 2016 and 2018", "around 2015" are years; "more than 2000" is an amount
			switch q, _ := l.qualifierBefore(i); q {
			case "", "between", "around", "about", "under", "over", "above", "below", "some", "approximately", "roughly", "nearly", "almost":
				return true
			}
		}
		// "the 1990s" is caught as a glued suffix; "4.9" after "magnitude" is a measure, read later
	}
	// dates: January 4, 4 January, Jan. 4, the 4th of July
	if l.cls(i-1, fcMonth) && l.toks[i-1].upper() || l.punct(i-1, ".") && l.cls(i-2, fcMonth) && l.toks[i-2].upper() {
		return true
	}
	if l.cls(j+1, fcMonth) && l.toks[j+1].upper() || l.is(j+1, "of") && l.cls(j+2, fcMonth) && l.toks[j+2].upper() {
		return true
	}
	// ordinals written in words are not in the number table; "one of the" is
	// a selection, "one another" a pronoun.
	if c.isOne && (l.is(j+1, "of") || l.is(j+1, "another")) {
		return true
	}
	// ages
	if l.isAge(c) {
		return true
	}
	// a quoted name used as a modifier: the "one country, two systems" model
	if l.inQuotedModifier(i, j) {
		return true
	}
	// identifiers: Article 50, Flight 302, Boeing 737, Route 66, Gate 5, No. 10
	if p := i - 1; p >= 0 && (l.adjacentSpace(p, i) || l.adjacent(p, i)) {
		if l.cls(p, fcIdent) && !l.cls(p, fcSkip) {
			return true
		}
		// "day five of the tournament", but not "every day 500 people"
		if l.is(p, "day") && !(l.is(p-1, "every") || l.is(p-1, "each") || l.is(p-1, "per") || l.is(p-1, "a") ||
			l.is(p-1, "that") || l.is(p-1, "this") || l.is(p-1, "same") || l.is(p-1, "one")) {
			return true
		}
		if l.punct(p, "#") || l.punct(p, ".") && l.is(p-1, "no") {
			return true
		}
		if c.digits != "" && l.toks[p].kind == tWord && (l.toks[p].upper() || hasUpper(l.str(p))) && !l.titleCase && l.properWord(p) {
			return true
		}
	}
	// street numbers: 10 Downing Street
	if c.digits != "" && j+1 < n && l.toks[j+1].upper() {
		for k := j + 1; k < n && k <= j+4 && l.toks[k].kind == tWord && l.toks[k].upper(); k++ {
			if l.cls(k, fcStreet) && k > j+1 {
				return true
			}
		}
	}
	// number words inside names: Formula One, the Big Four, Group of Seven
	if c.words && l.toks[i].upper() && !l.titleCase && !l.sentenceStart(i) {
		if !(i > 0 && (l.toks[i-1].upper() && l.toks[i-1].kw() != nil && l.toks[i-1].kw().cls&fcSkip != 0)) {
			return true
		}
	}
	return false
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// inQuotedModifier reports whether tokens i..j sit in a short quotation
// that is followed by a plain noun, as slogans and names are ("the 'one
// country, two systems' model"), unlike quoted speech followed by a verb
// ('"three terrorists" were killed').
func (l *figLine) inQuotedModifier(i, j int) bool {
	const maxWords = 6
	open := -1
	for k := i - 1; k >= 0 && k >= i-maxWords; k-- {
		if l.punct(k, "“\"‘") {
			open = k
			break
		}
		if l.punct(k, "”.!?;") {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for k := j + 1; k < len(l.toks) && k <= j+maxWords; k++ {
		if l.punct(k, "“‘.!?;") {
			return false
		}
		if l.punct(k, "”\"’") {
			n := k + 1
			return n < len(l.toks) && l.toks[n].kind == tWord && !l.toks[n].upper() &&
				!l.cls(n, fcAux|fcCasualty|fcArrest|fcStop|fcRelative|fcStopNP|fcSkip)
		}
	}
	return false
}

// properWord reports whether the capitalised word at p reads as a name
// (Boeing, Flight, Apollo) rather than a function word that happens to
// open a sentence (In, Some, About, Yesterday).
func (l *figLine) properWord(p int) bool {
	kw := l.toks[p].kw()
	if kw == nil {
		return !commonCapitals[lowerASCII(l.str(p))]
	}
	return kw.cls&(fcIdent) != 0
}

// commonCapitals are words that open sentences before numbers without
// naming anything.
var commonCapitals = lexicons.Named("sets.txt", "common-capitals")

// ageGroups are the nouns an age limit follows ("children under 17").
var ageGroups = lexicons.Named("sets.txt", "age-groups")

// qualBeforeAge returns the token of "under", "over" or "above" before
// token i when a group of people precedes it, else -1.
func (l *figLine) qualBeforeAge(i int) int {
	q := i - 1
	if !(l.is(q, "under") || l.is(q, "over") || l.is(q, "above")) || q < 1 {
		return -1
	}
	if ageGroups[lowerASCII(l.str(q-1))] {
		return q
	}
	return -1
}

// unitFollows reports whether a percent sign or a unit word comes right
// after token j.
func (l *figLine) unitFollows(j int) bool {
	if l.str(j+1) == "%" || l.is(j+1, "per") || l.is(j+1, "percent") {
		return true
	}
	return l.cls(j+1, fcMeasure|fcCurrency|fcDuration)
}

// pluralAfter reports whether a lower-case plural noun follows token j
// ("2000 homes"), which a year would not be followed by.
func (l *figLine) pluralAfter(j int) bool {
	if p := l.toks; j > 0 && p[j-1].kind == tWord && l.cls(j-1, fcStopNP) && !l.cls(j-1, fcAux) {
		return false // "by 2050 exceeded 10% of 2000 levels": after a preposition it is a year
	}
	k := j + 1
	if k >= len(l.toks) || l.toks[k].kind != tWord || l.toks[k].upper() || l.cls(k, fcStopNP|fcMonth|fcWeekday|fcRelative|fcStop) {
		return false
	}
	w := l.str(k)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// countsPeopleAfter reports whether the words after token j say the number
// counts people or things ("2000 people", "1500 troops"), which a year
// would not.
func (l *figLine) countsPeopleAfter(j int) bool {
	k := j + 1
	if k >= len(l.toks) {
		return false
	}
	if l.str(k) == "%" {
		return true
	}
	kw := l.toks[k].kw()
	return kw != nil && kw.cls&(fcPlural|fcPersonnel|fcCasualtyNoun|fcRaid|fcCurrency|fcMeasure) != 0 && kw.cls&fcMonth == 0 ||
		l.is(k, "per") && l.is(k+1, "cent")
}

// isAge reports whether the number is a person's age: "Salah Abdeslam, 26",
// "aged 67", "the 21-year-old", "34 years old", "Jane Roe (34)".
func (l *figLine) isAge(c core) bool {
	i, j := c.first, c.last
	if l.is(i-1, "aged") || l.is(i-1, "age") || l.is(i-1, "ages") || l.is(i-2, "age") && l.is(i-1, "of") {
		return true
	}
	if isAgeSuffix(lowerASCII(c.rest)) {
		return true
	}
	if (l.is(j+1, "year") || l.is(j+1, "years")) && (l.is(j+2, "old") || l.is(j+2, "of") && l.is(j+3, "age")) {
		return true
	}
	if l.str(j+1) == "-" && (l.is(j+2, "year-old") || l.is(j+2, "years-old")) {
		return true
	}
	if c.value != math.Trunc(c.value) || c.value < 1 || c.value > 120 || c.scaled {
		return false
	}
	// "aged 24, 31 and 45": every member of a list of ages, which ends
	// where the list does ("aged 5, 120 were vaccinated" is a count)
	if (l.punct(i-1, ",") || l.is(i-1, "and")) && (j+1 >= len(l.toks) || l.punct(j+1, ",;).") || l.is(j+1, "and") || l.is(j+1, "or")) {
		for p, members := i-1, 0; p >= 1 && members < 8; members++ {
			if !(l.punct(p, ",") || l.is(p, "and")) || l.toks[p-1].kind != tNum {
				break
			}
			p -= 2
			if l.is(p, "aged") || l.is(p, "ages") {
				return true
			}
		}
	}
	// "children under 17", "people over 65": an age limit
	if k := l.qualBeforeAge(i); k >= 0 && (j+1 >= len(l.toks) || l.toks[j+1].kind == tPunct || l.cls(j+1, fcStopNP|fcRelative|fcStop)) {
		return true
	}
	// "when she was six", "until he turned 18"
	if (l.is(i-1, "was") || l.is(i-1, "is") || l.is(i-1, "turned") || l.is(i-1, "turns")) &&
		(l.is(i-2, "he") || l.is(i-2, "she") || l.is(i-2, "i") || l.is(i-2, "they") || l.is(i-2, "we") || l.is(i-2, "who")) &&
		(j+1 >= len(l.toks) || l.toks[j+1].kind == tPunct || l.cls(j+1, fcStopNP|fcRelative|fcStop) || l.is(j+1, "so")) {
		return true
	}
	start := int(l.toks[i].start)
	if l.ages.after(l.text, start) {
		return true
	}
	// A noun for one person, then the number set off by commas or in
	// brackets: "The suspect, 34, was arrested", "a woman (62)". An amount
	// there would need a noun of its own ("the suspect, 34 others").
	if i >= 2 && l.cls(i-2, fcPerson) && (l.punct(i-1, ",") && (j+1 >= len(l.toks) || l.punct(j+1, ",;)–—.")) ||
		l.punct(i-1, "(") && l.punct(j+1, ")")) {
		return true
	}
	// "The two suspects, 24 and 31, were": the ages of the people named
	if i >= 2 && l.cls(i-2, fcPersons) && l.punct(i-1, ",") && l.is(j+1, "and") && j+2 < len(l.toks) && l.toks[j+2].kind == tNum &&
		(j+3 >= len(l.toks) || l.punct(j+3, ",;)–—.")) && c.digits != "" {
		return true
	}
	// Without a person mention: "Name Surname, 26 –", "Surname (34)".
	if i >= 2 && l.punct(i-1, ",(") && l.toks[i-2].kind == tWord && l.toks[i-2].upper() && l.toks[i-2].kw() == nil {
		if l.punct(i-1, "(") {
			return l.punct(j+1, ")")
		}
		if j+1 >= len(l.toks) || l.punct(j+1, ",–—-;)") || l.is(j+1, "from") || l.is(j+1, "of") {
			return !l.sentenceStart(i - 2) // "Paris, 26" at a sentence start is a place
		}
	}
	return false
}

// afterControl reports whether token i is glued to a control character
// shown as a Control Picture (U+2400–U+2426), directly or through the
// bracket that opens an escape sequence's parameters.
func (l *figLine) afterControl(i int) bool {
	k := i - 1
	if l.adjacent(k, i) && l.punct(k, "[]") {
		k--
		if !l.adjacent(k, k+1) {
			return false
		}
	} else if !l.adjacent(k, i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.str(k))
	return r >= 0x2400 && r <= 0x2426
}
