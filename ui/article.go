package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// maxReadingWidth caps the article's line length: long lines are hard to
// read, so a wide terminal gets margins, not 200-column lines.
const maxReadingWidth = 100

// minReadingWidth bounds the wrap from below: a pane narrower than this
// shows truncated rows instead of wrapping a long article into millions of
// one-column rows.
const minReadingWidth = 10

// articlePane shows the wrapped article. It re-wraps only when the reading
// width changes. A change of scroll, marks or size marks it stale, and the
// reader renders just the visible rows (rows) once at the end of the event
// (draw), so View only joins strings and a selection that both marks and
// scrolls draws once.
type articlePane struct {
	pt   *paints
	text string

	width, height int // the pane, in cells
	margin        int // blank columns left of the text
	wrap          *wrapped
	top           int // first visible row

	marks  marks    // the selected fact's mentions
	found  marks    // a search's matches
	markup markup   // the article's headings and links
	rows   []string // visible rows, each exactly width cells wide
	stale  bool     // rows no longer match the state
	draws  int      // times rows were rebuilt: tests check an event draws once

	// emptyNote is drawn on the first row while the text is blank, so an
	// empty article says so instead of showing a bare pane; empty while
	// more text may still arrive.
	emptyNote string
	// waiting, when set, is drawn on the first row instead: what the
	// reader waits for, already styled (a spinner and its words).
	waiting string
}

// setWaiting sets (or with "" clears) the waiting line.
func (p *articlePane) setWaiting(line string) {
	if line != p.waiting {
		p.waiting = line
		p.stale = true
	}
}

// emptyArticle is what the pane says for a blank article.
const emptyArticle = "This article is empty: there is no text to read."

func newArticlePane(pt *paints, text string) *articlePane {
	return &articlePane{pt: pt, text: text, marks: marks{cur: -1}, found: marks{cur: -1}}
}

// readingWidth is the wrap width for a pane width.
func readingWidth(paneWidth, margin int) int {
	return max(min(paneWidth-2*margin, maxReadingWidth), minReadingWidth)
}

// setSize resizes the pane, re-wrapping if the reading width changed. The
// row holding the first visible byte stays at the top, so the reader does
// not lose their place.
func (p *articlePane) setSize(width, height int) {
	p.width, p.height = max(width, 0), max(height, 0)
	p.stale = true
	if p.width == 0 {
		// Nothing to show: keep the old wrap rather than wrap for no one
		// (its top still within it for the new height).
		p.clamp()
		return
	}
	p.margin = 0
	if width >= 30 {
		p.margin = 1
	}
	rw := readingWidth(p.width, p.margin)
	if extra := p.width - rw - 2*p.margin; extra > 1 && p.margin > 0 {
		// A pane wider than the reading width centres the text.
		p.margin += extra / 2
	}
	if p.wrap == nil || p.wrap.width != rw {
		anchor := p.anchor()
		p.wrap = wrapText(p.text, rw)
		p.top = p.wrap.lineOf(anchor)
	}
	p.clamp()
}

// setText replaces the text (a reload), keeping the same words at the top:
// the first visible row's text is looked for in the new text nearest its
// old offset, so an edit above the view does not move what is read.
func (p *articlePane) setText(text string) {
	anchor := relocate(p.text, text, p.anchor())
	p.text = text
	p.marks = marks{cur: -1}
	p.found = marks{cur: -1}
	p.markup = markup{osc8: p.markup.osc8}
	p.stale = true
	if p.width == 0 {
		p.wrap = nil // wrapped when a size arrives
		return
	}
	p.wrap = wrapText(text, readingWidth(p.width, p.margin))
	p.top = p.wrap.lineOf(anchor)
	p.clamp()
}

// anchor is the byte offset of the first visible row: the reading position
// that survives re-wrapping.
func (p *articlePane) anchor() int {
	if p.wrap == nil || len(p.wrap.lines) == 0 {
		return 0
	}
	return p.wrap.lines[min(p.top, len(p.wrap.lines)-1)].start
}

func (p *articlePane) maxTop() int {
	if p.wrap == nil {
		return 0
	}
	// (a pane of no rows still shows its top row's place: top stays a row)
	return max(len(p.wrap.lines)-max(p.height, 1), 0)
}

func (p *articlePane) clamp() {
	p.top = min(max(p.top, 0), p.maxTop())
}

// scroll moves the view by n rows (negative: up).
func (p *articlePane) scroll(n int) {
	p.scrollTo(p.top + n)
}

// scrollTo puts row at the top.
func (p *articlePane) scrollTo(row int) {
	old := p.top
	p.top = row
	p.clamp()
	if p.top != old {
		p.stale = true
	}
}

// setMarks highlights a fact's mentions (nil spans: none).
func (p *articlePane) setMarks(m marks) {
	p.marks = m
	p.stale = true
}

// setFound highlights a search's matches (nil spans: none).
func (p *articlePane) setFound(m marks) {
	p.found = m
	p.stale = true
}

// setMarkup sets the text's headings and links.
func (p *articlePane) setMarkup(m markup) {
	p.markup = m
	p.stale = true
}

// reveal scrolls, if needed, so that sp is in view, a third of the way
// down where there is room: close to the reading line, with context above.
func (p *articlePane) reveal(sp span) {
	if p.wrap == nil {
		return
	}
	first, last := p.wrap.lineOf(sp.start), p.wrap.lineOf(max(sp.end-1, sp.start))
	if first >= p.top && last < p.top+p.height {
		return
	}
	p.scrollTo(first - p.height/3)
}

// visible returns the byte range the pane shows.
func (p *articlePane) visible() span {
	if p.wrap == nil || len(p.wrap.lines) == 0 || p.height == 0 {
		return span{}
	}
	last := min(p.top+p.height, len(p.wrap.lines)) - 1
	return span{p.wrap.lines[p.top].start, p.wrap.lines[last].end}
}

// inView reports whether sp overlaps the visible range.
func (p *articlePane) inView(sp span) bool {
	v := p.visible()
	return sp.start < v.end && sp.end > v.start
}

// offsetAt returns the byte offset of the text drawn at cell (x, y) of
// the pane, or -1 where there is no text (a margin, past a row's end,
// below the text).
func (p *articlePane) offsetAt(x, y int) int {
	row := p.top + y
	if p.wrap == nil || y < 0 || y >= p.height || row >= len(p.wrap.lines) {
		return -1
	}
	ln := p.wrap.lines[row]
	col := x - p.margin
	if col < 0 || col >= ln.width {
		return -1
	}
	text := p.text[ln.start:ln.end]
	var b strings.Builder
	for i, c := 0, 0; i < len(text); {
		g, _ := cluster(text[i:])
		b.Reset()
		next := display(&b, g, c)
		if col < next {
			return ln.start + i
		}
		c = next
		i += len(g)
	}
	return -1
}

// percent is the scroll position: 100 when the end is in view.
func (p *articlePane) percent() int {
	if m := p.maxTop(); m > 0 {
		return p.top * 100 / m
	}
	return 100
}

// draw renders the visible rows if they are stale, and reports whether it
// did.
func (p *articlePane) draw() bool {
	if !p.stale {
		return false
	}
	p.render()
	return true
}

// render draws the visible rows. Only rows something decorates, or that
// hold tabs or controls, are rebuilt; the rest are slices of the text.
func (p *articlePane) render() {
	p.stale = false
	p.draws++
	p.rows = p.rows[:0]
	if p.wrap == nil || p.width == 0 {
		return
	}
	pad := strings.Repeat(" ", p.margin)
	textWidth := p.width - p.margin
	blank := p.emptyNote != "" && strings.TrimSpace(p.text) == ""
	for r := p.top; r < p.top+p.height; r++ {
		if p.waiting != "" && r == p.top {
			p.rows = append(p.rows, pad+fitStyled(p.waiting, textWidth))
			continue
		}
		if blank && r == 0 {
			note := ansi.Truncate(p.emptyNote, textWidth, "…")
			p.rows = append(p.rows, pad+p.pt.muted.render(note)+strings.Repeat(" ", max(textWidth-ansi.StringWidth(note), 0)))
			continue
		}
		if r >= len(p.wrap.lines) {
			p.rows = append(p.rows, strings.Repeat(" ", p.width))
			continue
		}
		ln := p.wrap.lines[r]
		s, w := p.text[ln.start:ln.end], ln.width
		switch {
		case p.marks.touches(ln) || p.found.touches(ln) || p.markup.touches(ln):
			// Measured, not assumed: a mention that starts or ends inside a
			// grapheme cluster would otherwise shift the row's width.
			s = p.renderRow(ln)
			w = ansi.StringWidth(s)
		case ln.special:
			var b strings.Builder
			display(&b, p.text[ln.start:ln.end], 0)
			s = b.String()
		}
		if w > textWidth {
			// Only a cluster wider than a tiny pane gets here.
			s = ansi.Truncate(s, textWidth, "")
			w = ansi.StringWidth(s)
		}
		p.rows = append(p.rows, pad+s+strings.Repeat(" ", p.width-p.margin-w))
	}
}

// relocate maps byte offset off in old to the offset of the same text in
// new: unchanged when new still has it there (more of stdin arrived), else
// the nearest place new has it, else off itself, clamped.
func relocate(old, new string, off int) int {
	if off >= len(old) || off <= 0 {
		return min(max(off, 0), len(new))
	}
	snip := old[off:min(off+80, len(old))]
	if i := strings.IndexByte(snip, '\n'); i > 0 {
		snip = snip[:i]
	}
	if off <= len(new) && strings.HasPrefix(new[off:], snip) {
		return off
	}
	best := min(off, len(new))
	dist := -1
	if i := strings.Index(new[min(off, len(new)):], snip); i >= 0 {
		best, dist = min(off, len(new))+i, i
	}
	if i := strings.LastIndex(new[:min(off+len(snip), len(new))], snip); i >= 0 && (dist < 0 || off-i < dist) {
		best = i
	}
	return best
}
