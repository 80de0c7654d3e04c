package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// sideRow is one row of the sidebar: a group heading, a blank line between
// groups, or one wrapped row of a fact (fact >= 0).
type sideRow struct {
	fact    int
	first   bool // the fact's first row
	heading bool
	spin    bool // the spinner row, while facts are being found
	text    string
	width   int
}

// sidebar lists the facts in groups. Its rows are laid out once per width;
// a change of selection, marks, focus or scroll marks it stale, and the
// reader draws the visible rows once at the end of the event (draw), so
// View only joins strings and an event that changes several things draws
// once.
type sidebar struct {
	pt    *paints
	facts []fact

	width, height int
	layout        []sideRow
	firstRow      []int // first layout row of each fact
	lastRow       []int // last layout row of each fact
	top           int

	selected int    // -1: none
	onScreen []bool // facts with a mention in the article's view
	live     []int  // the same facts as a sorted list, so a scroll clears and follows only them
	focused  bool

	// pending, when set, says the facts are still being found, with a
	// spinner glyph (already styled) before the words.
	pending      string
	pendingWords string

	rows  []string // visible rows, each exactly width cells wide
	stale bool     // rows no longer match the state
	draws int      // times rows were rebuilt: tests check an event draws once
}

// gutterWidth is the selection bar, the on-screen dot and a space before
// each fact.
const gutterWidth = 3

func newSidebar(pt *paints, facts []fact) *sidebar {
	return &sidebar{pt: pt, facts: facts, selected: -1, onScreen: make([]bool, len(facts))}
}

// setFacts replaces the facts (a reload).
func (s *sidebar) setFacts(facts []fact, selected int) {
	s.facts, s.selected = facts, selected
	s.onScreen = make([]bool, len(facts))
	s.live = s.live[:0]
	s.relayout()
	s.clamp()
	s.stale = true
}

// setPending shows the spinner glyph (already styled) and words while
// the facts are on their way; "" when they are in.
func (s *sidebar) setPending(glyph, words string) {
	if glyph == s.pending && words == s.pendingWords {
		return
	}
	relayout := (s.pending != "") != (glyph != "") || words != s.pendingWords
	s.pending, s.pendingWords = glyph, words
	if relayout {
		s.relayout()
		s.clamp()
	}
	s.stale = true
}

// setSelected and setFocused change how rows are drawn.
func (s *sidebar) setSelected(i int) {
	s.selected = i
	s.stale = true
}

func (s *sidebar) setFocused(f bool) {
	s.focused = f
	s.stale = true
}

// setOnScreen marks the facts in list (sorted, as mentionIndex.inView
// gives them) as in the article's view, unmarking only those that were,
// so it costs the facts in view, not all of them.
func (s *sidebar) setOnScreen(list []int) {
	if slices.Equal(list, s.live) {
		return
	}
	for _, i := range s.live {
		s.onScreen[i] = false
	}
	for _, i := range list {
		s.onScreen[i] = true
	}
	s.live = append(s.live[:0], list...)
	s.stale = true
}

func (s *sidebar) setSize(width, height int) {
	w := max(width, 0)
	relayout := w != s.width || s.layout == nil
	s.width, s.height = w, max(height, 0)
	if relayout {
		s.relayout()
	}
	s.clamp()
	s.stale = true
}

// relayout wraps every fact to the sidebar width, with the group headings.
func (s *sidebar) relayout() {
	s.layout = s.layout[:0]
	s.firstRow = make([]int, len(s.facts))
	s.lastRow = make([]int, len(s.facts))
	cw := max(s.width-gutterWidth, 1)
	switch {
	case s.pending != "":
		s.layout = append(s.layout, sideRow{fact: -1, spin: true, text: s.pendingWords, width: ansi.StringWidth(s.pendingWords)})
	case len(s.facts) == 0:
		s.addText(-1, "No figures or people found.", cw)
	}
	heading := ""
	for i, f := range s.facts {
		if f.heading != heading {
			if heading != "" {
				s.layout = append(s.layout, sideRow{fact: -1})
			}
			heading = f.heading
			s.layout = append(s.layout, sideRow{fact: -1, heading: true, text: f.heading, width: ansi.StringWidth(f.heading)})
		}
		s.firstRow[i] = len(s.layout)
		s.addText(i, f.text, cw)
		s.lastRow[i] = len(s.layout) - 1
	}
}

func (s *sidebar) addText(fact int, text string, width int) {
	w := wrapText(text, width)
	for j, ln := range w.lines {
		var b strings.Builder
		display(&b, text[ln.start:ln.end], 0)
		s.layout = append(s.layout, sideRow{fact: fact, first: j == 0, text: b.String(), width: ln.width})
	}
}

func (s *sidebar) clamp() {
	top := min(max(s.top, 0), max(len(s.layout)-s.height, 0))
	if top != s.top {
		s.top = top
		s.stale = true
	}
}

// scroll moves the sidebar's view by n rows.
func (s *sidebar) scroll(n int) {
	s.setTop(s.top + n)
}

// setTop scrolls to top, clamped.
func (s *sidebar) setTop(top int) {
	if top != s.top {
		s.top = top
		s.stale = true
	}
	s.clamp()
}

// firstInView is the first fact the sidebar shows, else 0.
func (s *sidebar) firstInView() int {
	for r := s.top; r < min(s.top+s.height, len(s.layout)); r++ {
		if f := s.layout[r].fact; f >= 0 {
			return f
		}
	}
	return 0
}

// show scrolls so that facts first..last are in view if they fit, else
// first, with its group heading when there is room.
func (s *sidebar) show(first, last int) {
	if first < 0 || first >= len(s.facts) {
		return
	}
	from, to := s.firstRow[first], s.lastRow[max(last, first)]
	if from > 0 && s.layout[from-1].heading {
		from--
	}
	if to-from+1 > s.height {
		to = from + s.height - 1
	}
	if from < s.top {
		s.setTop(from)
	} else if to >= s.top+s.height {
		s.setTop(to - s.height + 1)
	}
}

// follow keeps the facts on screen in view: the selected one while the
// sidebar has the focus, else the first marked fact and, with it, as many
// other marked facts as fit, choosing among equal windows the one nearest
// the current view so the sidebar moves as little as it can.
func (s *sidebar) follow() {
	if s.selected >= 0 && s.focused {
		s.show(s.selected, s.selected)
		return
	}
	marked := s.live
	if len(marked) == 0 || s.height == 0 {
		return
	}
	count := func(top int) int {
		n := 0
		for _, f := range marked {
			if s.firstRow[f] >= top && s.lastRow[f] < top+s.height {
				n++
			}
		}
		return n
	}
	// Only windows holding the first marked fact count, and they start in
	// [lastRow-height+1, firstRow] of it: trying those alone keeps a
	// scroll's cost to the sidebar's height, not its length.
	m0 := marked[0]
	maxTop := max(len(s.layout)-s.height, 0)
	lo, hi := max(s.lastRow[m0]-s.height+1, 0), min(s.firstRow[m0], maxTop)
	dist := func(t int) int { return max(t-s.top, s.top-t) }
	best, bestTop := 0, s.top
	// Ascending, so of two windows as near as each other the upper wins.
	for t := lo; t <= hi; t++ {
		if s.headless(t) {
			// Its first facts would show without their group's name: the
			// window one row up, which has it, is tried instead.
			continue
		}
		if n := count(t); n > best || n == best && n > 0 && dist(t) < dist(bestTop) {
			best, bestTop = n, t
		}
	}
	if best == 0 {
		s.show(m0, m0) // a fact taller than the sidebar
		return
	}
	s.setTop(bestTop)
}

// headless reports whether a window starting at row top would start just
// under a group heading, hiding the name of the group its first facts
// belong to.
func (s *sidebar) headless(top int) bool {
	return top > 0 && top < len(s.layout) && s.layout[top-1].heading
}

// factAt returns the fact on visible row y, or -1.
func (s *sidebar) factAt(y int) int {
	r := s.top + y
	if y < 0 || y >= s.height || r >= len(s.layout) {
		// Below the sidebar is not its next row: the layout goes on past
		// the view, so without the height check a click on the status line
		// would pick a fact no one can see.
		return -1
	}
	return s.layout[r].fact
}

// draw renders the visible rows if they are stale, and reports whether it
// did.
func (s *sidebar) draw() bool {
	if !s.stale {
		return false
	}
	s.render()
	return true
}

// render draws the visible rows.
func (s *sidebar) render() {
	s.stale = false
	s.draws++
	s.rows = s.rows[:0]
	if s.width == 0 {
		return
	}
	cw := max(s.width-gutterWidth, 0)
	for r := s.top; r < s.top+s.height; r++ {
		if r >= len(s.layout) {
			s.rows = append(s.rows, strings.Repeat(" ", s.width))
			continue
		}
		row := s.layout[r]
		if row.spin {
			s.rows = append(s.rows, fitStyled(" "+s.pending+s.pt.muted.render(row.text), s.width))
			continue
		}
		if row.fact < 0 {
			p := s.pt.muted
			if row.heading {
				p = s.pt.heading
			}
			s.rows = append(s.rows, p.render(fit(row.text, row.width, s.width)))
			continue
		}
		bar, dot := " ", " "
		item := s.pt.item
		if row.fact == s.selected {
			// A thin bar while the article has the focus: visible even
			// without colour.
			bar = s.pt.gutter.render("▏")
			item = s.pt.selectedBlur
			if s.focused {
				bar = s.pt.gutter.render("▌")
				item = s.pt.selected
			}
		}
		if row.first && s.onScreen[row.fact] {
			dot = s.pt.onScreen.render("•")
		}
		gutter := bar + dot + " "
		if s.width < gutterWidth {
			gutter = strings.Repeat(" ", s.width)
		}
		s.rows = append(s.rows, gutter+item.render(fit(row.text, row.width, cw)))
	}
}

// fit truncates or pads plain text s of display width w to exactly n cells.
func fit(s string, w, n int) string {
	if n <= 0 {
		return ""
	}
	if w > n {
		s = ansi.Truncate(s, n-1, "") + "…"
		w = ansi.StringWidth(s)
	}
	if w < n {
		s += strings.Repeat(" ", n-w)
	}
	return s
}
