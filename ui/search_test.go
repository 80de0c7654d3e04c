package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// settle runs the commands an event returned, as the program would, and
// feeds their messages back, until none is left. Commands that wait (a
// timer) are not waited for.
func settle(r *Reader, cmd tea.Cmd) {
	for depth := 0; cmd != nil && depth < 5; depth++ {
		done := make(chan tea.Msg, 1)
		go func(c tea.Cmd) { done <- c() }(cmd)
		var msg tea.Msg
		select {
		case msg = <-done:
		case <-time.After(100 * time.Millisecond):
			return
		}
		cmd = nil
		switch msg := msg.(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				settle(r, c)
			}
		case nil, tea.QuitMsg:
		default:
			_, cmd = r.Update(msg)
		}
	}
}

// typeKeys presses each key and settles what it started.
func typeKeys(r *Reader, keys ...string) {
	for _, k := range keys {
		_, cmd := r.Update(keyMsg(k))
		settle(r, cmd)
	}
}

// searchFor types a search at the prompt (/ or ?) and runs it.
func searchFor(r *Reader, prompt, q string) {
	typeKeys(r, prompt)
	for _, c := range q {
		typeKeys(r, string(c))
	}
	typeKeys(r, "enter")
}

func statusText(r *Reader) string { return ansi.Strip(r.status) }

func TestSearch(t *testing.T) {
	r := newTestReader(t, storyDoc(), asciiStyles(), 100, 12)
	typeKeys(r, "/")
	if !r.srch.typing || !strings.HasPrefix(statusText(r), "/") {
		t.Fatalf("/ opened no prompt: %q", statusText(r))
	}
	for _, c := range "rescue" {
		typeKeys(r, string(c))
	}
	if !strings.HasPrefix(statusText(r), "/rescue") {
		t.Fatalf("prompt shows %q", statusText(r))
	}
	typeKeys(r, "enter")
	// Lower case: case ignored; the filler paragraph appears 30 times.
	if len(r.srch.matches) != 30 || r.srch.cur != 0 {
		t.Fatalf("%d matches, current %d", len(r.srch.matches), r.srch.cur)
	}
	if got := statusText(r); !strings.Contains(got, "[1/30] /rescue") {
		t.Fatalf("status %q", got)
	}
	if !r.art.inView(r.srch.matches[0]) {
		t.Fatal("the first match is not in view")
	}
	typeKeys(r, "n", "n")
	if r.srch.cur != 2 || !strings.Contains(statusText(r), "[3/30]") || !r.art.inView(r.srch.matches[2]) {
		t.Fatalf("n n: current %d, status %q", r.srch.cur, statusText(r))
	}
	typeKeys(r, "N", "N", "N")
	if r.srch.cur != 29 || !strings.Contains(statusText(r), "wrapped to the bottom") {
		t.Fatalf("N past the first: current %d, status %q", r.srch.cur, statusText(r))
	}
	typeKeys(r, "n")
	if r.srch.cur != 0 || !strings.Contains(statusText(r), "wrapped to the top") {
		t.Fatalf("n past the last: current %d, status %q", r.srch.cur, statusText(r))
	}
	// enter on an empty prompt repeats the last search.
	typeKeys(r, "/", "enter")
	if len(r.srch.matches) != 30 {
		t.Fatalf("repeat: %d matches", len(r.srch.matches))
	}
	// esc clears it: nothing drawn, n back on the facts.
	typeKeys(r, "esc")
	if r.srch.active() || r.art.found.spans != nil || strings.Contains(statusText(r), "/rescue") {
		t.Fatalf("esc left the search: %+v, status %q", r.srch.query, statusText(r))
	}
	// esc at the prompt closes it without searching.
	typeKeys(r, "/", "x", "esc")
	if r.srch.typing || r.srch.active() {
		t.Fatal("esc at the prompt searched")
	}
	// q at the prompt is text; ctrl+c still quits.
	typeKeys(r, "/")
	if _, cmd := r.Update(keyMsg("q")); cmd != nil && quits(cmd) {
		t.Fatal("q at the prompt quit")
	}
	if _, cmd := r.Update(keyMsg("ctrl+c")); !quits(cmd) {
		t.Fatal("ctrl+c at the prompt did not quit")
	}
	checkFrame(t, r.View(), 100, 12)
}

func TestSearchSmartCaseAndDirection(t *testing.T) {
	r := newTestReader(t, storyDoc(), asciiStyles(), 100, 12)
	searchFor(r, "/", "Rescue")
	if len(r.srch.matches) != 30 {
		t.Fatalf("Rescue: %d matches", len(r.srch.matches))
	}
	// A capital makes the search exact.
	searchFor(r, "/", "RESCUE")
	if r.srch.active() || !strings.Contains(statusText(r), "not found: RESCUE") {
		t.Fatalf("RESCUE: %d matches, status %q", len(r.srch.matches), statusText(r))
	}
	// ? from the top goes back, round to the last match; n keeps going
	// back, N forward.
	searchFor(r, "?", "wounded")
	last := len(r.srch.matches) - 1
	if last != 1 || r.srch.cur != last || !strings.Contains(statusText(r), "[2/2] ?wounded") {
		t.Fatalf("?wounded: %d matches, current %d, status %q", len(r.srch.matches), r.srch.cur, statusText(r))
	}
	typeKeys(r, "n")
	if r.srch.cur != 0 {
		t.Fatalf("n after ?: current %d", r.srch.cur)
	}
	typeKeys(r, "N")
	if r.srch.cur != 1 {
		t.Fatalf("N after ?: current %d", r.srch.cur)
	}
	// Selecting a fact puts n and N back on its mentions.
	typeKeys(r, "tab", "down")
	sel, mention := r.selected, r.art.marks.cur
	typeKeys(r, "n")
	if r.selected != sel || r.art.marks.cur == mention || r.srch.cur != 1 {
		t.Fatalf("n after selecting: selected %d, mention %d (was %d), match %d", r.selected, r.art.marks.cur, mention, r.srch.cur)
	}
	// The matches are still drawn, and esc clears them before the
	// selection.
	typeKeys(r, "esc")
	if r.srch.active() || r.selected != sel {
		t.Fatalf("esc: search %v, selected %d", r.srch.active(), r.selected)
	}
}

// TestSearchFollowsReload: the matches are found again in new text.
func TestSearchFollowsReload(t *testing.T) {
	doc := storyDoc()
	r := newTestReader(t, doc, asciiStyles(), 100, 12)
	searchFor(r, "/", "hospital")
	if len(r.srch.matches) != 1 {
		t.Fatalf("%d matches", len(r.srch.matches))
	}
	doc.Text = "A new hospital opened.\n" + doc.Text
	_, cmd := r.Update(ContentMsg{Doc: doc, Done: true})
	settle(r, cmd)
	if len(r.srch.matches) != 2 || r.srch.matches[0].start != len("A new ") {
		t.Fatalf("after reload: %v", r.srch.matches)
	}
}

// TestSearchStyles: with colours, and without (NO_COLOR), a row shows a
// search match, a mention and the current mention each in a style of its
// own.
func TestSearchStyles(t *testing.T) {
	for _, tc := range []struct {
		name string
		st   *Styles
	}{
		{"ansi", ansiStyles()},
		{"NO_COLOR", DefaultStyles(renderer(termenv.Ascii, true, env{"NO_COLOR": "1"}))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Tall enough to show the whole story: every mention in view.
			r := newTestReader(t, storyDoc(), tc.st, 120, 150)
			selectText(t, r, "at least 12 killed") // two mentions: the first current
			searchFor(r, "/", "the")
			pt := r.pt
			drawn := strings.Join(r.art.rows, "\n")
			for name, p := range map[string]paint{
				"mention": pt.mention, "current mention": pt.current,
				"match": pt.match, "current match": pt.currentMatch,
			} {
				if !strings.Contains(drawn, p.open) {
					t.Errorf("no %s (%q) in the view", name, p.open)
				}
			}
			if !strings.Contains(drawn, pt.current.open+"12 people were killed") {
				t.Errorf("the current mention is not drawn as current")
			}
			// Stripped, the view reads as without any of it.
			plain := newTestReader(t, storyDoc(), tc.st, 120, 150)
			if ansi.Strip(drawn) != ansi.Strip(strings.Join(plain.art.rows, "\n")) {
				t.Error("highlighting changed the text")
			}
			checkFrame(t, r.View(), 120, 150)
		})
	}
}

func TestFoldCaseKeepsOffsets(t *testing.T) {
	for _, s := range []string{"Hello WORLD", "ÅNGSTRÖM Straße", "İstanbul and ΣΊΣΥΦΟΣ", "K (Kelvin) ẞ", "\xff bad UTF-8 ÄÖ"} {
		f := foldCase(s)
		if len(f) != len(s) {
			t.Fatalf("foldCase(%q) = %q: length %d, want %d", s, f, len(f), len(s))
		}
	}
	if got := foldCase("ÅNGSTRÖM"); got != "ångström" {
		t.Errorf("foldCase(ÅNGSTRÖM) = %q", got)
	}
	text := "Zürich, ZÜRICH and zürich"
	spans, _ := findAll(foldCase(text), foldCase("zürich"), 10)
	if len(spans) != 3 {
		t.Fatalf("spans %v", spans)
	}
	for _, sp := range spans {
		if !strings.EqualFold(text[sp.start:sp.end], "zürich") {
			t.Errorf("span %v is %q", sp, text[sp.start:sp.end])
		}
	}
	if spans, capped := findAll(strings.Repeat("ab", 10), "b", 4); len(spans) != 4 || !capped {
		t.Errorf("limit: %d spans, capped %v", len(spans), capped)
	}
}
