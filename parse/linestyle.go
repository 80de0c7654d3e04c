package parse

import (
	"strings"
)

// Line styles: whether the line a run sits on is a headline, a byline, a
// caption or prose, read once per line and only as far as needed.

// lineStyle is how a line is written, as the people finder reads it.
type lineStyle uint8

const (
	lineProse     lineStyle = iota
	lineHeadline            // in title case: "Firefighters Battle Blaze Near Old Mill"
	lineTableHead           // a table's column headings: the next line is a rule ("──┼──", "|---|")
	lineCaps                // in capitals: "MAYOR JACKSON WINS SECOND TERM"
)

// lineKinds says, for the runs of a text in order, what kind of line each
// is on. A headline in title case has three capitalised words or more and
// no other word in lower case than the short words headlines leave so.
// Only the lines that hold a run are read, each once, and only as far as
// it takes to tell its kind.
type lineKinds struct {
	toks []token
	text string
	kind lineStyle
	caps []run // the lines in capitals, first and last token
}

// at returns the kind of the line that starts at token line, where run r
// is the first; the lines come in order.
func (lk *lineKinds) at(r run, line int) lineStyle {
	toks, text := lk.toks, lk.text
	nextLine := -1 // the byte where the next line starts
	lineEnd := len(text)
	if e := strings.IndexByte(text[toks[r.last].end:], '\n'); e >= 0 {
		lineEnd = int(toks[r.last].end) + e
		nextLine = lineEnd + 1
	}
	if nextLine >= 0 && isRule(text[nextLine:]) {
		lk.kind = lineTableHead
		return lk.kind
	}
	// most lines are prose that ends in a full stop: no headline, and no
	// line in capitals unless this run's word is; nothing more to read
	e := lineEnd
	for e > int(toks[r.last].end) && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	if e > int(toks[r.last].end) && text[e-1] == '.' && !toks[r.first].acronym() && !dottedAbbrevEnd(text[:e]) {
		lk.kind = lineProse
		return lk.kind
	}
	caps, lower, upper, other := 0, 0, 0, 0
	j := line
	for ; j < len(toks) && toks[j].kind != tBreak; j++ {
		t := toks[j]
		switch {
		case t.kind != tWord:
			continue
		case t.capital():
			caps++
		case lower == 0 && !headlineLower(t.word(text)):
			lower++
		}
		if t.acronym() || t.upper() && t.end-t.start == 1 {
			upper++
		} else {
			other++
		}
		if lower > 0 && other > 0 {
			break // prose: no headline, no capitals; only a table's rule may follow
		}
	}
	switch {
	case lower > 0 && other > 0:
		lk.kind = lineProse
	case upper >= 2 && other == 0:
		lk.kind = lineCaps
		lk.caps = append(lk.caps, run{first: line, last: j - 1})
	case caps >= 3 && lower == 0 && toks[j-1].word(text) != ".":
		lk.kind = lineHeadline // not "Photos by Kim Lund.": a headline ends in no full stop
	default:
		lk.kind = lineProse
	}
	return lk.kind
}

// dottedAbbrevEnd reports whether s ends in an abbreviation written with
// full stops ("... Underneath N.Y.C."): its last stop ends no sentence,
// so the line may still be a headline.
func dottedAbbrevEnd(s string) bool {
	// The last word is found by a loop back to the space before it:
	// it is a few bytes, where strings.LastIndexAny builds a set of the
	// two bytes first, for every line of prose that ends in a full stop.
	i := len(s)
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\t' {
		i--
	}
	w := s[i:]
	return len(w) >= 4 && isASCIIUpper(w[0]) && w[1] == '.' && strings.Count(w, ".") >= 2
}

// headlineLower: the words a headline in title case leaves in lower case,
// articles, conjunctions, short prepositions.
func headlineLower(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "nor", "but", "for", "of", "in", "on", "at", "to", "by", "up", "as", "vs",
		"via", "from", "with", "into", "onto", "per", "than", "off", "out", "over":
		return true
	}
	return false
}
