package serve

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/samples"
	"github.com/factpane/factpane/sheet"
	"github.com/factpane/factpane/ui"
)

const frameWait = 5 * time.Second

// pickerTitle is on the picker's first frame.
const pickerTitle = "factpane library"

func TestOneShotCommands(t *testing.T) {
	ts := startServer(t, Config{}, "")
	key := newKey(t)
	lib, _, err := library.Load(library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	paris, _ := lib.Lookup(samples.Default)

	var wantJSON bytes.Buffer
	if err := sheet.WriteJSON(&wantJSON, paris.Article); err != nil {
		t.Fatal(err)
	}
	var wantFacts bytes.Buffer
	if err := sheet.Write(&wantFacts, paris.Article); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		cmd        string
		status     int
		stdout     string // exact, when set
		inStdout   []string
		inStderr   []string
		emptyOut   bool
		emptyErrOK bool
	}{
		{cmd: "list", inStdout: append([]string{"NAME", "TITLE", "FIGURES"}, samples.Names()...)},
		{cmd: "facts " + samples.Default, stdout: wantFacts.String()},
		{cmd: "json " + samples.Default, stdout: wantJSON.String()},
		{cmd: "help", inStdout: []string{"facts NAME", "json NAME", "list", "ssh -t"}},
		{cmd: "--help", inStdout: []string{"facts NAME"}},
		{cmd: "", status: 1, emptyOut: true, inStderr: []string{"needs a terminal", "facts NAME"}},
		{cmd: "bogus", status: 1, emptyOut: true, inStderr: []string{"unknown command bogus", "facts NAME"}},
		{cmd: samples.Default, status: 1, emptyOut: true, inStderr: []string{"needs a terminal", "ssh -t"}},
		{cmd: "facts", status: 1, emptyOut: true, inStderr: []string{"facts needs one article name"}},
		{cmd: "json a b", status: 1, emptyOut: true, inStderr: []string{"json needs one article name"}},
		{cmd: "list extra", status: 1, emptyOut: true, inStderr: []string{"list takes [--feed NAME] [COUNT]"}},
		{cmd: "facts nope", status: 1, emptyOut: true, inStderr: []string{`"nope": no such article`}},
		{cmd: "json nope", status: 1, emptyOut: true, inStderr: []string{`"nope": no such article`}},
		{cmd: "read paris attacks", status: 1, emptyOut: true, inStderr: []string{"unknown command read"}},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			r := ts.run(t, key, tc.cmd)
			if r.status != tc.status {
				t.Errorf("status %d, want %d (stderr %q)", r.status, tc.status, r.stderr)
			}
			if tc.stdout != "" && r.stdout != tc.stdout {
				t.Errorf("stdout:\n%s\nwant:\n%s", r.stdout, tc.stdout)
			}
			for _, s := range tc.inStdout {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range tc.inStderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
				}
			}
			if tc.emptyOut && r.stdout != "" {
				t.Errorf("stdout should be empty on error, got %q", r.stdout)
			}
			if tc.status == 0 && r.stderr != "" {
				t.Errorf("stderr should be empty on success, got %q", r.stderr)
			}
			for name, s := range map[string]string{"stdout": r.stdout, "stderr": r.stderr} {
				if i := input.ControlAt(s); i >= 0 {
					t.Errorf("%s has a control byte at %d: %q", name, i, s)
				}
			}
		})
	}
}

func TestPathTraversalReadsNothing(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "articles")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	const secret = "SECRET-MARKER-7f3a"
	for _, p := range []string{filepath.Join(root, "secret.txt"), filepath.Join(root, "secret")} {
		if err := os.WriteFile(p, []byte(secret+"\n\n12 people were killed.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "local.txt"), []byte("Local news\n\nNothing happened.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, Config{}, dir)
	key := newKey(t)
	abs := filepath.Join(root, "secret.txt")
	for _, cmd := range []string{
		"facts ../secret", "facts ../secret.txt", "json ../secret", "facts " + abs, "json " + abs,
		"facts ..", "facts local/../../secret", `facts ..\secret`, "facts /etc/passwd", "json ~/.ssh/id_ed25519",
	} {
		r := ts.run(t, key, cmd)
		if r.status != 1 || !strings.Contains(r.stderr, "no such article") {
			t.Errorf("%q: status %d stderr %q, want status 1 and 'no such article'", cmd, r.status, r.stderr)
		}
		if strings.Contains(r.stdout+r.stderr, secret) || strings.Contains(r.stdout+r.stderr, "root:") {
			t.Errorf("%q leaked file content: %q %q", cmd, r.stdout, r.stderr)
		}
	}
	if r := ts.run(t, key, "facts ../secret"); !strings.Contains(r.stderr, "not by path") {
		t.Errorf("a path-like name should be told names are not paths: %q", r.stderr)
	}
	// The reader path is no different: a PTY session asking for a path
	// gets the error and no program.
	tm := ts.openTerm(t, key, 80, 24, "../secret.txt")
	status, err := tm.wait(frameWait)
	if err != nil || status != 1 {
		t.Errorf("PTY ../secret.txt: status %d, %v; want 1", status, err)
	}
	if out := tm.since(0); strings.Contains(out, secret) {
		t.Errorf("PTY session leaked the file: %q", out)
	}
	// The file in --dir is served by name.
	if r := ts.run(t, key, "facts local"); r.status != 0 || !strings.Contains(r.stdout, "Local news") {
		t.Errorf("facts local: %+v", r)
	}
}

func TestHostileArticleNeverDrivesTheTerminal(t *testing.T) {
	dir := t.TempDir()
	hostile := "Hostile \x1b]0;pwned title\x07headline \x1b[2J here\n\n" +
		"Police said \x1b[31m12 people\x1b[0m were killed and 30 wounded in 4 raids.\n" +
		"Copy this \x1b]52;c;cm0gLXJmIH4K\x07 now \x9b6n and \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\.\n" +
		"Bell\x07 back\bspace \u009b31m c1.\n"
	if err := os.WriteFile(filepath.Join(dir, "hostile.txt"), []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	// The name itself is hostile too: file names are operator input.
	if err := os.WriteFile(filepath.Join(dir, "evil\x1b[2J.md"), []byte("# Evil \x1b]0;x\x07\n\ntext\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, Config{}, dir)
	key := newKey(t)
	for _, cmd := range []string{"list", "facts hostile", "json hostile", "help", "facts \x1b[2J", "bogus\x1b]0;x\x07"} {
		r := ts.run(t, key, cmd)
		for name, s := range map[string]string{"stdout": r.stdout, "stderr": r.stderr} {
			if i := input.ControlAt(s); i >= 0 {
				t.Errorf("%q %s has a control byte at %d: %q", cmd, name, i, s[max(0, i-20):min(len(s), i+20)])
			}
		}
		if strings.HasPrefix(cmd, "facts h") || strings.HasPrefix(cmd, "json") {
			if r.status != 0 || !strings.Contains(r.stdout, "Hostile") {
				t.Errorf("%q: status %d, stdout %q", cmd, r.status, r.stdout)
			}
		}
	}
	// Over a PTY, the reader draws the article: its own escape sequences
	// (SGR, cursor moves) are expected, but nothing from the article (no
	// OSC title/clipboard/hyperlink, no BEL, no C1, no clear-screen).
	tm := ts.openTerm(t, key, 100, 30, "hostile")
	if !tm.waitFor(0, "were killed", frameWait) {
		t.Fatalf("no reader frame: %q", tm.since(0))
	}
	m := strings.Index(tm.since(0), "\x1b[c") + len("\x1b[c") // after the colour query
	tm.send("G")                                              // scroll through it all
	time.Sleep(100 * time.Millisecond)
	// Bubble Tea itself clears the alternate screen once, on entering it.
	out := strings.Replace(tm.since(m), "\x1b[?1049h\x1b[2J", "\x1b[?1049h", 1)
	for _, bad := range []string{"\x1b]", "\x07", "\x1b[2J", "\x1b[31m", "\u009b", "\x08"} {
		if i := strings.Index(out, bad); i >= 0 {
			t.Errorf("PTY reader output carries %q from the article: %q", bad, out[max(0, i-40):min(len(out), i+40)])
		}
	}
	if !utf8.ValidString(out) {
		t.Error("PTY reader output is not valid UTF-8 (a raw 0x9b?)")
	}
	if !strings.Contains(out, "␛") {
		t.Error("the article's ESC bytes should show as visible ␛ placeholders")
	}

	// The JSON stays valid and carries the controls only as escapes.
	r := ts.run(t, key, "json hostile")
	if strings.Contains(r.stdout, "\x1b") || !strings.Contains(r.stdout, `"source": "hostile.txt"`) {
		t.Errorf("json: %s", r.stdout)
	}
}

func TestPTYPickerOpensArticleAndResizes(t *testing.T) {
	ts := startServer(t, Config{}, "")
	key := newKey(t)
	tm := ts.openTerm(t, key, 120, 40, "")
	if !tm.waitFor(0, pickerTitle, frameWait) {
		t.Fatalf("no picker frame; got %q", tm.since(0))
	}
	lib, _, _ := library.Load(library.Options{})
	for _, e := range lib.Entries() {
		if !tm.waitFor(0, e.Name, time.Second) {
			t.Errorf("picker does not list %s", e.Name)
		}
	}

	// enter opens the selected (first) article: the default sample.
	m := tm.mark()
	tm.send("\r")
	if !tm.waitFor(m, "Cazeneuve", frameWait) {
		t.Fatalf("enter did not open the article; got %q", tm.since(m))
	}

	// A resize reaches the reader: under 80 columns the facts go under the
	// article, behind a rule exactly as wide as the terminal.
	m = tm.mark()
	if err := windowChange(tm.sess, 60, 30); err != nil {
		t.Fatal(err)
	}
	if !tm.waitFor(m, strings.Repeat("─", 60), frameWait) {
		t.Fatalf("no 60-column layout after the resize; got %q", tm.since(m))
	}
	m = tm.mark()
	if err := windowChange(tm.sess, 72, 30); err != nil {
		t.Fatal(err)
	}
	if !tm.waitFor(m, strings.Repeat("─", 72), frameWait) {
		t.Fatalf("no 72-column layout after the second resize")
	}

	// The back key returns to the picker; filtering narrows it.
	m = tm.mark()
	tm.send("\x7f") // backspace
	if !tm.waitFor(m, pickerTitle, frameWait) {
		t.Fatalf("backspace did not return to the picker; got %q", tm.since(m))
	}
	m = tm.mark()
	tm.send("/")
	time.Sleep(50 * time.Millisecond) // keys typed at once arrive as one; people type slower
	tm.send("quake")
	if !tm.waitFor(m, "1 article", frameWait) {
		t.Fatalf("filter did not narrow the list; got %q", tm.since(m))
	}

	// q quits; the session ends cleanly.
	tm.send("\r\r")
	time.Sleep(50 * time.Millisecond)
	tm.send("q")
	if status, err := tm.wait(frameWait); err != nil || status != 0 {
		t.Errorf("q: status %d, %v", status, err)
	}
}

func TestPTYHighlightsSelection(t *testing.T) {
	ts := startServer(t, Config{}, "")
	lib, _, _ := library.Load(library.Options{})
	e, _ := lib.Lookup(samples.Default)
	if len(e.Article.Figures) == 0 {
		t.Skip("parse extracts no figures from the sample yet: nothing to select")
	}
	tm := ts.openTerm(t, newKey(t), 120, 40, samples.Default)
	if !tm.waitFor(0, "Cazeneuve", frameWait) {
		t.Fatalf("ssh -t host %s did not open the article; got %q", samples.Default, tm.since(0))
	}
	// The client answered OSC 11 with a dark background and TERM is
	// xterm-256color: the session's styles are these.
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	r.SetHasDarkBackground(true)
	cur := ui.DefaultStyles(r).Current.Render("X")
	prefix := cur[:strings.IndexByte(cur, 'X')]
	if prefix == "" {
		t.Fatal("the current-mention style draws nothing in ANSI256")
	}
	// tab focuses the facts, enter jumps to the selected fact's first
	// mention and marks it as current.
	m := tm.mark()
	tm.send("\t")
	time.Sleep(50 * time.Millisecond)
	tm.send("\r")
	// Which fact comes first is the sidebar's business; any mention of any
	// fact drawn in the current-mention style is the highlight.
	var want []string
	for _, f := range e.Article.Figures {
		for _, mn := range f.Mentions {
			want = append(want, prefix+strings.Fields(mn.Text)[0])
		}
	}
	deadline := time.Now().Add(frameWait)
	for {
		out := tm.since(m)
		for _, w := range want {
			if strings.Contains(out, w) {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no mention drawn in the current style %q after tab, enter; got %q", prefix, out)
		}
		tm.waitOutput(len(out)+m, 100*time.Millisecond)
	}
}

func TestPTYUnknownArticle(t *testing.T) {
	ts := startServer(t, Config{}, "")
	tm := ts.openTerm(t, newKey(t), 80, 24, "no-such-thing")
	status, err := tm.wait(frameWait)
	if err != nil || status != 1 {
		t.Fatalf("status %d, %v; want 1", status, err)
	}
	if out := tm.since(0); strings.Contains(out, "\x1b[?1049h") {
		t.Errorf("an unknown article should not start the reader: %q", out)
	}
}

func TestAuthorizedKeys(t *testing.T) {
	allowed, other := newKey(t), newKey(t)
	path := filepath.Join(t.TempDir(), "authorized_keys")
	content := "# the one reader\n" + string(gossh.MarshalAuthorizedKey(allowed.PublicKey()))
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, Config{AuthorizedKeys: path}, "")
	if ts.Public() {
		t.Error("a server with authorized keys is not public")
	}
	if r := ts.run(t, allowed, "list"); r.status != 0 || !strings.Contains(r.stdout, samples.Default) {
		t.Errorf("allowed key: %+v", r)
	}
	if _, err := gossh.Dial("tcp", ts.addr, ts.clientConfig(other)); err == nil || !strings.Contains(err.Error(), "unable to authenticate") {
		t.Errorf("other key: err = %v, want an authentication failure", err)
	}
	noKey := ts.clientConfig(other)
	noKey.Auth = []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })}
	if _, err := gossh.Dial("tcp", ts.addr, noKey); err == nil {
		t.Error("keyboard-interactive without a key got in")
	}
	// The log names the key that got in.
	if !strings.Contains(ts.logs.String(), gossh.FingerprintSHA256(allowed.PublicKey())) {
		t.Errorf("connect log lacks the key fingerprint:\n%s", ts.logs.String())
	}

	bad := filepath.Join(t.TempDir(), "bad_keys")
	os.WriteFile(bad, []byte(content+"ssh-ed25519 not-base64!\n"), 0o600)
	lib, _, _ := library.Load(library.Options{})
	if _, err := New(Config{AuthorizedKeys: bad, HostKeyPath: filepath.Join(t.TempDir(), "k")}, lib); err == nil || !strings.Contains(err.Error(), ":3") {
		t.Errorf("malformed authorized_keys: err = %v, want it to name line 3", err)
	}
	if _, err := New(Config{AuthorizedKeys: filepath.Join(t.TempDir(), "missing"), HostKeyPath: filepath.Join(t.TempDir(), "k")}, lib); err == nil {
		t.Error("missing authorized_keys file: want an error")
	}
}

func TestPublicServerLetsKeylessClientsIn(t *testing.T) {
	ts := startServer(t, Config{}, "")
	cfg := ts.clientConfig(newKey(t))
	cfg.Auth = []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })}
	c := ts.dial(t, cfg)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.Output("list")
	if err != nil || !strings.Contains(string(out), samples.Default) {
		t.Errorf("keyless list: %v %q", err, out)
	}
	if !strings.Contains(ts.logs.String(), "key=none") {
		t.Errorf("log should say the client had no key:\n%s", ts.logs.String())
	}
}

func TestFiftyConcurrentSessions(t *testing.T) {
	ts := startServer(t, Config{}, "")
	key := newKey(t)
	const n = 50
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := gossh.Dial("tcp", ts.addr, ts.clientConfig(key))
			if err != nil {
				errs <- err
				return
			}
			defer c.Close()
			tm, err := startTerm(c, 100, 30, "")
			if err != nil {
				errs <- err
				return
			}
			defer tm.close()
			if !tm.waitFor(0, pickerTitle, 20*time.Second) {
				errs <- fmt.Errorf("session %d: no first frame", i)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// Clients that vanish (connection dropped mid-session) must not leave
// programs, goroutines or session slots behind.
func TestAbruptDisconnectsLeakNothing(t *testing.T) {
	ts := startServer(t, Config{MaxSessions: 10}, "")
	key := newKey(t)
	settle := func(want int) {
		for deadline := time.Now().Add(frameWait); ts.Sessions() != want && time.Now().Before(deadline); {
			time.Sleep(10 * time.Millisecond)
		}
	}
	// One round first, so lazily started goroutines do not count as leaks.
	round := func() {
		var clients []*gossh.Client
		for range 10 {
			c, err := gossh.Dial("tcp", ts.addr, ts.clientConfig(key))
			if err != nil {
				t.Fatal(err)
			}
			tm, err := startTerm(c, 80, 24, samples.Default)
			if err != nil {
				t.Fatal(err)
			}
			if !tm.waitFor(0, "Cazeneuve", frameWait) {
				t.Fatal("no reader frame")
			}
			clients = append(clients, c)
		}
		if n := ts.Sessions(); n != 10 {
			t.Fatalf("%d sessions, want 10", n)
		}
		for _, c := range clients {
			c.Close() // no exit, no EOF: the TCP connection just goes
		}
		settle(0)
		if n := ts.Sessions(); n != 0 {
			t.Fatalf("%d sessions still counted after every client left", n)
		}
	}
	round()
	time.Sleep(100 * time.Millisecond)
	base := runtime.NumGoroutine()
	round()
	var now int
	for deadline := time.Now().Add(frameWait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if now = runtime.NumGoroutine(); now <= base+2 {
			break
		}
	}
	if now > base+2 {
		t.Errorf("goroutines %d after ten vanished sessions, %d before: a leak", now, base)
	}
	// The slots are free again.
	if r := ts.run(t, key, "list"); r.status != 0 {
		t.Errorf("after the disconnects: %+v", r)
	}
}

func TestMaxSessionsRefusesTheNext(t *testing.T) {
	ts := startServer(t, Config{MaxSessions: 2}, "")
	key := newKey(t)
	a := ts.openTerm(t, key, 80, 24, "")
	b := ts.openTerm(t, key, 80, 24, "")
	for _, tm := range []*term{a, b} {
		if !tm.waitFor(0, pickerTitle, frameWait) {
			t.Fatal("no first frame")
		}
	}
	start := time.Now()
	r := ts.run(t, key, "list")
	if r.status != 1 || !strings.Contains(r.stderr, "server is full") || r.stdout != "" {
		t.Errorf("third session: %+v, want status 1 and 'server is full'", r)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("refusal took %v; it should be immediate", d)
	}
	c := ts.openTerm(t, key, 80, 24, "")
	if status, err := c.wait(frameWait); status != 1 || err != nil {
		t.Errorf("third PTY session: status %d, %v", status, err)
	}
	if !strings.Contains(c.since(0), "server is full") {
		t.Errorf("third PTY session was not told why: %q", c.since(0))
	}
	// One leaves; the next gets in.
	a.send("q")
	if _, err := a.wait(frameWait); err != nil {
		t.Fatal(err)
	}
	// The client sees the exit status a moment before the server has
	// counted the session out.
	for deadline := time.Now().Add(frameWait); ts.Sessions() > 1 && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	if r := ts.run(t, key, "list"); r.status != 0 {
		t.Errorf("after one left: %+v", r)
	}
}

func TestRateLimitPerIP(t *testing.T) {
	ts := startServer(t, Config{RateLimit: rate.Every(time.Minute), RateBurst: 2}, "")
	key := newKey(t)
	refused := 0
	for range 5 {
		r := ts.run(t, key, "help")
		if r.status != 0 {
			refused++
			if !strings.Contains(r.stderr, "rate limit") {
				t.Errorf("refusal does not say why: %q", r.stderr)
			}
		}
	}
	if refused != 3 {
		t.Errorf("%d of 5 refused, want 3 (burst 2)", refused)
	}
}

func TestGracefulShutdownTellsReaders(t *testing.T) {
	ts := startServer(t, Config{}, "")
	key := newKey(t)
	tm := ts.openTerm(t, key, 100, 30, samples.Default)
	if !tm.waitFor(0, "Cazeneuve", frameWait) {
		t.Fatal("no reader frame")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	if err := ts.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("shutdown took %v with one idle reader", d)
	}
	if _, err := tm.wait(frameWait); err != nil {
		t.Fatal(err)
	}
	out := tm.since(0)
	if !strings.Contains(out, "shutting down") {
		t.Errorf("reader was not told: %q", out[max(0, len(out)-200):])
	}
	if !strings.Contains(out, "\x1b[?1049l") {
		t.Error("the reader's screen was not restored (no alt-screen exit)")
	}
	if _, err := gossh.Dial("tcp", ts.addr, ts.clientConfig(key)); err == nil {
		t.Error("a new connection got in after shutdown")
	}
}

func TestHostKeyGeneratedOnceAndPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "key")
	s1, created, err := ensureHostKey(path)
	if err != nil || !created {
		t.Fatalf("first start: %v, created %v", err, created)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key mode %v, %v; want 0600", st.Mode().Perm(), err)
	}
	if _, err := os.Stat(path + ".pub"); err != nil {
		t.Errorf("no .pub beside the key: %v", err)
	}
	s2, created, err := ensureHostKey(path)
	if err != nil || created {
		t.Fatalf("second start: %v, created %v", err, created)
	}
	if !bytes.Equal(s1.PublicKey().Marshal(), s2.PublicKey().Marshal()) {
		t.Error("the key changed between starts")
	}
	if s1.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("key type %s", s1.PublicKey().Type())
	}
	// An existing directory keeps its mode (keygen would chmod it 0700).
	dir := t.TempDir()
	os.Chmod(dir, 0o755)
	if _, _, err := ensureHostKey(filepath.Join(dir, "k")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(dir); st.Mode().Perm() != 0o755 {
		t.Errorf("parent directory mode changed to %v", st.Mode().Perm())
	}
	bad := filepath.Join(t.TempDir(), "garbage")
	os.WriteFile(bad, []byte("not a key"), 0o600)
	if _, _, err := ensureHostKey(bad); err == nil {
		t.Error("a garbage host key file should be an error, not overwritten")
	}
}

func TestMainFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Main([]string{"--help"}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "--authorized-keys") && !strings.Contains(out.String(), "-authorized-keys") {
		t.Errorf("--help: %d %q", code, out.String())
	}
	for _, args := range [][]string{{"--bogus"}, {"extra"}, {"--max-sessions", "0"}, {"--max-per-addr", "0"}, {"--max-startups", "-1"},
		{"--login-grace", "0"}, {"--rate-limit", "-1"}, {"--rate-burst", "0"}, {"--max-command", "0"}, {"--theme", "blue"}, {"--theme-wait", "0"}, {"--hangup-grace", "0"}, {"--shutdown-grace", "-1s"}, {"--refresh", "10s"}, {"--\x1b]0;pwned\x07"}} {
		errOut.Reset()
		if code := Main(args, io.Discard, &errOut); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errOut.String())
		}
		if at := input.ControlAt(errOut.String()); at >= 0 {
			t.Errorf("%q: a terminal control reached stderr: %q", args, errOut.String())
		}
	}
	errOut.Reset()
	code := Main([]string{"--dir", filepath.Join(t.TempDir(), "missing"), "--host-key", filepath.Join(t.TempDir(), "k")}, io.Discard, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "missing") {
		t.Errorf("missing --dir: exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	code = Main([]string{"--feeds", filepath.Join(t.TempDir(), "nofeeds"), "--host-key", filepath.Join(t.TempDir(), "k")}, io.Discard, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "no feeds file") {
		t.Errorf("missing --feeds: exit %d, %q", code, errOut.String())
	}
}

func TestNoSuspend(t *testing.T) {
	if filter(nil, tea.SuspendMsg{}) != nil {
		t.Error("SuspendMsg passed the filter")
	}
	k := tea.KeyMsg{Type: tea.KeyCtrlZ}
	if _, ok := filter(nil, k).(tea.KeyMsg); !ok {
		t.Error("other messages must pass")
	}
}

func TestIdleReaderEndsGracefully(t *testing.T) {
	ts := startServer(t, Config{IdleTimeout: 400 * time.Millisecond}, "")
	key := newKey(t)
	busy := ts.openTerm(t, key, 80, 24, "")
	idle := ts.openTerm(t, key, 80, 24, "")
	for _, tm := range []*term{busy, idle} {
		if !tm.waitFor(0, pickerTitle, frameWait) {
			t.Fatal("no first frame")
		}
	}
	// busy keeps typing for longer than the timeout; idle does nothing.
	for range 8 {
		busy.send("j")
		time.Sleep(100 * time.Millisecond)
	}
	status, err := idle.wait(frameWait)
	if err != nil || status != 0 {
		t.Fatalf("idle session: status %d, %v", status, err)
	}
	out := idle.since(0)
	if !strings.Contains(out, "without input") {
		t.Errorf("idle session was not told why: %q", out[max(0, len(out)-200):])
	}
	// The client's terminal is restored: alternate screen left, mouse off.
	for _, seq := range []string{"\x1b[?1049l", "\x1b[?1002l"} {
		if !strings.Contains(out, seq) {
			t.Errorf("idle session did not restore the terminal (%q missing)", seq)
		}
	}
	m := busy.mark()
	busy.send("k")
	if !busy.waitOutput(m, frameWait) {
		t.Error("the busy session was timed out too")
	}
}

func TestMaxTimeEndsGracefully(t *testing.T) {
	ts := startServer(t, Config{MaxTimeout: 300 * time.Millisecond}, "")
	tm := ts.openTerm(t, newKey(t), 80, 24, "")
	if !tm.waitFor(0, pickerTitle, frameWait) {
		t.Fatal("no first frame")
	}
	for range 3 {
		tm.send("j") // activity does not extend the maximum
		time.Sleep(50 * time.Millisecond)
	}
	if _, err := tm.wait(frameWait); err != nil {
		t.Fatal(err)
	}
	if out := tm.since(0); !strings.Contains(out, "at most 300ms") || !strings.Contains(out, "\x1b[?1049l") {
		t.Errorf("max time: %q", out[max(0, len(out)-200):])
	}
}

// windowChange sends a window-change request, as a client's SIGWINCH does.
func windowChange(s *gossh.Session, w, h int) error {
	return s.WindowChange(h, w)
}

// TestMainServesOnTheBoundPort: with --listen 127.0.0.1:0 the log says
// the port the kernel chose (tests and users connect to it), the flags
// reach the server, and a signal stops it.
func TestMainServesOnTheBoundPort(t *testing.T) {
	logs := &syncBuffer{}
	sigs := make(chan os.Signal, 1)
	status := make(chan int, 1)
	go func() {
		status <- serveMain([]string{"--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "key"),
			"--max-per-addr", "1"}, io.Discard, logs, sigs)
	}()
	var addr string
	for deadline := time.Now().Add(frameWait); addr == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if _, rest, ok := strings.Cut(logs.String(), "serving listen="); ok {
			addr, _, _ = strings.Cut(rest, " ")
		}
	}
	if addr == "" || strings.HasSuffix(addr, ":0") {
		t.Fatalf("the log does not give the bound address:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), "127.0.0.1:0") {
		t.Errorf("the log still names port 0:\n%s", logs.String())
	}
	cfg := &gossh.ClientConfig{User: "reader", Auth: []gossh.AuthMethod{gossh.PublicKeys(newKey(t))},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second}
	c, err := gossh.Dial("tcp", addr, cfg)
	if err != nil {
		t.Fatalf("dial %s: %v", addr, err)
	}
	defer c.Close()
	s, _ := c.NewSession()
	if out, err := s.Output("list"); err != nil || !strings.Contains(string(out), samples.Default) {
		t.Errorf("list: %v %q", err, out)
	}
	// --max-per-addr 1: a second connection from this address is refused.
	if c2, err := gossh.Dial("tcp", addr, cfg); err == nil {
		c2.Close()
		t.Error("--max-per-addr 1 let a second connection in")
	}
	sigs <- syscall.SIGTERM
	select {
	case code := <-status:
		if code != 0 {
			t.Errorf("exit %d after SIGTERM", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("did not stop on SIGTERM")
	}
}

// TestHostKeyExposedOrDangling: a host key others can read is refused
// with the fix in the message (OpenSSH's sshd refuses one too), and a
// symbolic link to nothing says so instead of "file exists".
func TestHostKeyExposedOrDangling(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "key")
	if _, _, err := ensureHostKey(key); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []os.FileMode{0o644, 0o640, 0o604, 0o660} {
		os.Chmod(key, mode)
		_, _, err := ensureHostKey(key)
		if err == nil || !strings.Contains(err.Error(), "chmod 600 "+key) || !strings.Contains(err.Error(), fmt.Sprintf("%04o", mode)) {
			t.Errorf("mode %04o: err = %v, want a refusal saying how to fix it", mode, err)
		}
	}
	os.Chmod(key, 0o400)
	if _, _, err := ensureHostKey(key); err != nil {
		t.Errorf("mode 0400: %v", err)
	}
	os.Chmod(key, 0o600)

	// A link to the key is fine; a link to nothing is explained.
	good := filepath.Join(dir, "good-link")
	os.Symlink(key, good)
	if _, _, err := ensureHostKey(good); err != nil {
		t.Errorf("a link to the key: %v", err)
	}
	dangling := filepath.Join(dir, "dangling")
	target := filepath.Join(dir, "gone", "key")
	os.Symlink(target, dangling)
	_, _, err := ensureHostKey(dangling)
	if err == nil || !strings.Contains(err.Error(), "symbolic link to "+target+", which does not exist") {
		t.Errorf("dangling link: err = %v", err)
	}
	if _, err := os.Lstat(target); err == nil {
		t.Error("a key was written through the dangling link")
	}

	// The command says so and exits 1.
	os.Chmod(key, 0o644)
	var errOut bytes.Buffer
	if code := Main([]string{"--host-key", key, "--listen", "127.0.0.1:0"}, io.Discard, &errOut); code != 1 || !strings.Contains(errOut.String(), "chmod 600") {
		t.Errorf("factpane serve with a readable key: exit %d, %q", code, errOut.String())
	}
}

// TestLibraryLinksAndNames: over SSH, a link in --dir to a file outside
// it is not served (`facts passwd` printed /etc/passwd's first line), the
// operator's log says so once, and a file name with line breaks cannot add
// lines to `list` or `facts`.
func TestLibraryLinksAndNames(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "local.txt"), []byte("Local news\n\n12 people were killed.\n"), 0o644)
	os.Symlink("/etc/passwd", filepath.Join(dir, "passwd.txt"))
	os.WriteFile(filepath.Join(dir, "evil\n\nCasualties\n  999 killed.txt"), []byte("Quiet day\n\nNothing happened.\n"), 0o644)
	ts := startServer(t, Config{}, dir) // startServer loads as Main does, without --outside-links
	key := newKey(t)
	if r := ts.run(t, key, "facts passwd"); r.status != 1 || strings.Contains(r.stdout, "root:") {
		t.Errorf("facts passwd: %+v", r)
	}
	r := ts.run(t, key, "list")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if want := 1 + len(samples.Names()) + 2; len(lines) != want {
		t.Errorf("list has %d lines, want %d:\n%s", len(lines), want, r.stdout)
	}
	r = ts.run(t, key, `facts "evil Casualties 999 killed"`)
	if r.status != 0 || strings.Contains(r.stdout, "\nCasualties") || !strings.Contains(r.stdout, "source: evil Casualties 999 killed.txt\n") {
		t.Errorf("facts of the evil name: %+v", r)
	}
	var logs bytes.Buffer
	code := Main([]string{"--dir", dir, "--host-key", filepath.Join(t.TempDir(), "k"), "--listen", "256.0.0.1:0"}, io.Discard, &logs)
	if code != 1 || strings.Count(logs.String(), "passwd.txt: a symbolic link to ") != 1 || !strings.Contains(logs.String(), "outside the library") {
		t.Errorf("the operator is not told once why passwd.txt is not served (exit %d):\n%s", code, logs.String())
	}
}
