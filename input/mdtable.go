package input

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	east "github.com/yuin/goldmark/extension/ast"
)

// mdTable is a GFM table being read. Its cells' text is written to the
// end of the document's text as it is read, one cell after the other;
// when the table ends and its column widths are known, the cells are moved
// apart, from the last one back, to their places in the laid-out table and
// the padding and rules are written between them (layout). The text is
// never copied elsewhere, so a table of millions of cells costs its text
// and a few bytes a cell.
type mdTable struct {
	// start is where the cells' text starts in the document's text, and
	// firstLink the index of the first link in it.
	start, firstLink int
	// ends holds where each cell's text ends, from start (it starts where
	// the one before ends).
	ends []int32
	// rows holds each row's number of cells; the header is the first.
	rows   []int32
	widths []int
	align  []east.Alignment
	// prefix is the list bullet the table is the first block of, if any.
	prefix string
}

// maxTableText bounds the text of one table, so that int32 holds its
// offsets; a table past it is laid out and its rows go on in a new one.
const maxTableText = 1 << 30

// columnGap and headerGap separate columns in rows and in the rule under
// the header.
const (
	columnGap = " │ "
	headerGap = "─┼─"
)

// startTable begins a table at the end of the text.
func (m *mdWriter) startTable(t *east.Table, prefix string) {
	m.flushTable()
	m.table = &mdTable{start: m.out.Len(), firstLink: len(m.out.links), align: t.Alignments, prefix: prefix}
}

// addRows reads t's rows into m.table, leaving out its header when t
// continues the table (the header was repeated to parse it).
func (m *mdWriter) addRows(t *east.Table, cont bool) {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if _, header := row.(*east.TableHeader); header && cont {
			continue
		}
		if m.out.Len()-m.table.start > maxTableText {
			m.startTable(t, "")
		}
		tb := m.table
		n := 0
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			start := m.out.Len()
			m.inline(c)
			m.out.trimSpace(start)
			for i := start; i < m.out.Len(); i++ {
				if b := m.out.b[i]; b == '\t' || b == '\n' {
					m.out.b[i] = ' ' // one line a row; same length, spans kept
				}
			}
			tb.ends = append(tb.ends, int32(m.out.Len()-tb.start))
			if n == len(tb.widths) {
				tb.widths = append(tb.widths, 0)
			}
			tb.widths[n] = max(tb.widths[n], textWidth(m.out.b[start:]))
			n++
		}
		tb.rows = append(tb.rows, int32(n))
	}
}

// textWidth is how many terminal columns b takes, as the reader measures
// it (ansi.StringWidth); for ASCII, its length.
func textWidth(b []byte) int {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return ansi.StringWidth(string(b))
		}
	}
	return len(b)
}

// tableVisitor is handed the laid-out table piece by piece: fixed text (a
// separator, a line break), a run of n copies of rep (padding, the rule),
// or cell i, whose text was read at [start, end) of the table's text. It
// measures a cell's width where the cell's text is at the time.
type tableVisitor interface {
	text(s string)
	repeat(rep string, n int)
	cell(i, start, end int)
	width(i, start, end int) int
}

// layout walks the laid-out table: the header, a rule, then the rows, each
// cell padded to its column's width and aligned as the delimiter row says,
// columns separated by " │ ", no space at a line's end. Rows are written
// whole (a cell wider than the pane wraps with its row) so a cell's text,
// and every span in it, stays in one piece.
func (t *mdTable) layout(sep string, v tableVisitor) {
	v.text(sep)
	v.text(t.prefix)
	indent := textWidth([]byte(t.prefix))
	cols := len(t.widths)
	ci, prev := 0, 0
	for r, n := range t.rows {
		if r > 0 {
			v.text("\n")
			v.repeat(" ", indent)
		}
		for c := range cols {
			start, end := prev, prev
			if c < int(n) {
				end = int(t.ends[ci])
			}
			last := c == cols-1
			if c > 0 {
				if last && start == end {
					v.text(columnGap[:len(columnGap)-1]) // no space at the end
					if c < int(n) {
						ci++
					}
					continue
				}
				v.text(columnGap)
			}
			free := t.widths[c]
			if start < end {
				free -= v.width(ci, start, end)
			}
			left := 0
			if c < len(t.align) {
				switch t.align[c] {
				case east.AlignRight:
					left = free
				case east.AlignCenter:
					left = free / 2
				}
			}
			v.repeat(" ", left)
			if c < int(n) {
				v.cell(ci, start, end)
				prev = end
				ci++
			}
			if !last {
				v.repeat(" ", free-left)
			}
		}
		if r == 0 {
			v.text("\n")
			v.repeat(" ", indent)
			for c, w := range t.widths {
				if c > 0 {
					v.text(headerGap)
				}
				v.repeat("─", w)
			}
		}
	}
}

// tableSize counts the laid-out table's bytes and notes where each cell
// goes; the cells are where they were read, in b.
type tableSize struct {
	b   []byte
	n   int
	dst []int32
}

func (s *tableSize) width(i, start, end int) int { return textWidth(s.b[start:end]) }
func (s *tableSize) text(str string)             { s.n += len(str) }
func (s *tableSize) repeat(rep string, n int)    { s.n += len(rep) * max(n, 0) }
func (s *tableSize) cell(i, start, end int) {
	s.dst[i] = int32(s.n)
	s.n += end - start
}

// tableFill writes the laid-out table's separators and padding around the
// cells already in place in b, at dst.
type tableFill struct {
	b   []byte
	n   int
	dst []int32
}

func (f *tableFill) width(i, start, end int) int {
	return textWidth(f.b[f.dst[i] : int(f.dst[i])+end-start])
}
func (f *tableFill) text(s string) { f.n += copy(f.b[f.n:], s) }
func (f *tableFill) repeat(rep string, n int) {
	for range n {
		f.n += copy(f.b[f.n:], rep)
	}
}
func (f *tableFill) cell(i, start, end int) { f.n += end - start }

// flushTable lays out the table read so far, if any, in place.
func (m *mdWriter) flushTable() {
	t := m.table
	if t == nil {
		return
	}
	m.table = nil
	for len(t.widths) < len(t.align) {
		t.widths = append(t.widths, 0)
	}
	if len(t.rows) == 0 || len(t.widths) == 0 {
		return
	}
	sep := ""
	if t.start > 0 {
		sep = "\n\n"
	}
	size := tableSize{b: m.out.b[t.start:], dst: make([]int32, len(t.ends))}
	t.layout(sep, &size)
	// Grow the text to the table's size and move each cell to its place,
	// the last first: a cell only moves right, past the cells before it.
	m.out.b = append(m.out.b, make([]byte, t.start+size.n-len(m.out.b))...)
	b := m.out.b[t.start:]
	for i := len(t.ends) - 1; i >= 0; i-- {
		start := 0
		if i > 0 {
			start = int(t.ends[i-1])
		}
		copy(b[size.dst[i]:], b[start:t.ends[i]])
	}
	links := m.out.links[t.firstLink:]
	for i, ci := 0, 0; i < len(links); i++ {
		for int(t.ends[ci]) <= links[i].Start-t.start {
			ci++
		}
		start := 0
		if ci > 0 {
			start = int(t.ends[ci-1])
		}
		shift := int(size.dst[ci]) - start
		links[i].Start += shift
		links[i].End += shift
	}
	t.layout(sep, &tableFill{b: b, dst: size.dst})
	m.tight = false
}
