package parse

import (
	"strings"
)

// Bounds and ranges: the qualifier before a number ("more than", "up
// to"), the second end after it ("between 20 and 30", "seven to 11"), the
// second value of a revision ("rose from 45 to 61"), and the second end a
// rejected number carries with it ("aged 8-10 years").

// qualifiers are the bounds news puts before a number, longest first.
var qualifiers = [][]string{
	{"no", "more", "than"}, {"no", "fewer", "than"}, {"no", "less", "than"}, {"not", "more", "than"},
	{"as", "many", "as"}, {"as", "much", "as"}, {"as", "few", "as"}, {"in", "excess", "of"}, {"upwards", "of"},
	{"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"at", "least"}, {"at", "most"}, {"up", "to"},
	{"close", "to"}, {"an", "estimated"}, {"well", "over"}, {"just", "over"}, {"just", "under"}, {"well", "above"},
	{"some"}, {"about"}, {"around"}, {"nearly"}, {"almost"}, {"roughly"}, {"approximately"}, {"approx"},
	{"over"}, {"under"}, {"below"}, {"above"}, {"between"}, {"exactly"}, {"only"},
}

// qualifierPhrases are the qualifiers as the figures write them, made
// once rather than joined for every number.
var qualifierPhrases = func() []string {
	out := make([]string, len(qualifiers))
	for i, q := range qualifiers {
		out[i] = strings.Join(q, " ")
	}
	return out
}()

// qualifierBefore returns the qualifier ending right before token i and
// the token it starts at.
func (ln *figLine) qualifierBefore(i int) (string, int) {
	// "a payment of up to a $1 billion": an article between the
	// qualifier and an amount of money
	if ln.is(i-1, "a") && ln.punct(i, "$£€") && ln.cls(i-2, fcQualEnd) {
		if q, f := ln.qualifierBefore(i - 1); q != "" {
			return q, f
		}
	}
	if !ln.cls(i-1, fcQualEnd) {
		return "", i
	}
	// The word before the number is a qualifier's last word, a keyword
	// of ASCII letters, so it is q's last word just when its lower case
	// is: one comparison of strings rules out most qualifiers.
	last := new(foldBuf).of(ln.str(i - 1))
	for qi, q := range qualifiers {
		n := len(q)
		if i-n < 0 || q[n-1] != last {
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
			return qualifierPhrases[qi], i - n
		}
	}
	return "", i
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
	if e.kind == nkMoney && k+2 < len(ln.toks) && currencyCode(ln.str(k+1)) != "" && ln.adjacent(k+1, k+2) {
		k++
	}
	if k+1 >= len(ln.toks) || !ln.startsNumber(k+1) {
		return e, out
	}
	c2, ok := ln.parseCore(k + 1)
	if ok && !c2.skip && (e.kind == nkDuration || e.kind == nkCount) && ln.isAge(c2) {
		e.kind, e.last = nkReject, c2.last // "between six months and 19 years of age": both ends are ages
		return e, out
	}
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
	if sc := ln.toks[c2.last].kw(); sc != nil && (c2.scaled && sc.scale >= 1000 && lo < 1000 || sc.scale == 100 && lo < 10 && c2.value < 1000) &&
		(ln.toks[e.last].kw() == nil || ln.toks[e.last].kw().scale == 0) {
		lo *= sc.scale // "between 2 and 3 million", "two to three hundred"
	}
	if e2.value <= lo || e2.value > lo*100+100 {
		return e, out
	}
	// "two or three": only small word numbers make a range with "or".
	if strings.EqualFold(sep, "or") && e2.value > 20 && e.kind == nkCount {
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
