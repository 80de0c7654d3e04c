package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// tabWidth is the distance between tab stops in the article pane.
const tabWidth = 4

// line is one wrapped row: the bytes [start, end) of the text it shows and
// their display width. Rows refer to the text instead of copying it, so a
// 10 MB article costs a few megabytes of rows, not another copy.
type line struct {
	start, end int
	width      int
	// special marks rows holding tabs or control characters, whose display
	// is not their bytes.
	special bool
}

// wrapped is a text word-wrapped to one width. Because rows keep byte
// offsets, a mention's byte span maps to (row, column) by binary search,
// which is what lets highlights survive re-wrapping.
type wrapped struct {
	text  string
	width int
	lines []line
}

// wrapText word-wraps text to width display columns: paragraphs break at
// newlines, lines break at spaces and tabs, and a word wider than the line
// (a URL, a run of CJK) is broken between grapheme clusters. Widths are
// the ones github.com/charmbracelet/x/ansi gives, the measure the Bubble
// Tea renderer and lipgloss use, so rows never overflow the pane.
func wrapText(text string, width int) *wrapped {
	if width < 1 {
		width = 1
	}
	w := &wrapped{text: text, width: width}
	// A guess that avoids regrowing the slice on long articles.
	w.lines = make([]line, 0, len(text)/(width*3/4+1)+strings.Count(text, "\n")/4+1)
	for start := 0; ; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			w.paragraph(start, len(text))
			break
		}
		w.paragraph(start, start+end)
		start += end + 1
	}
	return w
}

// paragraph wraps the text between two newlines.
func (w *wrapped) paragraph(ps, pe int) {
	text := w.text
	cur := line{start: ps, end: ps}
	col := 0
	flush := func(next int) {
		w.lines = append(w.lines, cur)
		cur = line{start: next, end: next}
		col = 0
	}
	i := ps
	for i < pe {
		// Whitespace before the next word: kept only if the word fits after it.
		ws := i
		wsCol := col
		for i < pe && (text[i] == ' ' || text[i] == '\t') {
			if text[i] == '\t' {
				wsCol += tabWidth - wsCol%tabWidth
			} else {
				wsCol++
			}
			i++
		}
		if i == pe {
			break // trailing whitespace is not shown
		}
		hasTab := strings.IndexByte(text[ws:i], '\t') >= 0
		we := i
		for we < pe && text[we] != ' ' && text[we] != '\t' {
			we++
		}
		ww, special := textWidth(text[i:we])
		switch {
		case wsCol+ww <= w.width:
			// The word fits on this row, after its whitespace.
			cur.end, col = we, wsCol+ww
			cur.special = cur.special || special || hasTab
			cur.width = col
			i = we
			continue
		case cur.end > cur.start || col > 0:
			// Start a new row with the word; the whitespace is the break.
			flush(i)
		default:
			// Leading whitespace wider than the row: drop it.
			cur = line{start: i, end: i}
		}
		if ww <= w.width {
			cur.end, col, cur.width, cur.special = we, ww, ww, special
			i = we
			continue
		}
		// A word wider than a row: break it between grapheme clusters.
		for i < we {
			g, gw := cluster(text[i:we])
			ctl := isControlCluster(g)
			if ctl {
				gw = 1 // drawn as U+FFFD
			}
			if col+gw > w.width && col > 0 {
				flush(i)
			}
			i += len(g)
			col += gw
			cur.end, cur.width = i, col
			cur.special = cur.special || ctl
		}
	}
	w.lines = append(w.lines, cur)
}

// textWidth is the display width of s as x/ansi measures it, and whether
// s holds control characters that must not reach the terminal as they are.
func textWidth(s string) (width int, special bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				special = true
			}
			width++
			i++
			continue
		}
		g, gw := cluster(s[i:])
		if isControlCluster(g) {
			special = true
			gw = 1
		}
		width += gw
		i += len(g)
	}
	return width, special
}

// cluster returns the first grapheme cluster of s and its width. ASCII is
// its own cluster here, as in ansi.StringWidth, and so is each invalid
// byte, so a cluster's extent does not depend on where scanning began.
func cluster(s string) (string, int) {
	if s[0] < utf8.RuneSelf {
		return s[:1], 1
	}
	if r, n := utf8.DecodeRuneInString(s); r == utf8.RuneError && n <= 1 {
		return s[:1], 1
	}
	g, gw := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	if len(g) == 0 {
		_, n := utf8.DecodeRuneInString(s)
		return s[:n], 1
	}
	if !utf8.ValidString(g) {
		for i := 0; i < len(g); {
			r, n := utf8.DecodeRuneInString(g[i:])
			if r == utf8.RuneError && n <= 1 {
				g = g[:i]
				break
			}
			i += n
		}
		gw = ansi.StringWidth(g)
	}
	return g, gw
}

// isControlCluster reports a C0 or C1 control, DEL or invalid UTF-8:
// input.Sanitize has removed them already, but the pane checks again
// rather than trust it.
func isControlCluster(g string) bool {
	r, _ := utf8.DecodeRuneInString(g)
	return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || !utf8.ValidString(g)
}

// lineOf returns the row that shows byte offset off (or the row before the
// break it falls in).
func (w *wrapped) lineOf(off int) int {
	i := sort.Search(len(w.lines), func(i int) bool { return w.lines[i].start > off })
	return max(i-1, 0)
}

// position maps a byte offset to its (row, column) in the wrapped text.
func (w *wrapped) position(off int) (row, col int) {
	row = w.lineOf(off)
	ln := w.lines[row]
	off = min(max(off, ln.start), ln.end)
	var b strings.Builder
	return row, display(&b, w.text[ln.start:off], 0)
}

// display writes s as the terminal should show it, starting at column col,
// and returns the column after it: tabs become spaces up to the next stop,
// controls become U+FFFD. Text without either is written as it is.
func display(b *strings.Builder, s string, col int) int {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\t':
			n := tabWidth - col%tabWidth
			b.WriteString("    "[:n])
			col += n
			i++
		case c < 0x20 || c == 0x7f:
			b.WriteRune(utf8.RuneError)
			col++
			i++
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			col++
			i++
		default:
			g, gw := cluster(s[i:])
			if isControlCluster(g) {
				b.WriteRune(utf8.RuneError)
				gw = 1
			} else {
				b.WriteString(g)
			}
			col += gw
			i += len(g)
		}
	}
	return col
}
