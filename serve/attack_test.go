package serve

import (
	"runtime"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// The attacks of issue 12 on a server in this process. Each ends with
// noLeaks: once the attackers are gone the server is back to the
// goroutines it had before.

// TestWindowChangeFlood: a client that stops reading and floods window
// changes must not wedge its session. Before, the reader's blocked write
// held up the resize forwarding, then the session's request loop, then
// the connection loop, which never read the client's window-adjust again:
// the session outlived q, the timeouts and a shutdown.
func TestWindowChangeFlood(t *testing.T) {
	ts := startServer(t, Config{}, "")
	base := runtime.NumGoroutine()
	key := newKey(t)
	tm := ts.openTerm(t, key, 100, 30, "")
	if !tm.waitFor(0, pickerTitle, frameWait) {
		t.Fatal("no first frame")
	}
	tm.hold()
	flood(t, tm, 20000)
	// The server answers others meanwhile.
	if r := ts.run(t, newKey(t), "list"); r.status != 0 {
		t.Errorf("list during the flood: %+v", r)
	}
	// The client reads again: its window-adjusts reach the server, the
	// reader's writes complete and q quits.
	tm.release()
	m := tm.mark()
	if !tm.waitOutput(m, frameWait) {
		t.Fatal("no output after the client read again")
	}
	tm.send("q")
	if status, err := tm.wait(frameWait); err != nil || status != 0 {
		t.Fatalf("q after the flood: status %d, %v (the session is wedged)", status, err)
	}
	noLeaks(t, ts, base)
}

// flood sends n window changes over about a second, alternating between
// two large sizes so that each flush repaints a big frame and a client
// that reads nothing soon fills the SSH window.
func flood(t *testing.T, tm *term, n int) {
	t.Helper()
	sent := make(chan error, 1)
	go func() {
		for i := range n {
			if err := tm.sess.WindowChange(200, 400+i%2); err != nil {
				sent <- err
				return
			}
			if i%(n/50) == 0 {
				time.Sleep(20 * time.Millisecond)
			}
		}
		sent <- nil
	}()
	select {
	case err := <-sent:
		if err != nil {
			t.Fatalf("window change: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the flood could not be sent: the server stopped reading the connection")
	}
}

// noLeaks closes the test's clients and waits for the server's
// goroutines to come back to base (what it had before the attack), with a
// little slack for the runtime's own.
func noLeaks(t *testing.T, ts *testServer, base int) {
	t.Helper()
	ts.hangUp()
	var now int
	for deadline := time.Now().Add(frameWait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if now = runtime.NumGoroutine(); now <= base+2 && ts.Sessions() == 0 {
			return
		}
	}
	buf := make([]byte, 1<<20)
	stacks := string(buf[:runtime.Stack(buf, true)])
	t.Errorf("%d goroutines and %d sessions after the attack, %d goroutines before: a leak\n%s",
		now, ts.Sessions(), base, stacks[:min(len(stacks), 8000)])
}

// TestWindowChangesBeforeTheHandler: window changes sent before the shell
// request, or to a PTY session running a one-shot command (which reads no
// sizes), must not stop the session's request loop either: it would never
// answer the shell request, or leave the connection stuck.
func TestWindowChangesBeforeTheHandler(t *testing.T) {
	ts := startServer(t, Config{}, "")
	base := runtime.NumGoroutine()
	c := ts.dial(t, ts.clientConfig(newKey(t)))
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if err := sess.WindowChange(24, 81+i); err != nil {
			t.Fatal(err)
		}
	}
	out := make(chan error, 1)
	go func() { _, err := sess.Output("list"); out <- err }()
	select {
	case err := <-out:
		if err != nil {
			t.Fatalf("list after window changes: %v", err)
		}
	case <-time.After(frameWait):
		t.Fatal("the exec request was never answered: the request loop is stuck")
	}
	// A one-shot command on a PTY, resized while it runs and after: the
	// connection still opens new sessions.
	for range 3 {
		s2, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		s2.RequestPty("xterm", 24, 80, gossh.TerminalModes{})
		s2.Start("help")
		for i := range 20 {
			s2.WindowChange(24, 90+i)
		}
		done := make(chan error, 1)
		go func() { done <- s2.Wait() }()
		select {
		case <-done:
		case <-time.After(frameWait):
			t.Fatal("a resized one-shot session did not end")
		}
	}
	if r := ts.run(t, newKey(t), "list"); r.status != 0 {
		t.Errorf("list afterwards: %+v", r)
	}
	noLeaks(t, ts, base)
}
