package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/parse"
)

// testEntries is a small library: two articles with known figures.
func testEntries() []library.Entry {
	mk := func(name, text string) library.Entry {
		a := parse.Extract(text)
		a.Source = name + ".txt"
		return library.Entry{Name: name, Article: a, Text: text,
			Headlines: "12 killed · 40+ wounded"}
	}
	return []library.Entry{
		mk("storm", storyText()),
		mk("budget", "City budget passes after long debate\n\nThe council approved the plan on Monday.\n"),
	}
}

func appKey(s string) tea.KeyMsg {
	switch s {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// pressApp sends keys one by one, running the commands they return the way
// the program would (filtering answers through a command).
func pressApp(a *App, keys ...string) {
	for _, k := range keys {
		_, cmd := a.Update(appKey(k))
		runCmd(a, cmd, 3)
	}
}

func runCmd(a *App, cmd tea.Cmd, depth int) {
	if cmd == nil || depth == 0 {
		return
	}
	// Timers (the filter cursor's blink) are not waited for.
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var m tea.Msg
	select {
	case m = <-done:
	case <-time.After(50 * time.Millisecond):
		return
	}
	switch msg := m.(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			runCmd(a, c, depth-1)
		}
	case nil, tea.QuitMsg:
	default:
		_, next := a.Update(msg)
		runCmd(a, next, depth-1)
	}
}

func TestAppPickerShowsTitleNameAndFigures(t *testing.T) {
	a := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap())
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	v := a.View()
	for _, want := range []string{"Storm Ida floods the Rhone valley", "storm · 12 killed · 40+ wounded",
		"City budget passes", "budget · 12 killed", "2 articles"} {
		if !strings.Contains(v, want) {
			t.Errorf("picker lacks %q:\n%s", want, v)
		}
	}
	if a.Reading() {
		t.Error("starts reading without being asked")
	}
	for i, line := range strings.Split(v, "\n") {
		if w := ansi.StringWidth(line); w > 100 {
			t.Errorf("line %d is %d cells wide", i, w)
		}
	}
}

func TestAppOpenReadAndReturn(t *testing.T) {
	a := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap())
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	pressApp(a, "j", "enter") // the second article
	if !a.Reading() || !strings.Contains(a.View(), "The council approved the plan") {
		t.Fatalf("enter did not open the selected article:\n%s", a.View())
	}
	// The status line tells how to get back.
	if !strings.Contains(a.View(), "⌫/L library") {
		t.Errorf("reader does not show the way back:\n%s", a.View())
	}
	pressApp(a, "backspace")
	if a.Reading() || !strings.Contains(a.View(), "2 articles") {
		t.Fatalf("backspace did not return to the picker:\n%s", a.View())
	}
	// The selection is kept: enter reopens the same article.
	pressApp(a, "enter")
	if !strings.Contains(a.View(), "The council approved the plan") {
		t.Errorf("reopened a different article:\n%s", a.View())
	}
	pressApp(a, "L")
	if a.Reading() {
		t.Error("L did not return to the picker")
	}
	// q quits from the picker.
	_, cmd := a.Update(appKey("q"))
	if cmd == nil {
		t.Fatal("q returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q in the picker does not quit")
	}
}

func TestAppFilter(t *testing.T) {
	a := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap())
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	pressApp(a, "/", "b", "u", "d")
	v := a.View()
	if !strings.Contains(v, "City budget") || strings.Contains(v, "Storm Ida") {
		t.Fatalf("filter 'bud' shows:\n%s", v)
	}
	// enter while typing accepts the filter, not an article; the next opens.
	pressApp(a, "enter")
	if a.Reading() {
		t.Fatal("enter accepting the filter opened an article")
	}
	pressApp(a, "enter")
	if !a.Reading() || !strings.Contains(a.View(), "The council approved") {
		t.Fatalf("enter after filtering did not open the match:\n%s", a.View())
	}
	// q typed into a filter is text, not quit.
	pressApp(a, "backspace", "esc", "/")
	_, cmd := a.Update(appKey("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Error("q while filtering quit the app")
		}
	}
}

func TestAppWithArticleOpensDirectly(t *testing.T) {
	a := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap(), WithArticle("budget"))
	if !a.Reading() {
		t.Fatal("WithArticle did not open the article")
	}
	a.Update(tea.WindowSizeMsg{Width: 90, Height: 24})
	if !strings.Contains(a.View(), "The council approved the plan") {
		t.Fatalf("not sized or not the article:\n%s", a.View())
	}
	pressApp(a, "backspace")
	if !strings.Contains(a.View(), "2 articles") {
		t.Fatalf("no picker behind a directly opened article:\n%s", a.View())
	}
	// Unknown names leave the picker showing.
	b := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap(), WithArticle("../etc/passwd"))
	if b.Reading() {
		t.Error("an unknown name opened something")
	}
}

func TestAppReaderKeysStillWork(t *testing.T) {
	a := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap(), WithArticle("storm"))
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 12})
	before := a.View()
	pressApp(a, "j", "j", "j")
	if a.View() == before {
		t.Error("j did not scroll the reader inside the App")
	}
	_, cmd := a.Update(appKey("q"))
	if cmd == nil {
		t.Fatal("q in the reader returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q in the reader does not quit")
	}
}

// The picker draws with the session's renderer: with an ANSI renderer the
// selected row is coloured, though the process-wide profile (TestMain) is
// Ascii; with an Ascii renderer no escape sequence appears at all.
func TestAppPickerUsesTheSessionRenderer(t *testing.T) {
	a := NewApp(library.Static(testEntries()...), ansiStyles(), DefaultKeyMap())
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if !strings.Contains(a.View(), "\x1b[") {
		t.Error("ANSI session: the picker drew no colour")
	}
	b := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap())
	b.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if strings.Contains(b.View(), "\x1b") {
		t.Errorf("Ascii session: escape sequences in the picker: %q", b.View())
	}
}

// Two Apps share nothing: one's keys do not move the other.
func TestAppsAreIndependent(t *testing.T) {
	km := DefaultKeyMap()
	a := NewApp(library.Static(testEntries()...), asciiStyles(), km)
	b := NewApp(library.Static(testEntries()...), asciiStyles(), km)
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	b.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	pressApp(a, "enter")
	if !a.Reading() || b.Reading() {
		t.Error("opening in one App changed the other")
	}
	if km.Library.Enabled() {
		t.Error("NewApp changed the caller's KeyMap")
	}
}

// The picker fills the terminal exactly, with its key help at the bottom,
// whatever the help shows (short, full, or the filter's keys).
func TestPickerFillsTheScreen(t *testing.T) {
	a := NewApp(library.Static(testEntries()...), asciiStyles(), DefaultKeyMap())
	for _, size := range [][2]int{{100, 30}, {60, 12}, {40, 8}} {
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, step := range [][]string{nil, {"?"}, {"?"}, {"/", "b"}, {"esc"}} {
			pressApp(a, step...)
			v := a.View()
			lines := strings.Split(v, "\n")
			if len(lines) != size[1] {
				t.Errorf("%dx%d after %v: %d lines", size[0], size[1], step, len(lines))
			}
			if size[1] >= 12 && len(step) == 0 && !strings.Contains(lines[len(lines)-1], "quit") {
				t.Errorf("%dx%d after %v: no key help at the bottom:\n%s", size[0], size[1], step, v)
			}
		}
	}
}
