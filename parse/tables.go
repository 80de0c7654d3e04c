package parse

import (
	"strings"

	"github.com/factpane/factpane/model"
)

// Lines that are not prose: the rows of a table, the lines of a results
// or price list, addresses. A table's numbers are figures of their column
// ("Deaths", "Injured", "Votes"), one per cell, labelled by the column and
// the row; a results or price list ("Rovers 2 United 1", "Wheat 212.5
// 210.0") is a run of scores and quotes, none of them a figure the story
// reports; a number inside a web address ("?id=77", "/2020/05/") is part
// of the address.

// lineKind says how the figure finder reads a line.
type lineKind uint8

const (
	lkUnknown lineKind = iota // not yet read: the line has no number so far
	lkProse
	lkResults // a results or price list line: no figures
	lkTable   // a row of a table: figures by column
)

// Table cells are set apart by a box rule (Markdown tables as input/
// lays them out) or by tabs (HTML tables).
const (
	boxColumn = "│"
	tabColumn = "\t"
)

// lineText is the text of the line, from its first token to its last.
func (ln *figLine) lineText() (int, string) {
	lo, hi := int(ln.toks[0].start), int(ln.toks[len(ln.toks)-1].end)
	return lo, ln.text[lo:hi]
}

// kindOf reads what kind of line ln is. It is asked once per line, at its
// first number.
func (ln *figLine) kindOf(i int) lineKind {
	// a row's cells lie close to its numbers: look at the tokens around
	// the first one and the gaps between them (tabs are no tokens)
	const reach = 4
	sep := ""
	lo, hi := max(0, i-reach), min(len(ln.toks)-1, i+reach)
	if strings.IndexByte(ln.text[ln.toks[lo].start:ln.toks[hi].end], '\t') >= 0 {
		sep = tabColumn
	}
	for j := lo; j <= hi && sep == ""; j++ {
		if ln.toks[j].kind == tPunct && ln.text[ln.toks[j].start] == boxColumn[0] && ln.str(j) == boxColumn {
			sep = boxColumn
		}
	}
	if sep != "" && ln.tableAround(int(ln.toks[0].start), sep) {
		return lkTable
	}
	// a results or price line has capitals and numbers next to its numbers
	if next := i + 1; next < len(ln.toks) && (ln.toks[next].kind == tNum || ln.toks[next].upper()) ||
		i > 0 && ln.toks[i-1].upper() {
		if ln.resultsLine() {
			return lkResults
		}
	}
	return lkProse
}

// tableAround reports whether the line holding byte at has a neighbour in
// the same table: the line above or below holds the separator too, or is
// the rule under a heading. A table has a heading and a row at least; one
// line with a stray tab is prose.
func (ln *figLine) tableAround(at int, sep string) bool {
	start := strings.LastIndexByte(ln.text[:at], '\n') + 1
	end := lineEnd(ln.text, at)
	if start > 0 {
		above := ln.text[strings.LastIndexByte(ln.text[:start-1], '\n')+1 : start-1]
		if strings.Contains(above, sep) || isRule(above) {
			return true
		}
	}
	if end < len(ln.text) {
		below := ln.text[end+1 : lineEnd(ln.text, end+1)]
		if strings.Contains(below, sep) || isRule(below) {
			return true
		}
	}
	return false
}

// resultsLine reports whether the line is a results or price list: two or
// more numbers among capitalised names, no lower-case word, no word of
// what befell anyone ("Rovers 2 United 1", "Wheat 212.5 210.0", "Oslo 3
// Bergen 0 (2-0)").
func (ln *figLine) resultsLine() bool {
	nums := 0
	for j, t := range ln.toks {
		switch t.kind {
		case tNum:
			nums++
		case tWord:
			if !t.upper() && !t.digit() {
				return false
			}
			if ln.cls(j, fcCasualty|fcArrest|fcRaid|fcPersonnel|fcCurrency|fcMeasure|fcDuration) || ln.startsNumber(j) {
				return false
			}
		case tPunct:
			if ln.punct(j, ".!?:;") && !(j > 0 && ln.toks[j-1].kind == tNum && ln.adjacent(j-1, j)) {
				return false // a sentence, or "Note:"; a full stop glued to a number may end a price
			}
		}
	}
	return nums >= 2
}

// inURL reports whether token i is part of a web address: the run of
// text without spaces around it holds "://" or opens with "www.".
func (ln *figLine) inURL(i int) bool {
	const reach = 512 // addresses are shorter; a run of text without spaces is not searched further
	start, end := int(ln.toks[i].start), int(ln.toks[i].end)
	lo := start
	for lo > 0 && start-lo < reach && !isSpaceByte(ln.text[lo-1]) {
		lo--
	}
	if lo == start {
		return false // the number opens the run: "12 people"
	}
	hi := end
	for hi < len(ln.text) && hi-end < reach && !isSpaceByte(ln.text[hi]) {
		hi++
	}
	run := ln.text[lo:hi]
	return strings.Contains(run, "://") || strings.HasPrefix(run, "www.")
}

// tableHead is the heading row of the table being read: the text of each
// column's heading and where the heading row starts, and the row read
// last, from which the next row of the same table finds the heading
// without reading the table again.
type tableHead struct {
	cols      []string
	sep       string
	headStart int
	seen      int // where the last row read starts, or -1
}

// head returns the heading row of the table whose row ln is, reading it
// from the text above the row back to the last row read.
func (ln *figLine) head(th *tableHead) *tableHead {
	lo, s := ln.lineText()
	sep := tabColumn
	if strings.Contains(s, boxColumn) {
		sep = boxColumn
	}
	rowStart := strings.LastIndexByte(ln.text[:lo], '\n') + 1
	// Walk up the lines of the table, rows and the rule under the
	// heading, to its first line or to the row read last: each line is
	// walked once.
	const maxRows = 1 << 16
	first := rowStart
	for at, rows := rowStart, 0; at > 0 && rows < maxRows; rows++ {
		if at == th.seen && th.sep == sep {
			th.seen = rowStart
			return th
		}
		prev := strings.LastIndexByte(ln.text[:at-1], '\n') + 1
		line := ln.text[prev : at-1]
		if !strings.Contains(line, sep) && !isRule(line) {
			break
		}
		first, at = prev, prev
	}
	*th = tableHead{sep: sep, seen: rowStart, headStart: first}
	for _, c := range strings.Split(ln.text[first:lineEnd(ln.text, first)], sep) {
		th.cols = append(th.cols, strings.TrimSpace(c))
	}
	return th
}

// lineEnd is the offset of the line break ending the line that holds
// offset at, or the text's length.
func lineEnd(text string, at int) int {
	if i := strings.IndexByte(text[at:], '\n'); i >= 0 {
		return at + i
	}
	return len(text)
}

// isRule reports whether the line text starts with is a table's rule:
// only box-drawing rules, dashes, bars, colons, pluses and spaces, three
// marks at least ("──┼──", "|---|:--|").
func isRule(text string) bool {
	if text != "" && isASCIIAlnum(text[0]) {
		return false // most lines start with a word
	}
	n := 0
	for _, r := range text {
		switch r {
		case '\n':
			return n >= 3
		case ' ', '\t', '\r':
		case '─', '┼', '━', '╋', '═', '╪', '-', '|', '+', ':', '=':
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// cell gives candidate c, read in a table row, what its column says: the
// column's heading is what it counts ("Deaths", "Injured", "Votes"), and
// the heading with the row's first cell is its label ("Deaths, North").
// A number in the heading row itself (a year, a column number) or in a
// row's first cell (a rank, a code) is no figure.
func (ln *figLine) cell(th *tableHead, c *figCand) bool {
	lo, _ := ln.lineText()
	rowStart := strings.LastIndexByte(ln.text[:lo], '\n') + 1
	col := strings.Count(ln.text[rowStart:c.e.start], th.sep)
	if rowStart == th.headStart || col == 0 || col >= len(th.cols) {
		return false
	}
	heading := th.cols[col]
	row := strings.TrimSpace(strings.SplitN(ln.text[rowStart:lineEnd(ln.text, rowStart)], th.sep, 2)[0])
	c.label = joinLabel(heading+",", row)
	if row == "" {
		c.label = heading
	}
	if c.e.kind != nkCount {
		return true // "$5m", "12%": the cell says its unit
	}
	cat, sub, unit := headingCategory(heading)
	c.cat, c.sub, c.strong = cat, sub, true
	switch cat {
	case model.Money:
		c.e.kind, c.e.unit = nkMoney, unit
	case model.Percent:
		c.e.kind, c.e.unit = nkPercent, "%"
	case model.Duration:
		c.e.kind, c.e.unit = nkDuration, unit
	case model.Measure:
		c.e.kind, c.e.unit = nkMeasure, unit
	}
	c.noun = strings.ToLower(c.label) // a column's cells are each a fact of their row
	return true
}

// headingCategory reads a column heading as the category of its numbers:
// "Deaths" casualties (killed), "Arrests" arrests, "Raids" raids, "Troops"
// personnel, "Cost ($)" money, "Share (%)" percent, "Delay (hours)"
// duration, "Length (km)" measure; anything else is a count.
func headingCategory(heading string) (model.Category, string, string) {
	lx := loadLexicon()
	cat, sub, unit := model.Count, "", ""
	for _, w := range strings.FieldsFunc(heading, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == '/' || r == ',' }) {
		if code, ok := currencySymbols[w]; ok {
			return model.Money, "", code
		}
		if w == "%" {
			return model.Percent, "", "%"
		}
		lw := lowerASCII(w)
		if lw == "percent" || lw == "pct" {
			return model.Percent, "", "%"
		}
		fw := lx.keyword(lw)
		if fw == nil {
			continue
		}
		switch {
		case fw.cls&fcCasualty != 0 && fw.cls&fcTransitive == 0 || fw.cls&fcCasualtyNoun != 0 || fw.cls&fcCasualty != 0 && participle(w):
			cat, sub = model.Casualties, fw.sub
		case fw.cls&fcArrest != 0:
			cat, sub = model.Arrests, fw.sub
		case fw.cls&fcRaid != 0:
			cat, sub = model.Raids, ""
		case fw.cls&fcPersonnel != 0 && cat == model.Count:
			cat = model.Personnel
		case fw.cls&fcCurrency != 0 && fw.unit != "":
			return model.Money, "", fw.unit
		case fw.cls&fcDuration != 0:
			return model.Duration, "", fw.unit
		case fw.cls&fcMeasure != 0 && fw.unit != "magnitude":
			return model.Measure, "", fw.unit
		}
	}
	if cat == model.Casualties && (strings.EqualFold(heading, "casualties") || strings.EqualFold(heading, "victims")) {
		sub = "" // lumped: the dead and the injured together
	}
	return cat, sub, unit
}
