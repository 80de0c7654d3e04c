package parse

import (
	"math"
	"strings"

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

// lengthWordAfter reports whether the word after token i says a length
// ("tall", "high", "deep"), so a glued "m" is metres, not million.
func (ln *figLine) lengthWordAfter(i int) bool {
	switch lowerASCII(ln.str(i + 1)) {
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
func (ln *figLine) parseCore(i int) (c core, ok bool) {
	c.first, c.last = i, i
	t := ln.toks[i]
	s := ln.str(i)
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
				if suf == "m" && ln.lengthWordAfter(i) {
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
		c = ln.scaleWords(c)
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
		n := ln.toks[i+1].kw()
		c.last = i + 1
		c.words = true
		switch {
		case ln.is(i+1, "dozen"):
			c.value, c.approx = 12, true
		case ln.is(i+1, "handful"):
			c.value, c.approx = 5, true
		case n != nil && n.scale >= 100:
			c.value = n.scale
			c.scaled = true
			c = ln.scaleWords(c)
		case n != nil && n.cls&fcOrdinalWord != 0:
			return ln.fraction(c, 1, ln.str(i+1))
		default:
			return c, false
		}
		return c, true
	case lw == "half":
		c.words = true
		if ln.is(i+1, "a") && ln.is(i+2, "dozen") {
			c.value, c.approx, c.last = 6, true, i+2
			return c, true
		}
		return ln.fraction(c, 1, "half")
	case lw == "tens":
		c.words, c.approx, c.last = true, true, i+2
		c.value = 10 * ln.toks[i+2].kw().vague
		return c, true
	case lw == "several" || lw == "many" || lw == "few":
		c.words, c.approx, c.last = true, true, i+1
		c.value = ln.toks[i+1].kw().scale
		c.scaled = true
		return c, true
	}
	if kw := t.kw(); kw != nil && kw.vague > 0 {
		c.words, c.approx = true, true
		c.value = kw.vague
		if lw == "scores" && !ln.is(i+1, "of") {
			return c, false
		}
		// hundreds of thousands, thousands of millions
		if ln.is(i+1, "of") && i+2 < len(ln.toks) {
			if n := ln.toks[i+2].kw(); n != nil && n.vague > kw.vague {
				c.value *= n.vague
				c.last = i + 2
			}
		}
		return c, true
	}
	return ln.wordNumber(c)
}

// fraction reads "a third of", "two-thirds", "half of" as a percentage.
func (ln *figLine) fraction(c core, num float64, den string) (core, bool) {
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
	if !ln.fractionShare(c.first, c.last) {
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
func (ln *figLine) fractionShare(first, last int) bool {
	next := last + 1
	switch {
	case ln.is(next, "of"):
		return !((ln.is(next+1, "a") || ln.is(next+1, "an")) && ln.cls(next+2, fcDuration|fcMeasure))
	case ln.is(next, "the"):
		return !ln.is(first, "half") // "half the" is read only after "of"
	}
	p := first - 1
	if !(ln.is(p, "by") || ln.cls(p, fcQualEnd|fcChange)) || ln.is(p, "of") {
		return false
	}
	return next >= len(ln.toks) || ln.toks[next].kind == tPunct && !ln.punct(next, "-") ||
		ln.cls(next, fcStopNP|fcStop|fcTimeAdv) && !ln.is(next, "as") && !ln.is(next, "an") && !ln.is(next, "a") ||
		ln.edVerb(next) // "more than a third voted against"
}

// scaleWords applies the scale words after a number: "1.2 million",
// "two dozen", "5 thousand".
func (ln *figLine) scaleWords(c core) core {
	for c.last+1 < len(ln.toks) && c.rest == "" {
		n := ln.toks[c.last+1]
		if n.kind != tWord {
			break
		}
		switch {
		case n.kw() != nil && n.kw().scale > 0:
			c.value *= n.kw().scale
		case ln.is(c.last+1, "dozen"):
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
func (ln *figLine) wordNumber(c core) (core, bool) {
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
	for j := c.first; j < len(ln.toks); j++ {
		if ln.toks[j].kind != tWord {
			break
		}
		if j > c.first && !ln.adjacentSpace(j-1, j) {
			break
		}
		s := ln.str(j)
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
				fw = ln.toks[j].kw()
			} else {
				fw = loadLexicon().keyword(p)
			}
			if lowerASCII(p) == "and" && (last == hundred || last == big) && pi == 0 && len(parts) == 1 {
				// "one hundred and five": only when a number follows
				if j+1 < len(ln.toks) && ln.toks[j+1].kw() != nil && ln.toks[j+1].kw().isNum && ln.toks[j+1].kw().num < 100 {
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
	if strings.EqualFold(ln.str(c.last), "and") {
		c.last--
	}
	// "two-thirds", "three quarters of"
	if c.rest != "" {
		if fw := loadLexicon().keyword(c.rest); fw != nil && fw.cls&fcOrdinalWord != 0 {
			return ln.fraction(core{first: c.first, last: c.last, words: true}, c.value, c.rest)
		}
	} else if n := ln.toks; c.last+1 < len(n) && n[c.last+1].kw() != nil && n[c.last+1].kw().cls&fcOrdinalWord != 0 && ln.is(c.last+2, "of") &&
		(strings.HasSuffix(lowerASCII(ln.str(c.last+1)), "s") || c.value == 1) {
		f, ok := ln.fraction(core{first: c.first, last: c.last + 1, words: true}, c.value, ln.str(c.last+1))
		if ok {
			return f, true
		}
	}
	return ln.scaleWords(c), true
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
func (ln *figLine) qualifierBefore(i int) (string, int) {
	if !ln.cls(i-1, fcQualEnd) {
		return "", i
	}
	for _, q := range qualifiers {
		n := len(q)
		if i-n < 0 {
			continue
		}
		ok := true
		for k, w := range q {
			if !ln.is(i-n+k, w) {
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
func (ln *figLine) parseExprs(i int, out []numExpr) ([]numExpr, int) {
	c, ok := ln.parseCore(i)
	if !ok {
		return out, i
	}
	e := numExpr{first: c.first, last: c.last, value: c.value, approx: c.approx, isOne: c.isOne && !c.scaled}
	e.start, e.end = int(ln.toks[c.first].start), int(ln.toks[c.last].end)
	if c.skip || ln.nonFigure(c) || c.rest == "fold" || ln.is(c.last+1, "fold") {
		return out, ln.rejectTail(c)
	}
	if last, ok := ln.score(c); ok {
		return out, last
	}
	qual, qFirst := ln.qualifierBefore(c.first)
	e.qual = qual
	if qFirst < c.first && (ln.is(qFirst-1, "aged") || ln.is(qFirst-1, "ages")) {
		return out, ln.rejectTail(c) // "children aged between 8 and 12"
	}
	// "one in three": a proportion
	if k := c.last + 1; c.value > 0 && c.value <= 10 && !c.scaled && c.rest == "" && ln.is(k, "in") && k+1 < len(ln.toks) && ln.startsNumber(k+1) {
		if c2, ok := ln.parseCore(k + 1); ok && !c2.skip && !c2.approx && c2.value > c.value && c2.value <= 1000 && c2.rest == "" {
			e.value = math.Round(c.value/c2.value*1000) / 10
			e.kind, e.unit, e.isOne = nkPercent, "%", false
			e.last, e.end, e.qual, e.qFirst = c2.last, int(ln.toks[c2.last].end), qual, qFirst
			return append(out, e), e.last
		}
	}

	// Currency before the number: $, US$, £, USD.
	if p := c.first - 1; p >= 0 && qFirst == c.first {
		if code, ok := currencySymbols[ln.str(p)]; ok && ln.adjacentSpace(p, c.first) {
			e.kind, e.unit, e.start, qFirst = nkMoney, code, int(ln.toks[p].start), p
			if code == "USD" && p > 0 && ln.adjacent(p-1, p) {
				if alt, ok := dollarPrefixes[ln.str(p-1)]; ok {
					e.unit, e.start, qFirst = alt, int(ln.toks[p-1].start), p-1
					p--
				}
			}
			if q2, f2 := ln.qualifierBefore(p); q2 != "" && qual == "" {
				e.qual, qFirst = q2, f2
			}
		} else if ln.toks[p].kind == tWord && len(ln.str(p)) == 3 && strings.ToUpper(ln.str(p)) == ln.str(p) && ln.cls(p, fcCurrency) {
			e.kind, e.unit, e.start, qFirst = nkMoney, ln.toks[p].kw().unit, int(ln.toks[p].start), p
			if q2, f2 := ln.qualifierBefore(p); q2 != "" && qual == "" {
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
				if n2 != len(r) || ln.pairIsNotFigure(c, v2, r) {
					return out, c.last
				}
				e.max, e.hasMax = v2, true
				// "5-10 million": the scale applies to both ends
				for e.last+1 < len(ln.toks) && ln.toks[e.last+1].kw() != nil && ln.toks[e.last+1].kw().scale >= 1000 {
					sc := ln.toks[e.last+1].kw().scale
					e.value, e.max = e.value*sc, e.max*sc
					e.last++
					e.end = int(ln.toks[e.last].end)
				}
			} else if e.kind == nkCount {
				e.compound = r
			}
		}
	}

	k := e.last + 1
	// Units after the number.
	if e.kind == nkCount || e.kind == nkMoney {
		k = ln.unitAfter(&e, k)
		if e.kind == nkReject {
			return out, e.last
		}
	}
	// A second end: "20 to 30", "30-40", "between 36 and 40", "seven to 11".
	if !e.hasMax && k < len(ln.toks) {
		before := len(out)
		e, out = ln.secondEnd(e, k, qFirst, out)
		if len(out) > before { // a revision: e is now the later value
			return append(out, e), e.last
		}
	}
	if e.hasMax && e.qual == "" {
		if q, f := ln.qualifierBefore(qFirst); q == "between" {
			e.qual, qFirst = q, f
		}
	}
	e.qFirst = qFirst
	return append(out, e), e.last
}

// unitAfter reads the unit word after a number and returns the next token.
func (ln *figLine) unitAfter(e *numExpr, k int) int {
	n := len(ln.toks)
	if k >= n {
		return k
	}
	set := func(kind numKind, unit string, last int) int {
		if e.kind == nkMoney && kind != nkMoney {
			return k
		}
		e.kind, e.unit, e.last, e.end = kind, unit, last, int(ln.toks[last].end)
		return last + 1
	}
	switch {
	case ln.str(k) == "%":
		return set(nkPercent, "%", k)
	case ln.is(k, "per") && ln.is(k+1, "cent"):
		return set(nkPercent, "%", k+1)
	case ln.is(k, "percent") || ln.is(k, "pct"):
		return set(nkPercent, "%", k)
	case ln.is(k, "percentage") && ln.is(k+1, "points") || ln.is(k, "percentage") && ln.is(k+1, "point"):
		return set(nkPercent, "percentage points", k+1)
	case ln.is(k, "basis") && ln.is(k+1, "points"):
		return set(nkPercent, "basis points", k+1)
	case ln.str(k) == "°" && ln.adjacent(k-1, k):
		// "45°C", and "45°C." whose full stop the letter keeps as an
		// initial does: the mention ends before it
		if scale := strings.TrimSuffix(ln.str(k+1), "."); ln.adjacent(k, k+1) && (strings.EqualFold(scale, "C") || strings.EqualFold(scale, "F")) {
			next := set(nkMeasure, "°"+strings.ToUpper(scale), k+1)
			e.end = int(ln.toks[k+1].start) + len(scale)
			return next
		}
		return set(nkMeasure, "degrees", k)
	}
	kw := ln.toks[k].kw()
	if kw == nil || ln.toks[k].kind != tWord {
		return k
	}
	switch {
	case kw.cls&fcDuration != 0:
		if ln.is(k+1, "old") || ln.is(k+1, "of") && ln.is(k+2, "age") {
			e.kind = nkReject // an age: rejected by the caller
			return k
		}
		// "three years ago", "six minutes later", "ten days before the Hajj":
		// a point in time told from another, not a span the story reports
		// ("a sentence of 18 months after she testified" is a span: "of"
		// after a noun makes it the noun's length)
		switch lowerASCII(ln.str(k + 1)) {
		case "ago", "later", "earlier", "after", "before", "afterwards", "beforehand", "prior":
			if !ln.is(e.first-1, "for") && !(ln.is(e.first-1, "of") && e.first >= 2 && ln.toks[e.first-2].kind == tWord && !ln.cls(e.first-2, fcStopNP|fcSkip) &&
				!ln.numberTok(e.first-2)) {
				e.kind = nkReject
				return k
			}
		}
		if e.kind == nkMoney {
			return k
		}
		return set(nkDuration, kw.unit, k)
	case kw.cls&fcCurrency != 0:
		if (ln.is(k, "pound") || ln.is(k, "pounds")) && ln.is(k+1, "of") {
			return set(nkMeasure, "lb", k)
		}
		if ln.is(k, "won") && !ln.toks[k-1].upper() && e.value < 100 {
			return k
		}
		return set(nkMoney, kw.unit, k)
	case kw.cls&fcMeasure != 0:
		if e.kind == nkMoney {
			return k
		}
		unit := kw.unit
		last := k
		if unit == "km" && ln.str(k+1) == "/" && ln.is(k+2, "h") {
			unit, last = "km/h", k+2
		}
		return set(nkMeasure, unit, last)
	case ln.is(k, "square") || ln.is(k, "sq"):
		if k+1 < n && ln.toks[k+1].kw() != nil && ln.toks[k+1].kw().cls&fcMeasure != 0 {
			return set(nkMeasure, "square "+ln.toks[k+1].kw().unit, k+1)
		}
	case k+1 < n && ln.toks[k+1].kw() != nil && ln.toks[k+1].kw().cls&fcCurrency != 0 && ln.toks[k+1].kw().unit != "" &&
		(ln.is(k+1, "dollars") || ln.is(k+1, "pounds") || ln.is(k+1, "pesos") || ln.is(k+1, "rupees") || ln.is(k+1, "francs") || ln.is(k+1, "dinars")):
		if code, ok := currencyAdjectives[lowerASCII(ln.str(k))]; ok {
			return set(nkMoney, code, k+1)
		}
	}
	// "2.5 million Hong Kong dollars"
	if k+2 < n && (ln.is(k+2, "dollars") || ln.is(k+2, "dollar")) {
		if code, ok := currencyAdjectives[lowerASCII(ln.str(k+1))]; ok {
			return set(nkMoney, code, k+2)
		}
	}
	return k
}

// secondEnd reads the high end of a range after token k-1, or the second
// value of a revision ("rose from 45 to 61"), which becomes its own number.
func (ln *figLine) secondEnd(e numExpr, k, qFirst int, out []numExpr) (numExpr, []numExpr) {
	// "rose from 29 on Wednesday to 34": a short time phrase may sit
	// between the two values of a revision
	if ln.is(qFirst-1, "from") && (ln.is(k, "on") || ln.is(k, "in") || ln.is(k, "last") || ln.is(k, "at")) {
		for j := k + 1; j < len(ln.toks) && j <= k+3; j++ {
			if ln.is(j, "to") {
				if ln.cls(j-1, fcWeekday|fcMonth) || ln.is(j-1, "week") || ln.is(j-1, "month") || ln.is(j-1, "year") {
					k = j
				}
				break
			}
			if ln.toks[j].kind != tWord {
				break
			}
		}
	}
	sep := ln.str(k)
	switch {
	case sep == "-" || sep == "–" || sep == "—":
		if !ln.adjacent(k-1, k) && !ln.adjacentSpace(k-1, k) {
			return e, out
		}
	case strings.EqualFold(sep, "to"):
	case strings.EqualFold(sep, "and") && e.qual == "between":
	case strings.EqualFold(sep, "or") && e.kind == nkCount:
	default:
		return e, out
	}
	// "between $5 and $10": the high end repeats the currency
	if e.kind == nkMoney && k+2 < len(ln.toks) && currencySymbols[ln.str(k+1)] != "" && ln.adjacent(k+1, k+2) {
		k++
	}
	if k+1 >= len(ln.toks) || !ln.startsNumber(k+1) {
		return e, out
	}
	c2, ok := ln.parseCore(k + 1)
	if !ok || c2.skip || c2.approx || ln.nonFigure(c2) {
		return e, out
	}
	e2 := numExpr{first: c2.first, last: c2.last, value: c2.value, start: int(ln.toks[c2.first].start), end: int(ln.toks[c2.last].end), kind: e.kind, unit: e.unit}
	ln.unitAfter(&e2, c2.last+1) // "20 to 30 per cent": the unit of the high end is the range's
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
	if strings.EqualFold(sep, "to") && ln.is(qFirst-1, "from") {
		for j := qFirst - 2; j >= 0 && j >= qFirst-6; j-- {
			if ln.cls(j, fcChange) || ln.is(j, "toll") {
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
	if sc := ln.toks[c2.last].kw(); c2.scaled && sc != nil && sc.scale >= 1000 && lo < 1000 &&
		(ln.toks[e.last].kw() == nil || ln.toks[e.last].kw().scale == 0) && e.kind != nkMoney {
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
func (ln *figLine) rejectTail(c core) int {
	k := c.last + 1
	if !(ln.punct(k, "-–—") || ln.is(k, "to") || c.digits != "" && (ln.is(k, "and") || ln.is(k, "or"))) {
		return c.last
	}
	if k+1 >= len(ln.toks) || !ln.startsNumber(k+1) || c.digits != "" && ln.toks[k+1].kind != tNum {
		return c.last
	}
	c2, ok := ln.parseCore(k + 1)
	if !ok {
		return c.last
	}
	if ln.cls(c2.last+1, fcDuration|fcMeasure) {
		return c2.last + 1
	}
	return c2.last
}
