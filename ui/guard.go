package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
)

// FaultMsg reports a bug in work done for the UI off its goroutine (a
// reload or a stream extracting facts): the guard ends the program with
// Err, the terminal restored. Send it with Recover.
type FaultMsg struct{ Err error }

// Guarded runs a model under a guard: a panic in its Update or View, in a
// command it returns, or reported by a FaultMsg, ends the program cleanly
// (the terminal restored, one line saying what went wrong) where Bubble
// Tea would print a stack trace, to the server's stdout for an SSH session
// rather than to its client. It is a last resort; the UI is fuzzed so that
// it is never needed.
type Guarded struct {
	m     tea.Model
	quit  func()
	fault error
}

// Guard wraps m. Call Attach with the program that runs it, so that a
// panic in View, which cannot return a command, can still end it.
func Guard(m tea.Model) *Guarded { return &Guarded{m: m, quit: func() {}} }

// Attach names the program g runs in.
func (g *Guarded) Attach(p *tea.Program) {
	// Quit from inside Update or View must not wait on the event loop
	// that is running them.
	g.quit = func() { go p.Quit() }
}

// Err says how the program ended given Run's error: the fault that ended
// it, else runErr (nil for a clean end).
func (g *Guarded) Err(runErr error) error {
	if g.fault != nil {
		return g.fault
	}
	return runErr
}

func (g *Guarded) Init() tea.Cmd { return g.guard(g.m.Init()) }

func (g *Guarded) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	m = g // also after a panic: Bubble Tea views what Update returns
	defer g.recover(&cmd)
	if f, ok := msg.(FaultMsg); ok {
		g.setFault(f.Err)
		return g, tea.Quit
	}
	if g.fault != nil {
		return g, nil
	}
	g.m, cmd = g.m.Update(msg)
	return g, g.guard(cmd)
}

func (g *Guarded) View() (view string) {
	defer g.recover(nil)
	if g.fault != nil {
		return ""
	}
	return g.m.View()
}

func (g *Guarded) setFault(err error) {
	if g.fault == nil {
		g.fault = err
	}
}

func (g *Guarded) recover(cmd *tea.Cmd) {
	r := recover()
	if r == nil {
		return
	}
	g.setFault(fault(r))
	if cmd != nil {
		*cmd = tea.Quit
	} else {
		g.quit()
	}
}

// guard makes a panic in cmd, which Bubble Tea runs on a goroutine of its
// own, a FaultMsg. A batch's commands are guarded one by one.
func (g *Guarded) guard(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = FaultMsg{Err: fault(r)}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			guarded := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				guarded[i] = g.guard(c)
			}
			return guarded
		}
		return msg
	}
}

// Recover, deferred at the top of a goroutine that works for the UI, turns
// a panic there into a FaultMsg passed to send (a program's Send). A panic
// off the UI's goroutine escapes Bubble Tea's own recovery and would end
// the process with the terminal still in the reader's modes.
func Recover(send func(tea.Msg)) {
	if r := recover(); r != nil {
		send(FaultMsg{Err: fault(r)})
	}
}

func fault(r any) error {
	return fmt.Errorf("internal error: %v (please report this)", r)
}
