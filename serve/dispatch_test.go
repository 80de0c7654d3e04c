package serve

import (
	"bytes"
	"strings"
	"testing"
)

// TestCommandPanicEndsOneSession: a bug that panics in a one-shot command
// ends that session with status 1 and one line, and the server logs it,
// instead of the panic ending the server and every session on it.
func TestCommandPanicEndsOneSession(t *testing.T) {
	ts := startServer(t, Config{}, "")
	var stderr bytes.Buffer
	code := ts.survive("192.0.2.1:5000", "facts x", &stderr, func() int { panic("index out of range") })
	if code != 1 || stderr.String() != "factpane: internal error; the server's log has the details\n" {
		t.Errorf("status %d, stderr %q", code, stderr.String())
	}
	if logs := ts.logs.String(); !strings.Contains(logs, "index out of range") || !strings.Contains(logs, "192.0.2.1") {
		t.Errorf("the log does not tell the panic:\n%s", logs)
	}
	if r := ts.run(t, newKey(t), "list"); r.status != 0 {
		t.Errorf("the server after the panic: %+v", r)
	}
}
