package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/factpane/factpane/model"
)

// keyMsg builds the tea.KeyMsg a terminal sends for a key name.
func keyMsg(k string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "enter": tea.KeyEnter, "esc": tea.KeyEsc,
		"up": tea.KeyUp, "down": tea.KeyDown, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"home": tea.KeyHome, "end": tea.KeyEnd, " ": tea.KeySpace, "ctrl+c": tea.KeyCtrlC,
		"ctrl+d": tea.KeyCtrlD, "ctrl+u": tea.KeyCtrlU, "ctrl+z": tea.KeyCtrlZ,
	}
	if t, ok := named[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

func press(r *Reader, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		_, cmd = r.Update(keyMsg(k))
	}
	return cmd
}

// selectText selects the fact whose sidebar text starts with prefix.
func selectText(t *testing.T, r *Reader, prefix string) {
	t.Helper()
	for i, f := range r.facts {
		if strings.HasPrefix(f.text, prefix) {
			r.selectFact(i)
			r.flush() // as Update does at the end of an event
			return
		}
	}
	t.Fatalf("no fact %q in %v", prefix, r.facts)
}

// visibleText is the article pane as plain text, one string.
func visibleText(r *Reader) string {
	return ansi.Strip(strings.Join(r.art.rows, "\n"))
}

// styledRuns returns the text drawn under a non-reset SGR in s, one entry
// per run, in order.
func styledRuns(s string) []string {
	var runs []string
	var cur strings.Builder
	styled := false
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "\x1b[") {
			j := strings.IndexByte(s[i:], 'm')
			params := s[i+2 : i+j]
			if cur.Len() > 0 && styled {
				runs = append(runs, cur.String())
			}
			cur.Reset()
			styled = params != "0" && params != ""
			i += j + 1
			continue
		}
		cur.WriteByte(s[i])
		i++
	}
	if styled && cur.Len() > 0 {
		runs = append(runs, cur.String())
	}
	return runs
}

func checkFrame(t *testing.T, view string, w, h int) {
	t.Helper()
	rows := strings.Split(view, "\n")
	if w == 0 || h == 0 {
		if view != "" {
			t.Fatalf("%dx%d: want empty view, got %q", w, h, view)
		}
		return
	}
	if len(rows) != h {
		t.Fatalf("%dx%d: %d rows", w, h, len(rows))
	}
	for i, row := range rows {
		if got := ansi.StringWidth(row); got != w {
			t.Fatalf("%dx%d: row %d is %d wide: %q", w, h, i, got, row)
		}
		if strings.ContainsAny(ansi.Strip(row), "\x1b\x07\r\t") {
			t.Fatalf("%dx%d: row %d holds control bytes: %q", w, h, i, row)
		}
	}
}

func TestSidebarGroupsAndLines(t *testing.T) {
	r := newTestReader(t, storyDoc(), asciiStyles(), 120, 30)
	var got []string
	for _, f := range r.facts {
		got = append(got, f.heading+": "+f.text)
	}
	want := []string{
		"Casualties: at least 12 killed · people killed in the floods ×2",
		"Casualties: more than 40 wounded ×2",
		"Arrests: 3 arrested · arrests for looting",
		"Money: €2.5 million · emergency aid",
		"Percentages: 30% · rise in claims",
		"People: Ana Ruiz · Mayor ×2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("facts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	view := r.View()
	for _, want := range []string{"Casualties", "Arrests", "Money", "Percentages", "People",
		"• at least 12 killed · people", "  killed in the floods ×2", "• more than 40 wounded ×2", "• Ana Ruiz · Mayor ×2"} {
		if !strings.Contains(view, want) {
			t.Errorf("sidebar lacks %q:\n%s", want, view)
		}
	}
	for _, hidden := range []string{"Raids", "Personnel", "Durations", "Measures", "Other figures"} {
		if strings.Contains(view, hidden) {
			t.Errorf("empty group %q shown", hidden)
		}
	}
	checkFrame(t, view, 120, 30)
}

func TestQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		r := newTestReader(t, storyDoc(), asciiStyles(), 80, 20)
		cmd := press(r, k)
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Fatalf("%s: command is not tea.Quit", k)
		}
	}
}

func TestScrollKeys(t *testing.T) {
	r := newTestReader(t, storyDoc(), asciiStyles(), 100, 12)
	h := r.lay.artH
	steps := []struct {
		key  string
		want func(max int) int
	}{
		{"j", func(int) int { return 1 }},
		{"down", func(int) int { return 2 }},
		{"k", func(int) int { return 1 }},
		{"up", func(int) int { return 0 }},
		{"up", func(int) int { return 0 }},
		{" ", func(int) int { return h - 1 }},
		{"pgdown", func(int) int { return 2 * (h - 1) }},
		{"pgup", func(int) int { return h - 1 }},
		{"d", func(int) int { return h - 1 + h/2 }},
		{"u", func(int) int { return h - 1 }},
		{"G", func(m int) int { return m }},
		{"j", func(m int) int { return m }},
		{"g", func(int) int { return 0 }},
		{"end", func(m int) int { return m }},
		{"home", func(int) int { return 0 }},
	}
	for _, s := range steps {
		press(r, s.key)
		if want := s.want(r.art.maxTop()); r.art.top != want {
			t.Fatalf("after %q: top %d, want %d", s.key, r.art.top, want)
		}
	}
	// The mouse wheel scrolls the pane under the pointer.
	r.Update(tea.MouseMsg{X: 5, Y: 3, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if r.art.top != 3 {
		t.Fatalf("wheel down: top %d, want 3", r.art.top)
	}
	r.Update(tea.MouseMsg{X: 5, Y: 3, Button: tea.MouseButtonWheelUp, Action: tea.MouseActionPress})
	if r.art.top != 0 {
		t.Fatalf("wheel up: top %d, want 0", r.art.top)
	}
	if !strings.HasSuffix(ansi.Strip(r.status), "0% ") {
		t.Fatalf("status %q does not end in the position", r.status)
	}
	press(r, "G")
	if !strings.HasSuffix(ansi.Strip(r.status), "100% ") {
		t.Fatalf("status %q at the end", r.status)
	}
}

func TestSelectHighlightsAndJumps(t *testing.T) {
	doc := storyDoc()
	r := newTestReader(t, doc, ansiStyles(), 120, 12)
	press(r, "tab")
	if r.focus != focusSidebar || r.selected != 0 {
		t.Fatalf("tab: focus %v selected %d", r.focus, r.selected)
	}
	// The first fact is on screen, so selecting it does not scroll.
	if r.art.top != 0 || r.art.marks.cur != 0 {
		t.Fatalf("top %d cur %d", r.art.top, r.art.marks.cur)
	}
	if runs := styledRuns(strings.Join(r.art.rows, "\n")); strings.Join(runs, "|") != "12 people were killed" {
		t.Fatalf("styled %q", runs)
	}
	// n goes to the second mention, far down: the article follows.
	press(r, "n")
	if r.art.marks.cur != 1 || r.art.top == 0 {
		t.Fatalf("n: cur %d top %d", r.art.marks.cur, r.art.top)
	}
	if !strings.Contains(visibleText(r), "12 killed") {
		t.Fatalf("second mention not in view:\n%s", visibleText(r))
	}
	press(r, "n") // two mentions: wraps to the first
	if r.art.marks.cur != 0 || r.art.top != 0 {
		t.Fatalf("n wrap: cur %d top %d", r.art.marks.cur, r.art.top)
	}
	press(r, "N") // and back round to the last
	if r.art.marks.cur != 1 {
		t.Fatalf("N wrap: cur %d", r.art.marks.cur)
	}
	press(r, "enter")
	if r.art.marks.cur != 0 || r.art.top != 0 {
		t.Fatalf("enter: cur %d top %d", r.art.marks.cur, r.art.top)
	}
	// down selects the next fact; esc clears.
	press(r, "down")
	if r.selected != 1 || !strings.HasPrefix(r.facts[1].text, "more than 40 wounded") {
		t.Fatalf("down: selected %d", r.selected)
	}
	press(r, "esc")
	if r.selected != -1 || len(styledRuns(strings.Join(r.art.rows, "\n"))) != 0 {
		t.Fatalf("esc left a selection or highlights")
	}
	if !strings.Contains(ansi.Strip(r.status), "tab article/facts") {
		t.Fatalf("status lacks hints: %q", ansi.Strip(r.status))
	}
}

// TestOnlyMentionsStyled proves the selected fact's mentions, and nothing
// else in the article, are drawn styled, the current one differently.
func TestOnlyMentionsStyled(t *testing.T) {
	doc := storyDoc()
	st := ansiStyles()
	r := newTestReader(t, doc, st, 120, 120)
	selectText(t, r, "at least 12 killed")
	if r.art.marks.cur != 0 {
		t.Fatalf("cur %d", r.art.marks.cur)
	}
	var want []string
	for _, m := range doc.Article.Figures[0].Mentions {
		want = append(want, m.Text)
	}
	got := styledRuns(strings.Join(r.art.rows, "\n"))
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("styled runs %q, want %q", got, want)
	}
	// Current and other mentions are styled differently.
	cur := st.Current.Render("12 people were killed")
	other := st.Mention.Render("12 killed")
	if cur == "12 people were killed" || other == "12 killed" || cur == st.Mention.Render("12 people were killed") {
		t.Fatal("ANSI styles draw nothing")
	}
	all := strings.Join(r.art.rows, "\n")
	if !strings.Contains(all, cur) || !strings.Contains(all, other) {
		t.Fatalf("current or other mention not drawn with its style:\n%q", all)
	}
	// Stripped of styles, the pane reads exactly as with no selection.
	plain := newTestReader(t, doc, st, 120, 120)
	if got, want := visibleText(r), visibleText(plain); got != want {
		t.Fatalf("highlighting changed the text:\n%s\n---\n%s", got, want)
	}
}

func TestRenderRowPieces(t *testing.T) {
	text := "Mayor Ana Ruiz said\tmore"
	p := newArticlePane(newPaints(ansiStyles()), text)
	p.setSize(11, 5) // "Mayor Ana Ruiz" is wider than 11: "Ana Ruiz" breaks across rows
	p.setMarks(marks{spans: []span{{6, 14}}, cur: 0})
	var runs []string
	for _, ln := range p.wrap.lines {
		runs = append(runs, styledRuns(p.renderRow(ln))...)
	}
	if strings.Join(runs, "|") != "Ana|Ruiz" {
		t.Fatalf("runs %q", runs)
	}
	for _, ln := range p.wrap.lines {
		if !p.marks.touches(ln) {
			if out := p.renderRow(ln); strings.Contains(out, "\x1b") {
				t.Fatalf("untouched row styled: %q", out)
			}
		}
	}
}

func TestResizeKeepsPositionAndHighlights(t *testing.T) {
	doc := storyDoc()
	r := newTestReader(t, doc, ansiStyles(), 120, 20)
	press(r, "d", "j", "j")
	anchor := r.art.anchor()
	for _, size := range [][2]int{{60, 20}, {200, 50}, {45, 9}, {120, 20}} {
		r.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if v := r.art.visible(); anchor < v.start || anchor >= v.end {
			t.Fatalf("%v: reading position %d left the view %v", size, anchor, v)
		}
		checkFrame(t, r.View(), size[0], size[1])
	}
	selectText(t, r, "Ana Ruiz")
	press(r, "n")
	cur := r.art.marks.spans[r.art.marks.cur]
	for _, size := range [][2]int{{60, 20}, {30, 12}, {140, 40}} {
		r.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if r.art.marks.cur != 1 || !r.art.inView(cur) {
			t.Fatalf("%v: current mention lost (cur %d)", size, r.art.marks.cur)
		}
		runs := strings.Join(styledRuns(strings.Join(r.art.rows, "\n")), "")
		if !strings.Contains(runs, "Ruiz") {
			t.Fatalf("%v: highlight lost after re-wrap: %q", size, runs)
		}
	}
}

func TestNarrowLayout(t *testing.T) {
	r := newTestReader(t, storyDoc(), asciiStyles(), 60, 20)
	if !r.lay.stacked || r.lay.sideH == 0 {
		t.Fatalf("60 columns: want the sidebar under the article: %+v", r.lay)
	}
	view := r.View()
	checkFrame(t, view, 60, 20)
	if !strings.Contains(view, "Casualties") || !strings.Contains(view, "────") {
		t.Fatalf("stacked view:\n%s", view)
	}
	press(r, "s")
	if r.lay.sideH != 0 || r.lay.headH+r.lay.artH != 19 {
		t.Fatalf("s hides the sidebar: %+v", r.lay)
	}
	press(r, "s")
	if r.lay.sideH == 0 {
		t.Fatalf("s shows it again: %+v", r.lay)
	}
	// Too short for both: the sidebar appears when focused.
	r.SetSize(40, 6)
	if r.lay.sideH != 0 {
		t.Fatalf("40x6: %+v", r.lay)
	}
	press(r, "tab")
	if r.lay.sideH != 5 || r.lay.artH != 0 || !strings.Contains(r.View(), "Casualties") {
		t.Fatalf("40x6 focused sidebar: %+v\n%s", r.lay, r.View())
	}
	checkFrame(t, r.View(), 40, 6)
}

func TestHelp(t *testing.T) {
	r := newTestReader(t, storyDoc(), asciiStyles(), 100, 20)
	press(r, "h")
	view := r.View()
	for _, want := range []string{"next mention", "first mention", "clear search/selection", "show/hide facts", "page down"} {
		if !strings.Contains(view, want) {
			t.Fatalf("full help lacks %q:\n%s", want, view)
		}
	}
	checkFrame(t, view, 100, 20)
	press(r, "h")
	if strings.Contains(r.View(), "clear search/selection") {
		t.Fatal("? does not close the help")
	}
	// Narrow: the columns that do not fit go below, none is cut.
	r.SetSize(50, 20)
	press(r, "h")
	view = r.View()
	for _, want := range []string{"next mention", "first mention", "clear search/selection", "show/hide facts", "page down", "bottom", "quit"} {
		if !strings.Contains(view, want) {
			t.Fatalf("50 columns: full help lacks %q:\n%s", want, view)
		}
	}
	checkFrame(t, view, 50, 20)
}

func TestTinySizes(t *testing.T) {
	doc := storyDoc()
	keys := []string{"j", "tab", "down", "n", "N", "enter", "G", "h", "s", "tab", "pgdown", "esc", "s", "g"}
	for _, size := range [][2]int{{0, 0}, {1, 1}, {2, 1}, {1, 2}, {3, 3}, {20, 5}, {5, 20}, {79, 4}, {80, 2}, {80, 5}, {10, 10}} {
		w, h := size[0], size[1]
		r := newTestReader(t, doc, ansiStyles(), w, h)
		checkFrame(t, r.View(), w, h)
		for _, k := range keys {
			press(r, k)
			checkFrame(t, r.View(), w, h)
		}
	}
	// A reader that never got a size draws nothing and does not panic.
	r := NewReader(doc, asciiStyles(), DefaultKeyMap())
	press(r, keys...)
	r.Update(ContentMsg{Doc: doc})
	if r.View() != "" || r.art.wrap != nil {
		t.Fatal("unsized reader drew or wrapped something")
	}
	r.SetSize(30, 8)
	checkFrame(t, r.View(), 30, 8)
}

func TestLiveSidebar(t *testing.T) {
	r := newTestReader(t, storyDoc(), asciiStyles(), 100, 10)
	on := func() (list []string) {
		for i, f := range r.facts {
			if r.side.onScreen[i] {
				list = append(list, f.text)
			}
		}
		return list
	}
	if got := on(); len(got) != 5 { // 12 killed, 40 wounded, 3 arrests, €2.5 million, Ana Ruiz
		t.Fatalf("top: on screen %q", got)
	}
	press(r, "G")
	got := on()
	if strings.Join(got, "|") != "at least 12 killed · people killed in the floods ×2|more than 40 wounded ×2|30% · rise in claims|Ana Ruiz · Mayor ×2" {
		t.Fatalf("bottom: on screen %q", got)
	}
	// Nine sidebar rows cannot show all four; they show two, the most
	// any window can.
	if n := strings.Count(strings.Join(r.side.rows, ""), "•"); n != 2 {
		t.Fatalf("%d marked facts in view, want 2:\n%s", n, r.View())
	}
	// Scroll the sidebar away, then read the top again: it follows back
	// to a window with three marked facts.
	r.Update(tea.MouseMsg{X: 90, Y: 2, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	r.Update(tea.MouseMsg{X: 90, Y: 2, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	r.Update(tea.MouseMsg{X: 90, Y: 2, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if r.side.top == 0 {
		t.Fatal("wheel over the sidebar did not scroll it")
	}
	press(r, "g")
	if n := strings.Count(strings.Join(r.side.rows, ""), "•"); n != 3 {
		t.Fatalf("%d marked facts in view, want 3:\n%s", n, r.View())
	}
}

func TestContentMsgKeepsPositionAndSelection(t *testing.T) {
	doc := storyDoc()
	r := newTestReader(t, doc, asciiStyles(), 100, 12)
	selectText(t, r, "more than 40 wounded")
	press(r, "n")
	top, cur := r.art.top, r.art.marks.cur

	// More text arrives at the end (stdin streaming), facts unchanged.
	more := doc
	more.Text = doc.Text + "Officials will give an update on Monday.\n"
	r.Update(ContentMsg{Doc: more, Done: false})
	if r.art.top != top || r.art.marks.cur != cur || r.selected < 0 || !strings.HasPrefix(r.facts[r.selected].text, "more than 40") {
		t.Fatalf("reload lost state: top %d/%d cur %d/%d sel %d", r.art.top, top, r.art.marks.cur, cur, r.selected)
	}
	if !strings.Contains(ansi.Strip(r.status), "loading") {
		t.Fatalf("status while loading: %q", ansi.Strip(r.status))
	}
	// The file changes and the fact is gone: the selection clears.
	gone := doc
	gone.Article.Figures = gone.Article.Figures[2:]
	r.Update(ContentMsg{Doc: gone, Done: true})
	if r.selected != -1 || r.art.marks.cur != -1 || r.art.top != top {
		t.Fatalf("removed fact: sel %d cur %d top %d", r.selected, r.art.marks.cur, r.art.top)
	}
	if strings.Contains(r.View(), "wounded ×2") || strings.Contains(ansi.Strip(r.status), "loading") {
		t.Fatalf("stale content:\n%s", r.View())
	}
}

func TestBadMentionsDoNotPanic(t *testing.T) {
	doc := storyDoc()
	doc.Article.Figures[0].Mentions = append(doc.Article.Figures[0].Mentions,
		model_mention(-5, 3), model_mention(len(doc.Text)-2, len(doc.Text)+50), model_mention(10, 4),
		model_mention(strings.Index(doc.Text, "€")+1, strings.Index(doc.Text, "€")+2))
	r := newTestReader(t, doc, ansiStyles(), 90, 20)
	selectText(t, r, "at least 12")
	press(r, "n", "n", "n", "n", "n", "N")
	checkFrame(t, r.View(), 90, 20)
}

func TestReloadKeepsTheWordsInView(t *testing.T) {
	doc := storyDoc()
	r := newTestReader(t, doc, asciiStyles(), 100, 12)
	press(r, "G", "k", "k")
	before := visibleText(r)
	// Text and a new fact are added at the top: IDs shift, the view and
	// the selection stay on the same words and fact.
	selectText(t, r, "Ana Ruiz")
	edited := doc
	prefix := "Update: 2 more people were killed on Monday.\n"
	edited.Text = prefix + doc.Text
	edited.Article.Figures = append([]model.Figure{{ID: "f1", Value: 2, Text: "2", Category: model.Casualties, Subtype: model.Killed,
		Mentions: []model.Mention{{Start: 8, End: 9, Text: "2"}}}}, doc.Article.Figures...)
	var people []model.Person
	for _, p := range doc.Article.People {
		q := p
		q.Mentions = nil
		for _, m := range p.Mentions {
			q.Mentions = append(q.Mentions, model.Mention{Start: m.Start + len(prefix), End: m.End + len(prefix), Text: m.Text})
		}
		people = append(people, q)
	}
	edited.Article.People = people
	r.Update(ContentMsg{Doc: edited, Done: true})
	if got := visibleText(r); got != before {
		t.Fatalf("view moved:\n%s\n--- was:\n%s", got, before)
	}
	if r.selected < 0 || r.facts[r.selected].key != "p\x00Ana Ruiz" || r.art.marks.cur < 0 {
		t.Fatalf("selection lost: %d", r.selected)
	}
	if sp := r.art.marks.spans[0]; edited.Text[sp.start:sp.end] != "Ana Ruiz" {
		t.Fatalf("marks not rebased: %q", edited.Text[sp.start:sp.end])
	}
}

func TestMouseClickSelects(t *testing.T) {
	r := newTestReader(t, storyDoc(), asciiStyles(), 120, 30)
	// Row 0 is the Casualties heading, row 3 "more than 40 wounded".
	r.Update(tea.MouseMsg{X: 100, Y: 3, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if r.focus != focusSidebar || r.selected < 0 || !strings.HasPrefix(r.facts[r.selected].text, "more than 40 wounded") {
		t.Fatalf("click: focus %v selected %d", r.focus, r.selected)
	}
	r.Update(tea.MouseMsg{X: 10, Y: 3, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if r.focus != focusArticle || r.selected < 0 {
		t.Fatalf("click in the article: focus %v selected %d", r.focus, r.selected)
	}
}

// TestNoTerminalControlsFromText feeds text and facts that were never
// sanitised: with a colourless renderer the frame must hold no escape,
// bell or C1 byte at all, whatever the article contained.
func TestNoTerminalControlsFromText(t *testing.T) {
	text := "Evil\x1b]0;pwned\x07 title\nBody \x1b[2J with \u009b31m and 12 killed\tby \x1b[31mMr X\x1b[0m.\n"
	doc := Doc{Text: text, Article: model.Article{
		Title:   "Evil\x1b]0;pwned\x07 title",
		Figures: []model.Figure{{Text: "12", Value: 12, Category: model.Casualties, Subtype: model.Killed, Label: "killed\x1b[5m", Mentions: mentionsOf(text, "12 killed")}},
		People:  []model.Person{{Name: "Mr\x1b[31m X", Mentions: mentionsOf(text, "\x1b[31mMr X")}},
	}}
	for _, size := range [][2]int{{120, 20}, {50, 12}} {
		r := newTestReader(t, doc, asciiStyles(), size[0], size[1])
		for _, k := range []string{"", "tab", "down", "n", "h"} {
			if k != "" {
				press(r, k)
			}
			if v := r.View(); strings.ContainsAny(v, "\x1b\x07\u009b") {
				t.Fatalf("%v after %q: control bytes in the frame: %q", size, k, v)
			}
		}
	}
}

func TestEmptyArticleSaysSo(t *testing.T) {
	r := newTestReader(t, Doc{Text: "  \n\n"}, asciiStyles(), 100, 12)
	if !strings.Contains(r.View(), "This article is empty") {
		t.Fatalf("empty article without a note:\n%s", r.View())
	}
	// While stdin may still bring text, blank is not yet empty.
	r.Update(ContentMsg{Doc: Doc{Text: ""}, Done: false})
	if strings.Contains(r.View(), "This article is empty") {
		t.Fatalf("note shown while loading:\n%s", r.View())
	}
	r.Update(ContentMsg{Doc: Doc{Text: "Now there is text.\n"}, Done: true})
	if v := r.View(); strings.Contains(v, "This article is empty") || !strings.Contains(v, "Now there is text.") {
		t.Fatalf("note kept after text arrived:\n%s", v)
	}
}

// TestKeyBurst: keys that arrive in one read reach the reader one by one,
// as if typed apart, so a held-down j scrolls instead of doing nothing.
func TestKeyBurst(t *testing.T) {
	one := newTestReader(t, storyDoc(), asciiStyles(), 60, 8)
	press(one, "j", "j", "j")
	burst := newTestReader(t, storyDoc(), asciiStyles(), 60, 8)
	press(burst, "jjj")
	if burst.art.top != one.art.top || one.art.top == 0 {
		t.Fatalf("burst scrolled to row %d, keys one by one to %d", burst.art.top, one.art.top)
	}
	if !quits(press(burst, "kq")) {
		t.Fatal("q inside a burst did not quit")
	}
	// A paste is text, not keys.
	pasted := newTestReader(t, storyDoc(), asciiStyles(), 60, 8)
	pasted.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jjj"), Paste: true})
	if pasted.art.top != 0 {
		t.Fatalf("a paste scrolled the article to row %d", pasted.art.top)
	}
}

// quits reports whether cmd, or a command it batches, quits the program.
func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if quits(c) {
				return true
			}
		}
	}
	return false
}
