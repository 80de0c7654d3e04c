package ui

import (
	"math/rand"
	"strings"
	"testing"
	"unsafe"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse"
	"github.com/factpane/factpane/samples"
)

func click(r *Reader, x, y int) {
	r.Update(tea.MouseMsg{X: x, Y: y, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
}

// TestClickOnStatusLineSelectsNothing: the sidebar's layout goes on below
// its view, so a click on the status line (or past the sidebar's height)
// must not reach the row under it; nor may a click on the help.
func TestClickOnStatusLineSelectsNothing(t *testing.T) {
	for _, size := range [][2]int{{120, 8}, {60, 12}} {
		r := newTestReader(t, storyDoc(), asciiStyles(), size[0], size[1])
		s := r.side
		// Scroll the sidebar so that the row under its view is a fact's.
		for s.top+s.height < len(s.layout) && s.layout[s.top+s.height].fact < 0 {
			s.setTop(s.top + 1) // as the wheel does, a row at a time
			r.flush()
		}
		if row := s.top + s.height; row >= len(s.layout) {
			t.Fatalf("%v: no fact under the sidebar; the test needs one", size)
		}
		click(r, size[0]-5, r.lay.bodyH)
		if r.selected != -1 || r.focus != focusArticle {
			t.Fatalf("%v: click on the status line: selected %d focus %v", size, r.selected, r.focus)
		}
		if f := s.factAt(s.height); f != -1 {
			t.Fatalf("%v: factAt(height) = %d", size, f)
		}
	}
	r := newTestReader(t, storyDoc(), asciiStyles(), 120, 30)
	press(r, "h")
	click(r, 100, 3) // "more than 40 wounded" when the help is closed
	if r.selected != -1 || r.focus != focusArticle {
		t.Fatalf("click with the help open: selected %d focus %v", r.selected, r.focus)
	}
	press(r, "h")
	click(r, 100, 3)
	if r.selected < 0 || !strings.HasPrefix(r.facts[r.selected].text, "more than 40 wounded") {
		t.Fatalf("click with the help closed: selected %d", r.selected)
	}
}

// TestReloadKeepsTheSameOfEqualFacts: two facts with the same key (one
// figure reported twice) stay apart through a reload.
func TestReloadKeepsTheSameOfEqualFacts(t *testing.T) {
	text := "Police made 3 arrests on Monday.\nOn Tuesday police made 3 arrests again.\n"
	ms := mentionsOf(text, "3 arrests")
	fig := func(m model.Mention) model.Figure {
		return model.Figure{Value: 3, Text: "3", Category: model.Arrests, Subtype: model.Arrested, Label: "arrests", Mentions: []model.Mention{m}}
	}
	doc := Doc{Text: text, Article: model.Article{Figures: []model.Figure{fig(ms[0]), fig(ms[1])}}}
	for _, pick := range []int{0, 1} {
		r := newTestReader(t, doc, asciiStyles(), 100, 12)
		r.selectFact(pick)
		r.Update(ContentMsg{Doc: doc, Done: true})
		if r.selected != pick {
			t.Fatalf("selected fact %d, after the reload %d", pick, r.selected)
		}
		// A fact added before both: still the k-th of the equal ones.
		more := doc
		more.Article.Figures = append([]model.Figure{{Value: 9, Text: "9", Category: model.Casualties, Subtype: model.Killed}}, doc.Article.Figures...)
		r.Update(ContentMsg{Doc: more, Done: true})
		if r.selected != pick+1 {
			t.Fatalf("selected fact %d, after a fact was added above %d", pick, r.selected)
		}
	}
}

// TestSidebarKeysWithoutSelection: after esc in the sidebar, up and down
// start at the first fact in view, and g, G and the page keys keep their
// meaning in the list.
func TestSidebarKeysWithoutSelection(t *testing.T) {
	var b strings.Builder
	b.WriteString("Police made 3 arrests for looting.\n")
	for i := 0; i < 30; i++ {
		b.WriteString(filler + "\n")
	}
	b.WriteString("At least 12 people were killed, and the council gave €2 million in aid.\n")
	text := b.String()
	doc := Doc{Text: text, Article: model.Article{Figures: []model.Figure{
		{Value: 12, Text: "12", Category: model.Casualties, Subtype: model.Killed, Mentions: mentionsOf(text, "12 people were killed")},
		{Value: 3, Text: "3", Category: model.Arrests, Subtype: model.Arrested, Mentions: mentionsOf(text, "3 arrests")},
		{Value: 2e6, Text: "€2 million", Unit: "EUR", Category: model.Money, Mentions: mentionsOf(text, "€2 million")},
	}}}
	r := newTestReader(t, doc, asciiStyles(), 100, 12)
	press(r, "tab")
	if r.selected != 1 {
		t.Fatalf("tab selects the fact in view, the arrests: %d", r.selected)
	}
	for _, s := range []struct {
		key  string
		want int
	}{
		{"G", 2}, {"end", 2}, {"g", 0}, {"home", 0},
		{"pgdown", 2}, {" ", 2}, {"pgup", 0}, {"d", 2}, {"u", 0},
		{"down", 1}, {"up", 1}, {"j", 1}, {"k", 1},
	} {
		// Back to the top of the article, where the arrests are in view.
		press(r, "esc", "tab", "g", "tab", "esc")
		if r.selected != -1 || r.focus != focusSidebar || r.firstOnScreen() != 1 {
			t.Fatalf("esc kept %d, or focus %v, or first on screen %d", r.selected, r.focus, r.firstOnScreen())
		}
		press(r, s.key)
		if r.selected != s.want {
			t.Fatalf("%q with no selection: selected %d, want %d", s.key, r.selected, s.want)
		}
	}
}

// TestEachEventDrawsOnce: an event that scrolls, marks, selects and lays
// out draws each pane once, at its end, and View draws nothing.
func TestEachEventDrawsOnce(t *testing.T) {
	doc := storyDoc()
	r := newTestReader(t, doc, asciiStyles(), 120, 20)
	msgs := []tea.Msg{
		keyMsg("tab"), keyMsg("down"), keyMsg("n"), keyMsg("N"), keyMsg("enter"), keyMsg("G"),
		keyMsg("esc"), keyMsg("tab"), keyMsg("j"), keyMsg("s"), keyMsg("s"), keyMsg("h"),
		ContentMsg{Doc: doc, Done: true}, tea.WindowSizeMsg{Width: 60, Height: 20},
		keyMsg("tab"), keyMsg("down"), ContentMsg{Doc: doc, Done: true},
		tea.WindowSizeMsg{Width: 100, Height: 30},
		tea.MouseMsg{X: 90, Y: 3, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress},
		tea.MouseMsg{X: 10, Y: 3, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress},
	}
	for _, msg := range msgs {
		a, s := r.art.draws, r.side.draws
		r.Update(msg)
		if da, ds := r.art.draws-a, r.side.draws-s; da > 1 || ds > 1 {
			t.Fatalf("%#v drew the article %d times, the sidebar %d times", msg, da, ds)
		}
		a, s = r.art.draws, r.side.draws
		_ = r.View()
		if r.art.draws != a || r.side.draws != s {
			t.Fatalf("View drew")
		}
	}
	// A key that changes nothing draws nothing.
	a, s := r.art.draws, r.side.draws
	press(r, "x")
	if r.art.draws != a || r.side.draws != s {
		t.Fatal("an unbound key drew")
	}
}

// TestHelpLaidOutOncePerWidth: the help depends only on the width, so a
// relayout for focus or the sidebar keeps the rows it has.
func TestHelpLaidOutOncePerWidth(t *testing.T) {
	r := newTestReader(t, storyDoc(), asciiStyles(), 100, 20)
	first := unsafe.StringData(r.helpRows[0])
	press(r, "tab", "tab", "s", "s")
	r.Update(tea.WindowSizeMsg{Width: 100, Height: 25})
	if unsafe.StringData(r.helpRows[0]) != first {
		t.Fatal("help laid out again at the same width")
	}
	r.Update(tea.WindowSizeMsg{Width: 50, Height: 25})
	press(r, "h")
	if v := r.View(); !strings.Contains(v, "clear search/selection") || !strings.Contains(v, "quit") {
		t.Fatalf("help at the new width:\n%s", v)
	}
	checkFrame(t, r.View(), 50, 25)
}

// TestFollowMatchesFullSearch checks the sidebar's follow, which tries
// only the windows that can hold the first marked fact, against trying
// every window as it used to.
func TestFollowMatchesFullSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	cats := model.Categories()
	for round := 0; round < 300; round++ {
		facts := make([]fact, 1+rng.Intn(60))
		for i := range facts {
			facts[i].heading = cats[min(i*len(cats)/len(facts), len(cats)-1)].Heading()
			facts[i].text = strings.Repeat("word ", 1+rng.Intn(20))
		}
		s := newSidebar(newPaints(asciiStyles()), facts)
		s.setSize(20+rng.Intn(20), 1+rng.Intn(25))
		var live []int
		for i := range facts {
			if rng.Intn(4) == 0 {
				live = append(live, i)
			}
		}
		s.setOnScreen(live)
		s.setTop(rng.Intn(len(s.layout) + 1))
		want := fullSearchTop(s)
		s.follow()
		if s.top != want {
			t.Fatalf("round %d: top %d, want %d (height %d, rows %d, live %v)", round, s.top, want, s.height, len(s.layout), live)
		}
	}
}

// fullSearchTop is follow's old search over every top, for facts not
// selected.
func fullSearchTop(s *sidebar) int {
	marked := s.live
	if len(marked) == 0 || s.height == 0 {
		return s.top
	}
	count := func(top int) int {
		if f := marked[0]; s.firstRow[f] < top || s.lastRow[f] >= top+s.height {
			return 0
		}
		if top > 0 && s.layout[top-1].heading {
			return 0 // never a window that hides its first group's heading
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
		c := *s
		c.show(marked[0], marked[0])
		return c.top
	}
	return bestTop
}

// sampleDoc is the default sample with the facts parse finds in it.
func sampleDoc(t testing.TB) Doc {
	t.Helper()
	text, ok := samples.Get(samples.Default)
	if !ok {
		t.Fatal("no default sample")
	}
	a := parse.Extract(text)
	a.Source = "sample:" + samples.Default
	return Doc{Article: a, Text: text}
}

// TestSidebarKeepsItsHeadings opens the sample at common sizes: the
// sidebar starts at its first heading, and while the article scrolls the
// sidebar never starts just under a heading (its first facts nameless).
func TestSidebarKeepsItsHeadings(t *testing.T) {
	for _, size := range [][2]int{{120, 30}, {140, 40}, {100, 24}, {80, 24}, {200, 50}, {60, 30}} {
		r := newTestReader(t, sampleDoc(t), asciiStyles(), size[0], size[1])
		if r.lay.sideH == 0 {
			continue
		}
		if got := strings.TrimSpace(r.side.rows[0]); got != "Casualties" {
			t.Errorf("%dx%d: the sidebar starts with %q, not its first heading:\n%s", size[0], size[1], got, r.View())
		}
		for i := 0; i < r.art.maxTop(); i++ {
			press(r, "j")
			if r.side.headless(r.side.top) {
				t.Fatalf("%dx%d at row %d: the sidebar starts under a heading:\n%s", size[0], size[1], i, r.View())
			}
		}
	}
}

// TestNextWithoutSelection: n (and N) with nothing selected pick the
// first fact with a mention on screen, its mention in view current, and
// leave the article where it is.
func TestNextWithoutSelection(t *testing.T) {
	for _, k := range []string{"n", "N"} {
		r := newTestReader(t, storyDoc(), asciiStyles(), 100, 12)
		press(r, k)
		if r.selected != 0 || r.art.marks.cur != 0 || r.art.top != 0 {
			t.Fatalf("%s: selected %d, current %d, top %d", k, r.selected, r.art.marks.cur, r.art.top)
		}
		if !strings.Contains(ansi.Strip(r.status), "[1/2] at least 12 killed") {
			t.Errorf("%s: status %q", k, ansi.Strip(r.status))
		}
	}
	// Scrolled to the end, the first fact on screen is another.
	r := newTestReader(t, storyDoc(), asciiStyles(), 100, 12)
	press(r, "G", "n")
	if r.selected < 0 || !r.art.inView(r.art.marks.spans[r.art.marks.cur]) {
		t.Fatalf("at the end: selected %d, current mention not in view", r.selected)
	}
	if got, want := r.selected, r.onScreen()[0]; got != want {
		t.Errorf("at the end: selected %d, want the first on screen %d", got, want)
	}
	// An article without facts: n does nothing, and does not panic.
	r = newTestReader(t, Doc{Text: "No numbers here.\n"}, asciiStyles(), 100, 12)
	press(r, "n")
	if r.selected != -1 {
		t.Errorf("no facts: selected %d", r.selected)
	}
}

// cellOf finds where the view shows s: its row and column (cells).
func cellOf(t *testing.T, r *Reader, s string) (x, y int) {
	t.Helper()
	for y, row := range strings.Split(ansi.Strip(r.View()), "\n") {
		if i := strings.Index(row, s); i >= 0 {
			return ansi.StringWidth(row[:i]), y
		}
	}
	t.Fatalf("%q not on screen:\n%s", s, r.View())
	return 0, 0
}

// TestClickMentionSelectsFact: a click on a mention in the text selects
// its fact with that mention current; a click on other text does not.
func TestClickMentionSelectsFact(t *testing.T) {
	for _, size := range [][2]int{{120, 30}, {60, 30}} {
		r := newTestReader(t, storyDoc(), asciiStyles(), size[0], size[1])
		x, y := cellOf(t, r, "Ana Ruiz said")
		click(r, x+2, y)
		if r.selected < 0 || !strings.HasPrefix(r.facts[r.selected].text, "Ana Ruiz") || r.art.marks.cur != 0 {
			t.Fatalf("%v: click on Ana Ruiz: selected %d, current %d", size, r.selected, r.art.marks.cur)
		}
		x, y = cellOf(t, r, "12 people were killed")
		click(r, x+len("12 people were k"), y)
		if !strings.HasPrefix(r.facts[r.selected].text, "at least 12 killed") || r.art.marks.cur != 0 {
			t.Fatalf("%v: click on the killed: selected %q, current %d", size, r.facts[r.selected].text, r.art.marks.cur)
		}
		if r.focus != focusArticle {
			t.Errorf("%v: a click in the text moved the focus", size)
		}
		sel := r.selected
		x, y = cellOf(t, r, "Police made")
		click(r, x+1, y)
		if r.selected != sel {
			t.Errorf("%v: a click on plain text changed the selection to %d", size, r.selected)
		}
		click(r, 0, y) // the margin
		click(r, x, 0) // the header
		if r.selected != sel {
			t.Errorf("%v: a click on the margin or header changed the selection", size)
		}
		checkFrame(t, r.View(), size[0], size[1])
	}
}

func TestSuspend(t *testing.T) {
	local := NewReader(storyDoc(), asciiStyles(), DefaultKeyMap(), WithTerm(Term{Suspend: true}))
	local.SetSize(100, 20)
	if _, cmd := local.Update(keyMsg("ctrl+z")); cmd == nil {
		t.Fatal("ctrl+z: no command")
	} else if _, ok := cmd().(tea.SuspendMsg); !ok {
		t.Fatal("ctrl+z does not suspend the local reader")
	}
	// Over SSH (no Suspend) ctrl+z does nothing, in the reader and the
	// library, and the help does not offer it.
	remote := newTestReader(t, storyDoc(), asciiStyles(), 100, 20)
	if _, cmd := remote.Update(keyMsg("ctrl+z")); cmd != nil {
		t.Fatal("ctrl+z returned a command in a reader that may not suspend")
	}
	press(remote, "h")
	if strings.Contains(remote.View(), "suspend") {
		t.Error("the help offers ctrl+z where it does nothing")
	}
	a := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap(), WithArticle("storm"))
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	if _, cmd := a.Update(keyMsg("ctrl+z")); cmd != nil {
		if _, ok := cmd().(tea.SuspendMsg); ok {
			t.Fatal("ctrl+z suspends an App reader without Suspend")
		}
	}
}
