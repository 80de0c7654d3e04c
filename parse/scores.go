package parse

import (
	"math"
	"strconv"
	"strings"

	"github.com/factpane/factpane/parse/lexicons"
)

// Scores and results: numbers a match, a race or an innings reports
// ("Tunisia 1 – 2 England", "the 400 m hurdles", "Smith 45 not out"),
// which are no figures. nonFigure asks these of every number.

// score recognises a match score written with a spaced dash ("1 – 0",
// "Tunisia 1 – 2 England") and returns its last token.
func (ln *figLine) score(c core) (int, bool) {
	k := c.last + 1
	if c.digits != "" && c.rest == "" && ln.is(k+1, "to") && (ln.is(k, "points") || ln.is(k, "goals") || ln.is(k, "runs")) &&
		k+2 < len(ln.toks) && ln.toks[k+2].kind == tNum && (ln.sportSentence(c.first) || c.value <= 200 && smallScore(ln.str(k+2))) {
		return k + 2, true // "beat Wynnum 45 points to 24", "12 points to 10" (an index moves "100 points to 25,000")
	}
	if c.digits == "" || c.rest != "" || !ln.punct(k, "-–—") || k+1 >= len(ln.toks) || ln.toks[k+1].kind != tNum {
		return 0, false
	}
	c2, ok := ln.parseCore(k + 1)
	if !ok || c2.rest != "" || c.value > 20 || c2.value > 20 || c.value != math.Trunc(c.value) || c2.value != math.Trunc(c2.value) {
		return 0, false
	}
	if c2.value <= c.value || ln.sportSentence(c.first) {
		return c2.last, true
	}
	return 0, false
}

// battingScore reports a cricket batsman's runs at token i: after "for"
// a dismissal ("stumped", "bowled", "caught", "dismissed", "lbw", "run
// out") earlier in the clause, or after "not out on" and "unbeaten on".
func (ln *figLine) battingScore(i int) bool {
	if ln.is(i-1, "on") {
		return ln.is(i-2, "unbeaten") || ln.is(i-2, "out") && ln.is(i-3, "not")
	}
	if !ln.is(i-1, "for") {
		return false
	}
	for j := i - 2; j >= 0 && j > i-10 && ln.toks[j].kind == tWord; j-- {
		switch new(foldBuf).of(ln.str(j)) {
		case "stumped", "bowled", "caught", "dismissed", "lbw":
			return true
		case "out": // "run out for 12", "was out for 45" (not "took out ... for")
			return ln.is(j-1, "run") || ln.is(j-1, "was") || ln.is(j-1, "is")
		}
	}
	return false
}

// smallScore reports a bare number of at most 200, as one side's score.
func smallScore(w string) bool {
	v, err := strconv.Atoi(w)
	return err == nil && v <= 200
}

// pairIsNotFigure reports whether "a-b" inside one token is a year range,
// a score, a phone number or a date rather than a range of amounts.
func (ln *figLine) pairIsNotFigure(c core, b float64, rest string) bool {
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
	if a <= 20 && b <= 20 && (b <= a || ln.sportSentence(c.first)) {
		return true // 2-1, 3-0
	}
	return b <= a
}

// sentenceWindow bounds how far a look around a number reaches within its
// sentence, so a text without full stops still takes linear time.
const sentenceWindow = 40

// sportSentence reports whether the sentence around token i talks about a
// match, so small pairs there are scores.
func (ln *figLine) sportSentence(i int) bool {
	for j := i - 1; j >= 0 && j > i-sentenceWindow && !ln.punct(j, ".!?"); j-- {
		if ln.cls(j, fcSport) {
			return true
		}
	}
	for j := i + 1; j < len(ln.toks) && j < i+sentenceWindow && !ln.punct(j, ".!?"); j++ {
		if ln.cls(j, fcSport) {
			return true
		}
	}
	return false
}

// eventDistance reports a distance that names a race: "the 400 m
// hurdles", "200m freestyle", "the 4x100 metres relay". The unit is glued
// to the digits or the next word, and an event's noun follows it.
func (ln *figLine) eventDistance(c core) bool {
	k := c.last + 1
	// "ran the 100m in 9.58 seconds", "won the 400m": a distance glued to
	// its unit after "the", the phrase ending there, names the race
	if w := ln.str(c.last); c.digits != "" && c.currency == "" && len(w) > 1 && (w[len(w)-1] == 'm' || w[len(w)-1] == 'M') && isASCIIDigit(w[len(w)-2]) &&
		ln.is(c.first-1, "the") &&
		(k >= len(ln.toks) || ln.toks[k].kind == tPunct || ln.is(k, "in") || ln.is(k, "at") || ln.is(k, "and") || ln.is(k, "final") || ln.is(k, "title") || ln.is(k, "race")) {
		return true
	}
	switch strings.ToLower(c.rest) {
	case "m", "km":
	case "":
		switch new(foldBuf).of(ln.str(k)) {
		case "m", "metre", "metres", "meter", "meters", "km":
			k++
		default:
			return false
		}
	default:
		return false
	}
	return raceEvents[new(foldBuf).of(ln.str(k))]
}

// raceEvents are the races and strokes a distance names.
var raceEvents = lexicons.Named("sets.txt", "race-events")
