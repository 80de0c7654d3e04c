package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// sideRow is one row of the sidebar: a group heading, a blank line between
// groups, or one wrapped row of a fact (fact >= 0).
type sideRow struct {
	fact    int
	first   bool // the fact's first row
	heading bool
	text    string
	width   int
}

// sidebar lists the facts in groups. Its rows are laid out once per width;
// after each change of selection, marks, focus or scroll it renders the
// visible rows, so View only joins strings.
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
	focused  bool

	rows []string // visible rows, each exactly width cells wide
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
	s.relayout()
	s.render()
}

func (s *sidebar) setSize(width, height int) {
	w := max(width, 0)
	relayout := w != s.width || s.layout == nil
	s.width, s.height = w, max(height, 0)
	if relayout {
		s.relayout()
	}
	s.clamp()
	s.render()
}

// relayout wraps every fact to the sidebar width, with the group headings.
func (s *sidebar) relayout() {
	s.layout = s.layout[:0]
	s.firstRow = make([]int, len(s.facts))
	s.lastRow = make([]int, len(s.facts))
	cw := max(s.width-gutterWidth, 1)
	if len(s.facts) == 0 {
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
	s.top = min(max(s.top, 0), max(len(s.layout)-s.height, 0))
}

// scroll moves the sidebar's view by n rows.
func (s *sidebar) scroll(n int) {
	s.top += n
	s.clamp()
	s.render()
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
		s.top = from
	} else if to >= s.top+s.height {
		s.top = to - s.height + 1
	}
	s.clamp()
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
	var marked []int
	for i, on := range s.onScreen {
		if on {
			marked = append(marked, i)
		}
	}
	if len(marked) == 0 || s.height == 0 {
		return
	}
	count := func(top int) int {
		if f := marked[0]; s.firstRow[f] < top || s.lastRow[f] >= top+s.height {
			return 0
		}
		n := 0
		for _, f := range marked {
			if s.firstRow[f] >= top && s.lastRow[f] < top+s.height {
				n++
			}
		}
		return n
	}
	best, bestTop := count(s.top), s.top
	maxTop := max(len(s.layout)-s.height, 0)
	for d := 1; d <= maxTop; d++ {
		for _, t := range [2]int{s.top - d, s.top + d} {
			if t >= 0 && t <= maxTop {
				if n := count(t); n > best {
					best, bestTop = n, t
				}
			}
		}
	}
	if best == 0 {
		s.show(marked[0], marked[0]) // a fact taller than the sidebar
		return
	}
	s.top = bestTop
}

// factAt returns the fact on visible row y, or -1.
func (s *sidebar) factAt(y int) int {
	r := s.top + y
	if y < 0 || r >= len(s.layout) {
		return -1
	}
	return s.layout[r].fact
}

// render draws the visible rows.
func (s *sidebar) render() {
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
