package serve

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/log"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"github.com/factpane/factpane/library"
)

// testServer is an in-process server on a loopback port.
type testServer struct {
	*Server
	addr string
	logs *syncBuffer

	mu      sync.Mutex
	clients []*gossh.Client
}

// startServer serves lib (the samples plus dir, if set) on 127.0.0.1:0
// with a fresh host key. The rate limit and the per-address and login
// caps are lifted unless cfg sets them: tests open many sessions from one
// IP.
func startServer(tb testing.TB, cfg Config, dir string) *testServer {
	tb.Helper()
	lib, _, err := library.Load(library.Options{Dir: dir})
	if err != nil {
		tb.Fatal(err)
	}
	return startServerWith(tb, cfg, lib)
}

// startServerWith serves lib, as startServer does.
func startServerWith(tb testing.TB, cfg Config, lib *library.Library) *testServer {
	tb.Helper()
	logs := &syncBuffer{}
	cfg.Logger = log.New(logs)
	cfg.HostKeyPath = filepath.Join(tb.TempDir(), "host_key")
	if cfg.RateLimit == 0 {
		cfg.RateLimit, cfg.RateBurst = rate.Inf, 1
	}
	// Every test client comes from 127.0.0.1.
	if cfg.MaxPerAddr == 0 {
		cfg.MaxPerAddr = 1000
	}
	if cfg.MaxStartups == 0 {
		cfg.MaxStartups = 1000
	}
	cfg.Listen = "127.0.0.1:0"
	srv, err := New(cfg, lib)
	if err != nil {
		tb.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	go srv.Serve(l)
	tb.Cleanup(func() { srv.Close() })
	return &testServer{Server: srv, addr: l.Addr().String(), logs: logs}
}

// newKey is a fresh client key.
func newKey(tb testing.TB) gossh.Signer {
	tb.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// clientConfig logs in with key and pins the server's host key.
func (ts *testServer) clientConfig(key gossh.Signer) *gossh.ClientConfig {
	return &gossh.ClientConfig{
		User:            "reader",
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.FixedHostKey(ts.HostKey()),
		Timeout:         10 * time.Second,
	}
}

func (ts *testServer) dial(tb testing.TB, cfg *gossh.ClientConfig) *gossh.Client {
	tb.Helper()
	c, err := gossh.Dial("tcp", ts.addr, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	ts.mu.Lock()
	ts.clients = append(ts.clients, c)
	ts.mu.Unlock()
	return c
}

// dialFrom connects from the local address ip (any 127.x.y.z works on
// Linux loopback), as a client on another machine would.
func (ts *testServer) dialFrom(tb testing.TB, ip string, cfg *gossh.ClientConfig) (*gossh.Client, error) {
	tb.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 5 * time.Second}
	nc, err := d.Dial("tcp", ts.addr)
	if err != nil {
		return nil, err
	}
	cc, chans, reqs, err := gossh.NewClientConn(nc, ts.addr, cfg)
	if err != nil {
		nc.Close()
		return nil, err
	}
	c := gossh.NewClient(cc, chans, reqs)
	tb.Cleanup(func() { c.Close() })
	ts.mu.Lock()
	ts.clients = append(ts.clients, c)
	ts.mu.Unlock()
	return c, nil
}

// hangUp closes every connection dial opened.
func (ts *testServer) hangUp() {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	for _, c := range ts.clients {
		c.Close()
	}
	ts.clients = nil
}

// result is a one-shot command's outcome.
type result struct {
	stdout, stderr string
	status         int
}

// run executes cmd without a PTY, as `ssh host cmd` does.
func (ts *testServer) run(tb testing.TB, key gossh.Signer, cmd string) result {
	tb.Helper()
	c := ts.dial(tb, ts.clientConfig(key))
	sess, err := c.NewSession()
	if err != nil {
		tb.Fatal(err)
	}
	defer sess.Close()
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	err = sess.Run(cmd)
	r := result{stdout: out.String(), stderr: errOut.String()}
	var ee *gossh.ExitError
	switch {
	case errors.As(err, &ee):
		r.status = ee.ExitStatus()
	case err != nil:
		tb.Fatalf("%q: %v", cmd, err)
	}
	return r
}

// term is a PTY session that behaves like a terminal emulator where it
// matters: it answers the background-colour (OSC 11) and device-attributes
// (DA1) queries --theme auto sends (see startTermAs).
type term struct {
	sess  *gossh.Session
	stdin io.WriteCloser

	mu       sync.Mutex
	out      []byte
	answered bool
	reply    string
	// paused is non-nil while the client stops reading (see hold); it is
	// closed when it reads again.
	paused  chan struct{}
	changed chan struct{}
	done    chan struct{}
}

// openTerm starts a PTY session of w×h running cmd ("" for a shell, i.e.
// the picker) on a connection of its own.
func (ts *testServer) openTerm(tb testing.TB, key gossh.Signer, w, h int, cmd string) *term {
	tb.Helper()
	c := ts.dial(tb, ts.clientConfig(key))
	t, err := startTerm(c, w, h, cmd)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(t.close)
	return t
}

func startTerm(c *gossh.Client, w, h int, cmd string) (*term, error) {
	return startTermAs(c, w, h, cmd, darkTerminal, nil)
}

// What terminals answer to the background query: a dark background, a
// light one (each then its device attributes), and nothing at all (a
// script, a web terminal that does not do queries).
const (
	darkTerminal   = "\x1b]11;rgb:1c1c/1c1c/1c1c\x1b\\\x1b[?62;22c"
	lightTerminal  = "\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62;22c"
	silentTerminal = ""
)

// startTermAs is startTerm for a terminal that answers the background
// query with reply, on a session whose client sends env.
func startTermAs(c *gossh.Client, w, h int, cmd, reply string, env map[string]string) (*term, error) {
	sess, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	for k, v := range env {
		if err := sess.Setenv(k, v); err != nil {
			return nil, err
		}
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		return nil, err
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		return nil, err
	}
	t := &term{sess: sess, stdin: stdin, reply: reply, changed: make(chan struct{}, 1), done: make(chan struct{})}
	// A terminal shows stderr too (refusals, the shutdown notice).
	sess.Stderr = t
	go t.read(stdout)
	if cmd == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(cmd)
	}
	if err != nil {
		return nil, err
	}
	return t, nil
}

func (t *term) read(r io.Reader) {
	defer close(t.done)
	buf := make([]byte, 32<<10)
	for {
		t.mu.Lock()
		paused := t.paused
		t.mu.Unlock()
		if paused != nil {
			<-paused
		}
		n, err := r.Read(buf)
		if n > 0 {
			t.mu.Lock()
			t.out = append(t.out, buf[:n]...)
			reply := !t.answered && t.reply != "" && bytes.Contains(t.out, []byte("\x1b[c"))
			if reply {
				t.answered = true
			}
			t.mu.Unlock()
			if reply {
				io.WriteString(t.stdin, t.reply)
			}
			select {
			case t.changed <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// Write takes the session's stderr into the same screen.
func (t *term) Write(p []byte) (int, error) {
	t.mu.Lock()
	t.out = append(t.out, p...)
	t.mu.Unlock()
	select {
	case t.changed <- struct{}{}:
	default:
	}
	return len(p), nil
}

// mark is the current end of the output, to wait for what comes after.
func (t *term) mark() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.out)
}

// since is the output after mark m.
func (t *term) since(m int) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.out[m:])
}

// waitFor waits until the output after mark m contains s; false on timeout
// or when the session ends first.
func (t *term) waitFor(m int, s string, timeout time.Duration) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		if strings.Contains(t.since(m), s) {
			return true
		}
		select {
		case <-t.changed:
		case <-t.done:
			return strings.Contains(t.since(m), s)
		case <-deadline.C:
			return false
		}
	}
}

// waitOutput waits for any output after mark m.
func (t *term) waitOutput(m int, timeout time.Duration) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for t.mark() <= m {
		select {
		case <-t.changed:
		case <-t.done:
			return t.mark() > m
		case <-deadline.C:
			return false
		}
	}
	return true
}

func (t *term) send(s string) { io.WriteString(t.stdin, s) }

// hold stops reading the session's output, as a client that stalls (or
// an attacker) does: once the SSH window is full, the server's writes
// block. release reads again.
func (t *term) hold() {
	t.mu.Lock()
	if t.paused == nil {
		t.paused = make(chan struct{})
	}
	t.mu.Unlock()
}

func (t *term) release() {
	t.mu.Lock()
	if t.paused != nil {
		close(t.paused)
		t.paused = nil
	}
	t.mu.Unlock()
}

// wait waits for the session to end and returns its exit status.
func (t *term) wait(timeout time.Duration) (int, error) {
	errc := make(chan error, 1)
	go func() { errc <- t.sess.Wait() }()
	select {
	case err := <-errc:
		var ee *gossh.ExitError
		if errors.As(err, &ee) {
			return ee.ExitStatus(), nil
		}
		return 0, err
	case <-time.After(timeout):
		return -1, errors.New("session did not end")
	}
}

func (t *term) close() { t.sess.Close() }

// syncBuffer is a bytes.Buffer safe for the logger's concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
