package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"

	"github.com/factpane/factpane/input"
)

// screenBuffer is what a terminal receives, read while it arrives.
type screenBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screenBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screenBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ansi.Strip(s.buf.String())
}

// waitFor waits until the terminal has shown want.
func (s *screenBuffer) waitFor(t *testing.T, want string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !strings.Contains(s.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q:\n%s", want, s.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// testScreen is a pseudo-terminal of 100x24 for the reader to run in, as
// in a real one: keys are written to the returned writer, and what the
// reader draws collects in out.
func testScreen(t *testing.T, out *screenBuffer, stderr io.Writer) (screen, io.Writer) {
	t.Helper()
	master, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	t.Cleanup(func() { master.Close(); tty.Close() })
	if err := pty.Setsize(master, &pty.Winsize{Cols: 100, Rows: 24}); err != nil {
		t.Fatal(err)
	}
	go io.Copy(out, master)
	return screen{stdin: tty, stdout: tty, stderr: stderr, dark: true, getenv: func(string) string { return "" }}, master
}

// TestFetchShowsFirstAndQCancels: the reader paints its first frame,
// saying what it fetches, while the server has not answered; q quits at
// once and the request is cancelled.
func TestFetchShowsFirstAndQCancels(t *testing.T) {
	asked, cancelled := make(chan struct{}), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(asked)
		select {
		case <-r.Context().Done():
			close(cancelled)
		case <-time.After(20 * time.Second):
		}
	}))
	defer srv.Close()
	var out screenBuffer
	var stderr bytes.Buffer
	sc, keys := testScreen(t, &out, &stderr)
	done := make(chan int, 1)
	go func() { done <- runFetchTUI(srv.URL+"/story", input.Options{Timeout: 30 * time.Second}, false, sc) }()

	out.waitFor(t, "fetching "+srv.URL+"/story  (q to cancel)", 5*time.Second)
	<-asked // the frame was there while the server held the request
	keys.Write([]byte("q"))
	select {
	case status := <-done:
		if status != 0 || stderr.Len() > 0 {
			t.Errorf("q while fetching: exit %d, stderr %q", status, stderr.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("q did not end the reader while fetching")
	}
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("the request was not cancelled")
	}
}

// TestFetchFillsTheReader: the fetched page's text appears, then its
// facts; a failed fetch ends the reader with the reason and status 1.
func TestFetchFillsTheReader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gone" {
			http.Error(w, "gone", http.StatusGone)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "Storm hits coast\n\nFour people were killed, said Mayor Ann Lee.\n")
	}))
	defer srv.Close()

	var out screenBuffer
	var stderr bytes.Buffer
	sc, keys := testScreen(t, &out, &stderr)
	done := make(chan int, 1)
	go func() { done <- runFetchTUI(srv.URL+"/story", input.Options{}, false, sc) }()
	out.waitFor(t, "Four people were killed", 5*time.Second)
	out.waitFor(t, "Four killed", 5*time.Second) // the sidebar
	keys.Write([]byte("q"))
	if status := <-done; status != 0 {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}
	if !strings.Contains(out.String(), srv.URL+"/story") {
		t.Error("the header does not show the URL")
	}

	var out2 screenBuffer
	stderr.Reset()
	sc, _ = testScreen(t, &out2, &stderr)
	if status := runFetchTUI(srv.URL+"/gone", input.Options{}, false, sc); status != 1 || !strings.Contains(stderr.String(), "HTTP 410") {
		t.Errorf("a failed fetch: exit %d, stderr %q", status, stderr.String())
	}
}

// TestFileReader runs a file's reader in a terminal: the text, then the
// facts found meanwhile (ui's TestLoadingThenText checks the frames in
// between), and q.
func TestFileReader(t *testing.T) {
	doc := input.Doc{Source: "a.txt", Text: "Storm hits coast\n\nFour people were killed, said Mayor Ann Lee.\n"}
	var out screenBuffer
	var stderr bytes.Buffer
	sc, keys := testScreen(t, &out, &stderr)
	done := make(chan int, 1)
	go func() { done <- runTUI("", input.Options{}, doc, sc) }()
	out.waitFor(t, "Four killed", 5*time.Second)
	keys.Write([]byte("q"))
	if status := <-done; status != 0 {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}
}

// TestStdinAtTheTerminal: `factpane -` at a terminal says what it waits
// for, then reads what is typed up to ctrl+d.
func TestStdinAtTheTerminal(t *testing.T) {
	master, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	defer master.Close()
	defer tty.Close()
	var out, errOut bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run([]string{"--plain", "-"}, tty, &out, &errOut) }()
	go io.Copy(io.Discard, master) // the terminal's echo
	master.Write([]byte("Storm hits coast\n\nFour people were killed.\n\x04"))
	select {
	case status := <-done:
		if status != 0 || !strings.Contains(out.String(), "Four killed") {
			t.Errorf("exit %d, stdout %q, stderr %q", status, out.String(), errOut.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ctrl+d did not end the article")
	}
	if !strings.Contains(errOut.String(), "paste or type it, then press ctrl+d") {
		t.Errorf("it did not say what it waits for: %q", errOut.String())
	}
}
