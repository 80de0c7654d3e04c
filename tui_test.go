package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/ui"
)

func TestWatchable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(file, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	for src, want := range map[string]bool{file: true, filepath.Dir(file): false, "missing.txt": false,
		"https://example.com/a": false, "-": false, "sample:paris-attacks": false, "": false} {
		if watchable(src) != want {
			t.Errorf("watchable(%q) = %v", src, !want)
		}
	}
}

// TestDeliverTurnsPanicsIntoFaults: an extraction that panics on the
// watcher's or the stream's goroutine reaches the program as a fault
// message, not as a crash that leaves the terminal in raw mode.
func TestDeliverTurnsPanicsIntoFaults(t *testing.T) {
	var got []tea.Msg
	send := deliver(func(m tea.Msg) { got = append(got, m) }, func(doc input.Doc, done bool) ui.ContentMsg {
		if strings.Contains(doc.Text, "bug") {
			panic("index out of range")
		}
		return contentMsg(doc, done)
	})
	send(input.Doc{Text: "12 people were killed.\n"}, false)
	send(input.Doc{Text: "a bug\n"}, true)
	if len(got) != 2 {
		t.Fatalf("sent %d messages, want 2", len(got))
	}
	if m, ok := got[0].(ui.ContentMsg); !ok || m.Done || len(m.Doc.Article.Figures) == 0 {
		t.Errorf("first message = %#v, want the article's content", got[0])
	}
	if f, ok := got[1].(ui.FaultMsg); !ok || !strings.Contains(f.Err.Error(), "index out of range") {
		t.Errorf("second message = %#v, want a fault", got[1])
	}
}

// TestRunProgramReportsFaults: a fault ends the program with status 1 and
// one line on stderr; a quit ends it with 0 and nothing.
func TestRunProgramReportsFaults(t *testing.T) {
	for name, tc := range map[string]struct {
		start  func(p *tea.Program)
		status int
		stderr string
	}{
		"fault from a goroutine": {func(p *tea.Program) {
			go func() {
				defer ui.Recover(p.Send)
				panic("boom")
			}()
		}, 1, "factpane: internal error: boom (please report this)\n"},
		"quit": {func(p *tea.Program) { go p.Quit() }, 0, ""},
	} {
		t.Run(name, func(t *testing.T) {
			var stderr, out bytes.Buffer
			m := ui.NewApp(library.Static(), ui.DefaultStyles(lipgloss.NewRenderer(&out)), ui.DefaultKeyMap())
			status := runProgram(m, func(p *tea.Program) func() { tc.start(p); return nil }, &stderr,
				tea.WithInput(nil), tea.WithOutput(&out), tea.WithoutSignalHandler())
			if status != tc.status || stderr.String() != tc.stderr {
				t.Errorf("status %d, stderr %q; want %d, %q", status, stderr.String(), tc.status, tc.stderr)
			}
		})
	}
}
