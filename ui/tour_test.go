package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/model"
)

// nextStep delivers the tour's next tick, as its timer would.
func nextStep(r *Reader) tea.Cmd {
	_, cmd := r.Update(tourTickMsg{owner: r, gen: r.tour.gen})
	return cmd
}

func TestTour(t *testing.T) {
	r := NewReader(storyDoc(), asciiStyles(), DefaultKeyMap(), WithTourDelay(time.Millisecond))
	r.SetSize(100, 16)
	_, cmd := r.Update(keyMsg("t"))
	if cmd == nil {
		t.Fatal("t started no timer")
	}
	if msg, ok := cmd().(tourTickMsg); !ok || msg.gen != r.tour.gen {
		t.Fatalf("t's command gives %#v", msg)
	}
	// The steps: every mention of every fact, in sidebar order.
	total := 0
	for _, f := range r.facts {
		total += len(f.spans)
	}
	if !r.tour.on || len(r.tour.steps) != total || r.selected != 0 || r.art.marks.cur != 0 {
		t.Fatalf("tour: on %v, %d steps (want %d), selected %d, mention %d", r.tour.on, len(r.tour.steps), total, r.selected, r.art.marks.cur)
	}
	if got := statusText(r); !strings.HasPrefix(got, " ▶ 1/9  at least 12 killed · people killed in the floods  (mention 1 of 2)  · any key stops") {
		t.Fatalf("caption %q", got)
	}
	// Each tick: the next mention, scrolled to.
	nextStep(r)
	if r.selected != 0 || r.art.marks.cur != 1 || !r.art.inView(r.art.marks.spans[1]) || !strings.Contains(statusText(r), "2/9") {
		t.Fatalf("step 2: selected %d, mention %d, status %q", r.selected, r.art.marks.cur, statusText(r))
	}
	nextStep(r)
	if r.selected != 1 || r.art.marks.cur != 0 {
		t.Fatalf("step 3: selected %d, mention %d", r.selected, r.art.marks.cur)
	}
	checkFrame(t, r.View(), 100, 16)
	// A stale tick (an earlier tour) does nothing.
	r.Update(tourTickMsg{owner: r, gen: r.tour.gen - 1})
	if r.tour.i != 2 {
		t.Fatalf("a stale tick moved the tour to %d", r.tour.i)
	}
	// So does one of another reader's tour at the same generation (a
	// reader closed in the library, whose timer was still running).
	r.Update(tourTickMsg{owner: NewReader(storyDoc(), asciiStyles(), DefaultKeyMap()), gen: r.tour.gen})
	if r.tour.i != 2 {
		t.Fatalf("another reader's tick moved the tour to %d", r.tour.i)
	}
	// Any key stops it, and does nothing else.
	top := r.art.top
	press(r, "j")
	if r.tour.on || r.art.top != top || !strings.Contains(statusText(r), "tour stopped") {
		t.Fatalf("j during the tour: on %v, top %d (was %d), status %q", r.tour.on, r.art.top, top, statusText(r))
	}
	if cmd := nextStep(r); cmd != nil || r.tour.i != 2 {
		t.Fatal("the timer of a stopped tour moved it")
	}
	// To its end: it stops by itself, saying so.
	press(r, "t")
	for i := 0; i < total; i++ {
		nextStep(r)
	}
	if r.tour.on || !strings.Contains(statusText(r), "tour finished") {
		t.Fatalf("after the last step: on %v, status %q", r.tour.on, statusText(r))
	}
	// A click stops it too; ctrl+c quits.
	press(r, "t")
	click(r, 5, 5)
	if r.tour.on {
		t.Fatal("a click did not stop the tour")
	}
	press(r, "t")
	if _, cmd := r.Update(keyMsg("ctrl+c")); !quits(cmd) {
		t.Fatal("ctrl+c during the tour does not quit")
	}
}

// TestTourStartsWithTheFacts: --tour on an article whose facts are still
// being found starts when they arrive; with no facts it says so.
func TestTourStartsWithTheFacts(t *testing.T) {
	doc := storyDoc()
	textOnly := Doc{Text: doc.Text, Article: model.Article{Title: doc.Article.Title}}
	r := NewReader(textOnly, asciiStyles(), DefaultKeyMap(), StartTour())
	r.Update(ContentMsg{Doc: textOnly, Done: true, FactsPending: true})
	r.SetSize(100, 16)
	r.Init()
	if r.tour.on || !r.tour.pending {
		t.Fatalf("tour before the facts: on %v pending %v", r.tour.on, r.tour.pending)
	}
	r.Update(ContentMsg{Doc: doc, Done: true})
	if !r.tour.on || r.selected != 0 {
		t.Fatalf("tour after the facts: on %v, selected %d", r.tour.on, r.selected)
	}
	r = NewReader(Doc{Text: "Nothing to count.\n"}, asciiStyles(), DefaultKeyMap())
	r.SetSize(100, 16)
	press(r, "t")
	if r.tour.on || !strings.Contains(statusText(r), "no facts to tour") {
		t.Fatalf("tour without facts: on %v, status %q", r.tour.on, statusText(r))
	}
}

// TestTourInApp: t works in a reader the library opened (an SSH session).
func TestTourInApp(t *testing.T) {
	a := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap(), WithArticle("storm"))
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	_, cmd := a.Update(appKey("t"))
	if cmd == nil || !a.reader.tour.on {
		t.Fatal("t in an App reader did not start the tour")
	}
	if !strings.Contains(a.View(), "▶ 1/") {
		t.Errorf("no caption:\n%s", a.View())
	}
}
