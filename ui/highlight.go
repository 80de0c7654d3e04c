package ui

import (
	"sort"
	"strings"
)

// span is a byte range [start, end) of the article text.
type span struct{ start, end int }

// marks is the selected fact's mentions, in text order, and which of them
// is current (-1 for none).
type marks struct {
	spans []span
	cur   int
}

// firstFrom returns the index of the first span that ends after off.
func (m marks) firstFrom(off int) int {
	return sort.Search(len(m.spans), func(i int) bool { return m.spans[i].end > off })
}

// renderRow draws one wrapped row with the marks that touch it: mention
// pieces in mention style, the current one in cur style, the rest as plain
// display text. A mention broken across rows is drawn piece by piece, so
// highlighting never depends on where the text wrapped.
func renderRow(w *wrapped, ln line, m marks, mention, cur paint) string {
	var b strings.Builder
	text := w.text
	col, pos := 0, ln.start
	for i := m.firstFrom(ln.start); i < len(m.spans) && m.spans[i].start < ln.end; i++ {
		s, e := max(m.spans[i].start, pos), min(m.spans[i].end, ln.end)
		if s >= e {
			continue
		}
		if s > pos {
			col = display(&b, text[pos:s], col)
		}
		var piece strings.Builder
		col = display(&piece, text[s:e], col)
		st := mention
		if i == m.cur {
			st = cur
		}
		b.WriteString(st.render(piece.String()))
		pos = e
	}
	if pos < ln.end {
		display(&b, text[pos:ln.end], col)
	}
	return b.String()
}

// touches reports whether any mark overlaps row ln.
func (m marks) touches(ln line) bool {
	i := m.firstFrom(ln.start)
	return i < len(m.spans) && m.spans[i].start < ln.end
}
