package serve

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"

	"github.com/factpane/factpane/samples"
	"github.com/factpane/factpane/ui"
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
	sess := &session{Session: fs}
	g := ui.Guard(crashing{})
	sess.guard = g
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
	(&session{Session: clean, guard: ui.Guard(crashing{})}).Exit(0)
	if clean.stderr.Len() != 0 || len(clean.exits) != 1 || clean.exits[0] != 0 {
		t.Errorf("a session without a fault: told %q, exits %v", clean.stderr.String(), clean.exits)
	}
}

// TestMultiplexedSessions: a client that multiplexes (OpenSSH's
// ControlMaster) runs several sessions on one connection, which share one
// ssh.Context. Each must keep its own article and its own timeouts: when
// one ends, the other still times out on its own.
func TestMultiplexedSessions(t *testing.T) {
	ts := startServer(t, Config{IdleTimeout: 700 * time.Millisecond}, "")
	c := ts.dial(t, ts.clientConfig(newKey(t)))
	a, err := startTerm(c, 100, 30, samples.Default)
	if err != nil {
		t.Fatal(err)
	}
	defer a.close()
	if !a.waitFor(0, "Cazeneuve", frameWait) {
		t.Fatalf("no reader frame in the first session: %q", a.since(0))
	}
	b, err := startTerm(c, 100, 30, "valley-quake")
	if err != nil {
		t.Fatal(err)
	}
	defer b.close()
	if !b.waitFor(0, "earthquake", frameWait) {
		t.Fatalf("the second session did not open its own article: %q", b.since(0))
	}
	a.send("q")
	if status, err := a.wait(frameWait); err != nil || status != 0 {
		t.Fatalf("first session: status %d, %v", status, err)
	}
	if _, err := b.wait(frameWait); err != nil {
		t.Fatalf("second session after the first ended: %v (its idle timeout was lost)", err)
	}
	if out := b.since(0); !strings.Contains(out, "without input") {
		t.Errorf("second session was not timed out: %q", out[max(0, len(out)-200):])
	}
}
