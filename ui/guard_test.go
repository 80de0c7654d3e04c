package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// faulty panics where it is told to: in Update on a "boom" key, in View
// once viewPanics is set, or in the command a "cmd" key returns.
type faulty struct{ viewPanics bool }

func (f *faulty) Init() tea.Cmd { return nil }

func (f *faulty) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch k.String() {
		case "b":
			panic("boom in Update")
		case "v":
			f.viewPanics = true
		case "c":
			return f, tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { panic("boom in a command") })
		}
	}
	return f, nil
}

func (f *faulty) View() string {
	if f.viewPanics {
		panic("boom in View")
	}
	return "fine"
}

// runGuarded runs a faulty model under Guard, calls poke with the program
// once it runs, and returns how it ended.
func runGuarded(t *testing.T, poke func(p *tea.Program)) (runErr, err error) {
	t.Helper()
	g := Guard(&faulty{})
	var out bytes.Buffer
	p := tea.NewProgram(g, tea.WithInput(nil), tea.WithOutput(&out), tea.WithoutSignalHandler())
	g.Attach(p)
	go poke(p)
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	select {
	case runErr = <-done:
	case <-time.After(5 * time.Second):
		p.Kill()
		t.Fatal("the program did not end after the fault")
	}
	return runErr, g.Err(runErr)
}

// TestGuardEndsCleanly: a panic in Update, View or a command, or one a
// goroutine working for the UI reports, ends the program without Bubble
// Tea's stack trace and with one line saying what went wrong.
func TestGuardEndsCleanly(t *testing.T) {
	for name, tc := range map[string]struct {
		poke func(p *tea.Program)
		want string
	}{
		"update":  {func(p *tea.Program) { p.Send(runeKey('b')) }, "boom in Update"},
		"view":    {func(p *tea.Program) { p.Send(runeKey('v')) }, "boom in View"},
		"command": {func(p *tea.Program) { p.Send(runeKey('c')) }, "boom in a command"},
		"goroutine": {func(p *tea.Program) {
			defer Recover(p.Send)
			panic("boom in a reload")
		}, "boom in a reload"},
	} {
		t.Run(name, func(t *testing.T) {
			runErr, err := runGuarded(t, tc.poke)
			if runErr != nil {
				t.Errorf("Run: %v (Bubble Tea caught the panic, not the guard)", runErr)
			}
			if err == nil || err.Error() != "internal error: "+tc.want+" (please report this)" {
				t.Errorf("Err = %v, want the panic on one line", err)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("Err is more than one line: %q", err)
			}
		})
	}
	if _, err := runGuarded(t, func(p *tea.Program) { p.Quit() }); err != nil {
		t.Errorf("a clean quit: Err = %v", err)
	}
}

func runeKey(r rune) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}} }
