package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse"
)

// testNow is the clock feed rows are dated against.
var testNow = time.Date(2026, 3, 4, 18, 0, 0, 0, time.UTC)

// feedEntries is a library of feed items in each state a row shows:
// read and unread, extracted, pending, failed, undated, with a title
// that carries escape sequences (made inert by the feed package; here as
// it would arrive).
func feedEntries() []library.Entry {
	item := func(feed, name, title string, date time.Time, text string) library.Entry {
		e := library.Entry{Name: name, Key: "item:" + feed + name, Feed: feed, Date: date}
		if text != "" {
			e.Article = parse.Extract(text)
			e.Text = text
			e.Headlines = "12 killed · 40+ wounded · 3 arrests"
		} else {
			e.Pending = true
			e.Article = model.Article{Figures: []model.Figure{}, People: []model.Person{}}
		}
		e.Article.Title, e.Article.Feed, e.Article.Source = title, feed, "https://news.example/"+name
		return e
	}
	storm := item("World", "storm-ida-floods", "Storm Ida floods the Rhone valley", testNow.Add(-2*time.Hour), storyText())
	read := item("World", "ministers-meet", "Ministers meet over flood aid", time.Date(2026, 3, 2, 9, 15, 0, 0, time.UTC),
		"Ministers meet over flood aid\n\nThe ministers met on Monday.\n")
	read.Read, read.Headlines = true, ""
	pending := item("World", "markets-rally", "Markets rally as rates hold", testNow.Add(-5*time.Hour), "")
	failed := item("Town Hall", "council-cuts", "Council cuts 40 jobs", time.Date(2025, 11, 20, 8, 0, 0, 0, time.UTC), "")
	failed.Err = "https://news.example/council-cuts: HTTP 404 Not Found"
	undated := item("Town Hall", "an-item", input.OneLine("Evil \x1b]0;pwned\x07 title \x1b[31mred"), time.Time{}, "")
	return []library.Entry{storm, read, pending, failed, undated}
}

// TestFeedPickerGoldens draws the picker of a feed library (Ascii) at a
// wide and a narrow size, with a progress line, and after marking an
// item read, filtering by feed name and going back from an item.
func TestFeedPickerGoldens(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"wide", 100, 24, nil},
		{"narrow", 60, 16, nil},
		{"marked-read", 100, 24, []string{"m"}},
		{"filter-feed", 100, 24, []string{"/", "t", "o", "w", "n", "enter"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := NewApp(library.Static(feedEntries()...), asciiStyles(), DefaultKeyMap(),
				WithTitle("factpane feeds"), WithClock(func() time.Time { return testNow }), WithRefresh(func() {}))
			a.picker.SetStatus("fetching 1 of 2 feeds · reading 2 of 5 articles")
			a.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
			pressApp(a, tc.keys...)
			out := a.View()
			checkFrame(t, out, tc.w, tc.h)
			if strings.Contains(out, "\x1b") || strings.Contains(out, "\x07") {
				t.Errorf("a raw control byte reaches the terminal: %q", out)
			}
			golden.RequireEqual(t, []byte(out+"\n"))
		})
	}
}

// TestFeedPickerRows: each row says its feed, date and figures (or why
// it has none); a read item is marked; / finds items by feed name.
func TestFeedPickerRows(t *testing.T) {
	a := NewApp(library.Static(feedEntries()...), asciiStyles(), DefaultKeyMap(), WithClock(func() time.Time { return testNow }))
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	v := a.View()
	for _, want := range []string{
		"World · 16:00 · 12 killed · 40+ wounded · 3 arrests",
		"✓ Ministers meet over flood aid", "World · 2 Mar 09:15 · no figures",
		"World · 13:00 · …",
		"Town Hall · 20 Nov 2025 · ✗ https://news.example/council-cuts: HTTP 404 Not Found",
		"Town Hall · …", "5 items",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("picker lacks %q:\n%s", want, v)
		}
	}
	pressApp(a, "/", "h", "a", "l", "l", "enter")
	v = a.View()
	if !strings.Contains(v, "Council cuts 40 jobs") || strings.Contains(v, "Storm Ida") {
		t.Errorf("filter by feed name:\n%s", v)
	}
}

// TestAppMarksItemsRead: opening an item marks it read, m toggles the
// mark, and m does nothing on an entry that is not a feed item.
func TestAppMarksItemsRead(t *testing.T) {
	lib := library.Static(feedEntries()...)
	a := NewApp(lib, asciiStyles(), DefaultKeyMap())
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	pressApp(a, "enter")
	if !a.Reading() || !strings.Contains(a.View(), "At least 12 people were killed") {
		t.Fatalf("did not open the item:\n%s", a.View())
	}
	pressApp(a, "backspace")
	if e, _ := lib.Lookup("storm-ida-floods"); !e.Read || !strings.Contains(a.View(), "✓ Storm Ida") {
		t.Errorf("opened, not marked read (%v):\n%s", e.Read, a.View())
	}
	pressApp(a, "m")
	if e, _ := lib.Lookup("storm-ida-floods"); e.Read || strings.Contains(a.View(), "✓ Storm Ida") {
		t.Errorf("m did not mark it unread:\n%s", a.View())
	}
	files := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap())
	files.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	before := files.View()
	pressApp(files, "m")
	if files.View() != before || strings.Contains(before, "mark read") {
		t.Error("m acts on (or is offered for) an article that is not a feed item")
	}
}

// dirApp is a picker of dir's live library at 100x24; the library is
// closed when the test ends.
func dirApp(t *testing.T, dir string) (*App, *library.Library) {
	t.Helper()
	lib, err := library.Open(library.Options{Dir: dir, NoSamples: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(lib.Close)
	a := NewApp(lib, asciiStyles(), DefaultKeyMap())
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 24})
	return a, lib
}

// TestAppFollowsTheLibrary: the picker shows a directory's articles
// before they are read, fills in their figures as the library reads
// them, and an article opened before it is read is read at once and
// shown when it is.
func TestAppFollowsTheLibrary(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a-storm.txt":  storyText(),
		"b-budget.txt": "City budget passes\n\nThe council cut 40 jobs on Monday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, lib := dirApp(t, dir)
	if v := a.View(); !strings.Contains(v, "a-storm") || !strings.Contains(v, "b-budget") {
		t.Fatalf("the picker does not list the files at once:\n%s", v)
	}
	// The App hears of the change (its command returns) and redraws.
	cmd := a.follow()
	if err := lib.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		a.Update(msg)
	case <-time.After(5 * time.Second):
		t.Fatal("no word of the change")
	}
	if v := a.View(); !strings.Contains(v, "a-storm · 12+ killed · 40+ wounded") || !strings.Contains(v, "City budget passes") {
		t.Errorf("the figures did not fill in:\n%s", v)
	}
}

// TestAppOpensAPendingArticle: enter on an article not read yet shows
// the reader waiting, and the article when Ready brings it.
func TestAppOpensAPendingArticle(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "story.txt"), []byte(storyText()), 0o644)
	os.WriteFile(filepath.Join(dir, "z.txt"), []byte("Z\n\nNothing.\n"), 0o644)
	a, lib := dirApp(t, dir)
	_, cmd := a.Update(appKey("enter"))
	if !a.Reading() {
		t.Fatal("enter did not open the article")
	}
	if e, _ := lib.Lookup("story"); !e.Pending {
		// Read in the background already: nothing to wait for.
		return
	}
	if !strings.Contains(a.View(), "reading story") {
		t.Errorf("no word of what it waits for:\n%s", a.View())
	}
	runCmdFor(a, cmd, 5*time.Second)
	if !strings.Contains(a.View(), "Storm Ida floods the Rhone valley") || !strings.Contains(a.View(), "Casualties") {
		t.Errorf("the article did not arrive:\n%s", a.View())
	}
}

// runCmdFor runs cmd and the commands it leads to, waiting up to d for
// each (the article to come), and feeds their messages to a.
func runCmdFor(a *App, cmd tea.Cmd, d time.Duration) {
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var m tea.Msg
	select {
	case m = <-done:
	case <-time.After(d):
		return
	}
	switch msg := m.(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			runCmdFor(a, c, d)
		}
	case entryMsg:
		a.Update(msg)
	}
}

// TestPickerBeforeASize: a picker with a status line draws nothing, and
// does not fail, before it knows the terminal's size (a library swapped
// in before the first WindowSizeMsg).
func TestPickerBeforeASize(t *testing.T) {
	a := NewApp(library.Static(feedEntries()...), asciiStyles(), DefaultKeyMap())
	a.picker.SetStatus("fetching 1 of 2 feeds")
	if v := a.View(); v != "" {
		t.Errorf("drew %q before a size", v)
	}
	s := NewSwap(NewReader(storyDoc(), asciiStyles(), DefaultKeyMap()))
	s.Update(SwapMsg{Model: a})
	if v := s.View(); v != "" {
		t.Errorf("swapped in: drew %q before a size", v)
	}
	s.Update(tea.WindowSizeMsg{Width: 80, Height: 20})
	checkFrame(t, s.View(), 80, 20)
}

// TestAppFailedItem: an item whose article cannot be had goes back to
// the picker saying why, once, and is not marked read.
func TestAppFailedItem(t *testing.T) {
	lib := library.Static(feedEntries()...)
	a := NewApp(lib, asciiStyles(), DefaultKeyMap())
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	a.picker.Select("council-cuts")
	_, cmd := a.Update(appKey("enter"))
	if !a.Reading() || !strings.Contains(a.View(), "fetching https://news.example/council-cuts") {
		t.Fatalf("no waiting reader:\n%s", a.View())
	}
	runCmdFor(a, cmd, 5*time.Second)
	v := a.View()
	if a.Reading() || !strings.Contains(v, "could not open Council cuts 40 jobs: https://news.example/council-cuts: HTTP 404 Not Found") {
		t.Errorf("no word of the failure:\n%s", v)
	}
	if e, _ := lib.Lookup("council-cuts"); e.Read {
		t.Error("an item that could not be opened was marked read")
	}
}
