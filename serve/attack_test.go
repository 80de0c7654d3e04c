package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/factpane/factpane/samples"
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
	tm := ts.openTerm(t, key, 100, 30, samples.Default)
	if !tm.waitFor(0, "Cazeneuve", frameWait) {
		t.Fatal("no first frame")
	}
	tm.hold()
	if err := flood(t, tm, 20000); err != nil {
		t.Fatalf("window change: %v", err)
	}
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
// that reads nothing soon fills the SSH window. It returns the error that
// stopped it (the server closed the connection).
func flood(t *testing.T, tm *term, n int) error {
	t.Helper()
	sent := make(chan error, 1)
	go func() {
		for i := range n {
			if err := tm.sess.WindowChange(200, 400+i%2); err != nil {
				sent <- err
				return
			}
			if i%max(n/50, 1) == 0 {
				time.Sleep(20 * time.Millisecond)
			}
		}
		sent <- nil
	}()
	select {
	case err := <-sent:
		return err
	case <-time.After(30 * time.Second):
		t.Fatal("the flood could not be sent: the server stopped reading the connection")
		return nil
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

// stall opens a reader that stops reading and floods window changes
// until the reader is blocked writing to it (the SSH window, 2 MB, is
// full): its program then cannot quit by itself.
func stall(t *testing.T, ts *testServer) *term {
	t.Helper()
	tm := ts.openTerm(t, newKey(t), 100, 30, samples.Default)
	if !tm.waitFor(0, "Cazeneuve", frameWait) {
		t.Fatal("no first frame")
	}
	tm.hold()
	t.Cleanup(tm.release)
	for deadline := time.Now().Add(20 * time.Second); !writeBlocked(); {
		if time.Now().After(deadline) {
			t.Fatal("the reader never blocked on the client")
		}
		if err := flood(t, tm, 200); err != nil {
			return tm // a short timeout closed the connection already
		}
	}
	return tm
}

// writeBlocked reports whether a reader's renderer is blocked waiting for
// SSH window space. How fast a flood fills the window depends on the
// machine's load, so the tests look rather than guess.
func writeBlocked() bool {
	buf := make([]byte, 4<<20)
	for _, g := range strings.Split(string(buf[:runtime.Stack(buf, true)]), "\n\n") {
		if strings.Contains(g, "(*window).reserve") && strings.Contains(g, "standardRenderer).flush") {
			return true
		}
	}
	return false
}

// ended waits up to d for the session to end, however it ends.
func ended(t *testing.T, tm *term, d time.Duration) bool {
	status, err := tm.wait(d)
	t.Logf("session ended: status %d, %v", status, err)
	return err == nil || !strings.Contains(err.Error(), "did not end")
}

// TestStalledReaderTimesOut: the idle timeout ends a reader that is
// blocked on its client by closing the connection after the grace.
// (TestWatchHangsUpStuckProgram covers the max timeout the same way.) The
// idle timeout is long enough that it cannot fire while the flood, which
// is input, is still being read: the reader must be blocked first.
func TestStalledReaderTimesOut(t *testing.T) {
	ts := startServer(t, Config{IdleTimeout: time.Second, EndGrace: 300 * time.Millisecond}, "")
	base := runtime.NumGoroutine()
	tm := stall(t, ts)
	start := time.Now()
	if !ended(t, tm, frameWait) {
		t.Fatal("the stalled session outlived its timeout")
	}
	t.Logf("ended %v after the stall", time.Since(start).Round(time.Millisecond))
	if !strings.Contains(ts.logs.String(), "did not end") {
		out := tm.since(0)
		t.Errorf("the log does not say the connection was closed:\n%s\nclient saw: %q", ts.logs.String(), out[max(0, len(out)-300):])
	}
	tm.release()
	noLeaks(t, ts, base)
}

// TestWatchHangsUpStuckProgram: whichever timeout fires, a program that
// cannot quit (its output blocks) is hung up on after the grace.
func TestWatchHangsUpStuckProgram(t *testing.T) {
	for _, tc := range []struct {
		name      string
		idle, max time.Duration
		why       string
	}{
		{"idle", 50 * time.Millisecond, 0, "without input"},
		{"max", 0, 50 * time.Millisecond, "at most"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, blocked := io.Pipe() // nobody reads: the first frame blocks
			hungUp := make(chan struct{})
			started := time.Now().UnixNano()
			w := newWatch(tc.idle, tc.max, 100*time.Millisecond, func() { close(hungUp); out.Close() }, func() int64 { return started })
			p := tea.NewProgram(crashing{}, tea.WithInput(nil), tea.WithOutput(blocked), tea.WithoutSignalHandler())
			w.p = p
			done := make(chan struct{})
			go func() { p.Run(); close(done) }()
			start := time.Now()
			w.start()
			select {
			case <-hungUp:
			case <-time.After(frameWait):
				t.Fatal("never hung up")
			}
			if d := time.Since(start); d < 150*time.Millisecond {
				t.Errorf("hung up after %v, before timeout and grace", d)
			}
			<-done
			if why := w.stop(); !strings.Contains(why, tc.why) {
				t.Errorf("why = %q", why)
			}
		})
	}
}

// TestShutdownHangsUpStalledReader: a shutdown waits EndGrace for a
// stalled reader, not the whole shutdown grace.
func TestShutdownHangsUpStalledReader(t *testing.T) {
	ts := startServer(t, Config{EndGrace: 300 * time.Millisecond}, "")
	base := runtime.NumGoroutine()
	tm := stall(t, ts)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	start := time.Now()
	if err := ts.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	t.Logf("shutdown took %v", time.Since(start).Round(time.Millisecond))
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("shutdown took %v with one stalled reader", d)
	}
	if !ended(t, tm, frameWait) {
		t.Fatal("the stalled session survived the shutdown")
	}
	tm.release()
	noLeaks(t, ts, base)
}

// TestRawConnections: TCP connections that never speak SSH are bounded in
// number (per address, and logging in at once) and in time (the login
// grace), and a client elsewhere logs in throughout.
func TestRawConnections(t *testing.T) {
	const grace = 1500 * time.Millisecond
	ts := startServer(t, Config{LoginGrace: grace, MaxStartups: 6, MaxPerAddr: 3}, "")
	base := runtime.NumGoroutine()
	key := newKey(t)
	start := time.Now()
	// One address opens 20: three are kept, the rest closed at once with
	// a word why.
	conns := rawConns(t, ts, "127.0.0.1", 20)
	if n, told := settle(conns, 3); n != 3 || !strings.Contains(told, "too busy") {
		t.Errorf("%d of 20 connections from one address still open (want 3); they were told %q", n, told)
	}
	if _, err := listFrom(t, ts, "127.0.0.9", key); err != nil {
		t.Errorf("a client from another address: %v", err)
	}
	// Three more addresses open three each: six may log in at once, the
	// oldest making room for the newest, so a client still gets in.
	for _, ip := range []string{"127.0.0.2", "127.0.0.3", "127.0.0.4"} {
		conns = append(conns, rawConns(t, ts, ip, 3)...)
	}
	if n, _ := settle(conns, 6); n != 6 {
		t.Errorf("%d connections logging in at once, want 6 (--max-startups)", n)
	}
	if n, _ := stillOpen(conns[:20]); n != 0 {
		t.Errorf("%d of the first address's connections are open: the oldest should have made room", n)
	}
	if _, err := listFrom(t, ts, "127.0.0.9", key); err != nil {
		t.Errorf("a client while six were logging in: %v", err)
	}
	if time.Since(start) >= grace {
		t.Skip("the machine is too slow to check the counts within the grace")
	}
	// None outlives the grace, and logins work again.
	if n, _ := settle(conns, 0); n != 0 {
		t.Errorf("%d raw connections outlived the login grace", n)
	}
	if d := time.Since(start); d < grace {
		t.Errorf("raw connections closed after %v, before the grace", d)
	}
	c, err := listFrom(t, ts, "127.0.0.9", key)
	if err != nil {
		t.Fatalf("a client after the grace: %v", err)
	}
	// A client that logged in is not subject to the grace.
	time.Sleep(grace + 200*time.Millisecond)
	if s, err := c.NewSession(); err != nil {
		t.Errorf("a logged-in connection was closed after the grace: %v", err)
	} else {
		s.Close()
	}
	if !strings.Contains(ts.logs.String(), "refused a connection") {
		t.Errorf("refusals are not logged:\n%s", ts.logs.String())
	}
	for _, c := range conns {
		c.Close()
	}
	noLeaks(t, ts, base)
}

// TestPerAddressCap: one address holds at most MaxPerAddr sessions (on
// one multiplexed connection or several) and connections.
func TestPerAddressCap(t *testing.T) {
	ts := startServer(t, Config{MaxPerAddr: 2}, "")
	base := runtime.NumGoroutine()
	key := newKey(t)
	c := ts.dial(t, ts.clientConfig(key))
	for range 2 {
		tm, err := startTerm(c, 80, 24, "")
		if err != nil {
			t.Fatal(err)
		}
		if !tm.waitFor(0, pickerTitle, frameWait) {
			t.Fatal("no first frame")
		}
	}
	third, err := startTerm(c, 80, 24, "")
	if err != nil {
		t.Fatal(err)
	}
	if status, err := third.wait(frameWait); status != 1 || err != nil || !strings.Contains(third.since(0), "sessions from your address") {
		t.Errorf("third session: status %d, %v, told %q", status, err, third.since(0))
	}
	ts.dial(t, ts.clientConfig(key)) // the second connection
	if _, err := gossh.Dial("tcp", ts.addr, ts.clientConfig(key)); err == nil {
		t.Error("a third connection from the address got in")
	}
	if _, err := listFrom(t, ts, "127.0.0.2", key); err != nil {
		t.Errorf("another address: %v", err)
	}
	noLeaks(t, ts, base)
}

// rawConns opens n TCP connections from ip that never say anything.
func rawConns(t *testing.T, ts *testServer, ip string, n int) []net.Conn {
	t.Helper()
	var conns []net.Conn
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	for range n {
		c, err := d.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	return conns
}

// stillOpen counts the connections the server has not closed, and
// returns what the closed ones were told.
func stillOpen(conns []net.Conn) (n int, told string) {
	buf := make([]byte, 512)
	for _, c := range conns {
		var got []byte
		for {
			c.SetReadDeadline(time.Now().Add(5 * time.Millisecond))
			k, err := c.Read(buf)
			got = append(got, buf[:k]...)
			if err == nil {
				continue
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				n++
			} else if told == "" {
				told = string(got)
			}
			break
		}
	}
	return n, told
}

// settle waits (up to frameWait) until want of conns are still open, and
// returns how many are and what the closed ones were told.
func settle(conns []net.Conn, want int) (n int, told string) {
	for deadline := time.Now().Add(frameWait); ; time.Sleep(20 * time.Millisecond) {
		var t string
		n, t = stillOpen(conns)
		if t != "" {
			told = t
		}
		if n <= want || time.Now().After(deadline) {
			return n, told
		}
	}
}

// listFrom runs `list` on a new connection from ip and returns the client.
func listFrom(t *testing.T, ts *testServer, ip string, key gossh.Signer) (*gossh.Client, error) {
	t.Helper()
	c, err := ts.dialFrom(t, ip, ts.clientConfig(key))
	if err != nil {
		return nil, err
	}
	s, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	defer s.Close()
	if out, err := s.Output("list"); err != nil || !strings.Contains(string(out), samples.Default) {
		return nil, fmt.Errorf("list: %v %q", err, out)
	}
	return c, nil
}

// TestLongCommand: a command of 255 KB (about the most one SSH packet
// carries) is refused with a clear message before it is split, costs
// next to no CPU (go-shlex took 6-8 s on one word this long) and does not
// reach the log in full (it was logged twice: 510 KB).
func TestLongCommand(t *testing.T) {
	ts := startServer(t, Config{}, "")
	base := runtime.NumGoroutine()
	key := newKey(t)
	logged := len(ts.logs.String())
	cpu := cpuTime()
	r := ts.run(t, key, "facts "+strings.Repeat("a", 255<<10))
	used := cpuTime() - cpu
	if r.status != 1 || !strings.Contains(r.stderr, "commands are at most 4096") || len(r.stderr) > 2000 {
		t.Errorf("status %d, stderr %q", r.status, r.stderr[:min(len(r.stderr), 300)])
	}
	// Client and server share the process: this is both ends' CPU, the
	// 255 KB encrypted and sent included.
	if used > time.Second {
		t.Errorf("the long command cost %v of CPU", used)
	}
	if grown := len(ts.logs.String()) - logged; grown > 2000 {
		t.Errorf("the log grew by %d bytes for one command", grown)
	}
	if !strings.Contains(ts.logs.String(), "(261126 bytes)") {
		t.Errorf("the log does not say how long the command was:\n%s", ts.logs.String())
	}
	// Just under the limit, one long word is split at once and looked up.
	r = ts.run(t, key, "facts "+strings.Repeat("b", 4000))
	if r.status != 1 || !strings.Contains(r.stderr, "no such article") {
		t.Errorf("a 4 KB name: status %d, stderr %q", r.status, r.stderr[:min(len(r.stderr), 300)])
	}
	// An open quote is an error, not the words before it.
	if r := ts.run(t, key, "facts 'paris-attacks"); r.status != 1 || !strings.Contains(r.stderr, "not closed") {
		t.Errorf("an open quote: %+v", r)
	}
	noLeaks(t, ts, base)
}

// TestCommandClientStopsReading: a one-shot command whose client stops
// reading its output (while still sending, so the connection never looks
// idle) is hung up once no write has gone through for the idle timeout,
// instead of holding its session until --max-timeout.
func TestCommandClientStopsReading(t *testing.T) {
	dir := t.TempDir()
	// Converted input carries its text in the JSON: 3 MB of output, more
	// than an SSH channel's window, so the server's writes block.
	para := "The council said 12 people were hurt and 40 homes damaged. "
	if err := os.WriteFile(filepath.Join(dir, "long.md"), []byte("# Long\n\n"+strings.Repeat(para, 50000)), 0o644); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, Config{IdleTimeout: 300 * time.Millisecond}, dir)
	base := runtime.NumGoroutine()
	c := ts.dial(t, ts.clientConfig(newKey(t)))
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sess.StdoutPipe(); err != nil { // never read
		t.Fatal(err)
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Start("json long"); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for deadline := time.After(10 * time.Second); ; {
		select {
		case <-done:
			if !strings.Contains(ts.logs.String(), "stopped reading") {
				t.Errorf("no reason in the log:\n%s", ts.logs.String())
			}
			c.Close()
			noLeaks(t, ts, base)
			return
		case <-tick.C:
			stdin.Write([]byte("x")) // the client is not idle
		case <-deadline:
			t.Fatal("the command was still held 10 s after its client stopped reading")
		}
	}
}
