package serve

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/factpane/factpane/samples"
)

// TestPTYSessionReaderFeatures: an SSH session's reader has what the
// local one has: search, the clipboard (as OSC 52 to the client), the
// tour; and ctrl+z suspends nothing.
func TestPTYSessionReaderFeatures(t *testing.T) {
	ts := startServer(t, Config{}, "")
	tm := ts.openTerm(t, newKey(t), 120, 40, samples.Default)
	if !tm.waitFor(0, "Cazeneuve", frameWait) {
		t.Fatalf("the article did not open; got %q", tm.since(0))
	}
	step := func(keys, want, what string) {
		t.Helper()
		m := tm.mark()
		tm.send(keys)
		if !tm.waitFor(m, want, frameWait) {
			t.Fatalf("%s: %q never came; got %q", what, want, tm.since(m))
		}
	}
	// ctrl+z first: the session must go on answering.
	tm.send("\x1a")
	time.Sleep(100 * time.Millisecond)
	step("/", "/", "the search prompt")
	step("police\r", "/police", "a search")
	step("n", "[2/", "n to the next match")
	tm.send("\x1b") // esc clears the search
	time.Sleep(100 * time.Millisecond)
	step("n", "[1/", "n selects a fact")
	// y: the selected fact reaches the client as OSC 52.
	m := tm.mark()
	tm.send("y")
	if !tm.waitFor(m, "\x1b]52;c;", frameWait) {
		t.Fatalf("y sent no OSC 52; got %q", tm.since(m))
	}
	out := tm.since(m)
	b64 := out[strings.Index(out, "\x1b]52;c;")+len("\x1b]52;c;"):]
	b64 = b64[:strings.IndexByte(b64, '\a')]
	line, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || !strings.Contains(string(line), " · ") || !strings.Contains(string(line), "mention") {
		t.Errorf("the clipboard got %q (%v)", line, err)
	}
	if !tm.waitFor(m, "to the clipboard", frameWait) {
		t.Errorf("the status line did not confirm the copy")
	}
	step("t", "▶ 1/", "the tour")
	step("x", "tour stopped", "a key stopping the tour")
	tm.send("q")
	if status, err := tm.wait(frameWait); err != nil || status != 0 {
		t.Errorf("q: status %d, %v", status, err)
	}
}
