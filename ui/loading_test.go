package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/factpane/factpane/model"
)

// tick is the spinner's next tick, as its timer would deliver it.
func tick(t *testing.T, cmd tea.Cmd) tea.Msg {
	t.Helper()
	for cmd != nil {
		msg := cmd()
		switch msg := msg.(type) {
		case spinner.TickMsg:
			return msg
		case tea.BatchMsg:
			for _, c := range msg {
				if m := tick(t, c); m != nil {
					return m
				}
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// TestLoadingThenText: a reader told it is waiting shows what for, with
// a spinner, and still quits on q; the text then arrives before its
// facts, the sidebar saying so; then the facts.
func TestLoadingThenText(t *testing.T) {
	empty := Doc{Article: model.Article{Source: "https://news.example/a"}}
	r := NewReader(empty, asciiStyles(), DefaultKeyMap())
	r.Update(LoadingMsg{What: "fetching https://news.example/a"})
	first := r.Init()
	if tick(t, first) == nil {
		t.Fatal("Init while waiting does not start the spinner")
	}
	r.SetSize(100, 20)
	v := ansi.Strip(r.View())
	if !strings.Contains(v, "fetching https://news.example/a  (q to cancel)") || !strings.Contains(v, "waiting for the article") {
		t.Fatalf("waiting view:\n%s", v)
	}
	checkFrame(t, r.View(), 100, 20)
	// The spinner turns.
	before := r.art.rows[0]
	_, next := r.Update(tick(t, first))
	if r.art.rows[0] == before || tick(t, next) == nil {
		t.Errorf("the spinner did not turn: %q", r.art.rows[0])
	}
	if _, cmd := r.Update(keyMsg("q")); !quits(cmd) {
		t.Error("q does not quit while waiting")
	}

	// The text, facts still pending: text shown, the sidebar waits.
	doc := storyDoc()
	textOnly := Doc{Text: doc.Text, Article: model.Article{Source: doc.Article.Source, Title: doc.Article.Title}}
	_, cmd := r.Update(ContentMsg{Doc: textOnly, Done: true, FactsPending: true})
	v = ansi.Strip(r.View())
	if !strings.Contains(v, "At least 12 people were killed") || !strings.Contains(v, "finding facts…") || strings.Contains(v, "q to cancel") {
		t.Fatalf("text before facts:\n%s", v)
	}
	if strings.Contains(v, "No figures or people found") {
		t.Fatal("the sidebar says there are no facts before they were looked for")
	}
	if tick(t, cmd) == nil {
		t.Error("the spinner stopped while facts are pending")
	}
	// Keys work meanwhile.
	press(r, "j", "/")
	if r.art.top != 1 || !r.srch.typing {
		t.Errorf("keys while facts are pending: top %d, prompt %v", r.art.top, r.srch.typing)
	}
	press(r, "esc")

	// The facts: the sidebar fills in, the spinner stops.
	r.Update(ContentMsg{Doc: doc, Done: true})
	v = ansi.Strip(r.View())
	if !strings.Contains(v, "Casualties") || strings.Contains(v, "finding facts") || r.art.top != 1 {
		t.Fatalf("with facts (top %d):\n%s", r.art.top, v)
	}
	if _, next := r.Update(spinner.TickMsg{}); next != nil {
		t.Error("the spinner still ticks with nothing on its way")
	}
	checkFrame(t, r.View(), 100, 20)
}
