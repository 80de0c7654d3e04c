package serve

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
)

// fakeSession is the little of a session the guard and Exit use.
type fakeSession struct {
	ssh.Session
	ctx    *fakeContext
	stderr bytes.Buffer
	exits  []int
}

func (f *fakeSession) Context() ssh.Context        { return f.ctx }
func (f *fakeSession) Stderr() io.ReadWriter       { return &f.stderr }
func (f *fakeSession) Exit(code int) error         { f.exits = append(f.exits, code); return nil }
func (f *fakeSession) Write(p []byte) (int, error) { return len(p), nil }

type fakeContext struct {
	ssh.Context
	values map[any]any
}

func (c *fakeContext) Value(k any) any       { return c.values[k] }
func (c *fakeContext) SetValue(k, v any)     { c.values[k] = v }
func (c *fakeContext) Done() <-chan struct{} { return context.Background().Done() }

// crashing is a reader with a bug: any key makes Update panic.
type crashing struct{}

func (crashing) Init() tea.Cmd { return nil }
func (c crashing) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		panic("index out of range")
	}
	return c, nil
}
func (crashing) View() string { return "reader" }

// TestGuardedSessionReportsFault: a bug in a session's reader ends that
// session with one line to the client and status 1, however the handler
// ends it; a session without one ends as the handler says.
func TestGuardedSessionReportsFault(t *testing.T) {
	fs := &fakeSession{ctx: &fakeContext{values: map[any]any{}}}
	sess := &statusSession{Session: fs}
	g := guard(sess, crashing{})
	var screen bytes.Buffer
	p := tea.NewProgram(g, tea.WithInput(nil), tea.WithOutput(&screen), tea.WithoutSignalHandler())
	g.Attach(p)
	go p.Send(tea.KeyMsg{Type: tea.KeyEnter})
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: %v (the panic reached Bubble Tea, which prints its stack to the server's stdout)", err)
		}
	case <-time.After(5 * time.Second):
		p.Kill()
		t.Fatal("the session's program did not end after the panic")
	}
	sess.Exit(0) // as dispatch ends every reader session
	if want := "factpane: internal error: index out of range (please report this)\n"; fs.stderr.String() != want {
		t.Errorf("client was told %q, want %q", fs.stderr.String(), want)
	}
	if len(fs.exits) != 1 || fs.exits[0] != 1 || sess.status != 1 {
		t.Errorf("exit statuses %v (logged %d), want 1", fs.exits, sess.status)
	}

	clean := &fakeSession{ctx: &fakeContext{values: map[any]any{}}}
	guard(clean, crashing{})
	(&statusSession{Session: clean}).Exit(0)
	if clean.stderr.Len() != 0 || len(clean.exits) != 1 || clean.exits[0] != 0 {
		t.Errorf("a session without a fault: told %q, exits %v", clean.stderr.String(), clean.exits)
	}
}
