package ui

import (
	"sort"
	"strconv"
	"strings"
)

// span is a byte range [start, end) of the article text.
type span struct{ start, end int }

// marks is a list of spans in text order, not overlapping, and which of
// them is current (-1 for none): the selected fact's mentions, or a
// search's matches.
type marks struct {
	spans []span
	cur   int
}

// firstFrom returns the index of the first span that ends after off.
func (m marks) firstFrom(off int) int { return firstEndingAfter(m.spans, off) }

// touches reports whether any mark overlaps row ln.
func (m marks) touches(ln line) bool { return overlaps(m.spans, ln) }

func firstEndingAfter(spans []span, off int) int {
	return sort.Search(len(spans), func(i int) bool { return spans[i].end > off })
}

func overlaps(spans []span, ln line) bool {
	i := firstEndingAfter(spans, ln.start)
	return i < len(spans) && spans[i].start < ln.end
}

// link is a hyperlink of the article: its anchor text's span and target.
type link struct {
	span
	url string
}

// markup is what the article's own formatting asks of the pane: its
// headings drawn as headings, and its links (as OSC 8 hyperlinks when the
// terminal shows them). Both are sorted and do not overlap.
type markup struct {
	headings []span
	links    []link
	linkSpan []span // links' spans, for the searches the layers share
	osc8     bool
}

// touches reports whether a heading or a link is on row ln.
func (m *markup) touches(ln line) bool {
	return overlaps(m.headings, ln) || overlaps(m.linkSpan, ln)
}

// layer is one kind of decoration a row is drawn with, and where a row's
// walk through its spans has got to.
type layer struct {
	spans []span
	cur   int // the current span, drawn with curPaint; -1 for none
	paint paint
	curP  paint
	i     int
}

// at says whether off is inside one of the layer's spans (and which), and
// the next offset where that changes.
func (l *layer) at(off int) (in int, next int) {
	for l.i < len(l.spans) && l.spans[l.i].end <= off {
		l.i++
	}
	if l.i == len(l.spans) {
		return -1, int(^uint(0) >> 1)
	}
	if s := l.spans[l.i]; s.start <= off {
		return l.i, s.end
	}
	return -1, l.spans[l.i].start
}

// renderRow draws wrapped row ln of the pane's text with everything that
// decorates it: headings, links, the selected fact's mentions (the current
// one stronger) and a search's matches (likewise). Where decorations
// overlap their escape sequences are combined, later ones winning a
// colour: a match inside a mention shows as a match. Pieces of a span
// broken across rows are drawn row by row, so highlighting never depends
// on where the text wrapped.
func (p *articlePane) renderRow(ln line) string {
	layers := [4]layer{
		{spans: p.markup.headings, cur: -1, paint: p.pt.articleHeading},
		{spans: p.markup.linkSpan, cur: -1, paint: p.pt.link},
		{spans: p.marks.spans, cur: p.marks.cur, paint: p.pt.mention, curP: p.pt.current},
		{spans: p.found.spans, cur: p.found.cur, paint: p.pt.match, curP: p.pt.currentMatch},
	}
	for k := range layers {
		layers[k].i = firstEndingAfter(layers[k].spans, ln.start)
	}
	var b, piece strings.Builder
	text := p.text
	col := 0
	for pos := ln.start; pos < ln.end; {
		next := ln.end
		var open string
		linkAt := -1
		for k := range layers {
			l := &layers[k]
			in, n := l.at(pos)
			next = min(next, n)
			if in < 0 {
				continue
			}
			if in == l.cur {
				open += l.curP.open
			} else {
				open += l.paint.open
			}
			if k == 1 {
				linkAt = in
			}
		}
		if open == "" && linkAt < 0 {
			col = display(&b, text[pos:next], col)
			pos = next
			continue
		}
		piece.Reset()
		col = display(&piece, text[pos:next], col)
		if linkAt >= 0 && p.markup.osc8 {
			b.WriteString(hyperlink(p.markup.links[linkAt].url, linkAt))
		}
		b.WriteString(open)
		b.WriteString(piece.String())
		if open != "" {
			b.WriteString(resetSGR)
		}
		if linkAt >= 0 && p.markup.osc8 {
			b.WriteString(hyperlinkEnd)
		}
		pos = next
	}
	return b.String()
}

// resetSGR ends every style: what each paint's close is (lipgloss closes
// with a full reset), so one reset ends combined paints.
const resetSGR = "\x1b[0m"

// hyperlink opens an OSC 8 hyperlink to url. The id makes the pieces of
// one link broken across rows a single link to the terminal.
func hyperlink(url string, id int) string {
	return "\x1b]8;id=fp" + strconv.Itoa(id) + ";" + url + "\x1b\\"
}

// hyperlinkEnd closes an OSC 8 hyperlink.
const hyperlinkEnd = "\x1b]8;;\x1b\\"
