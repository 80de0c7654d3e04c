//go:build unix

package termbg

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/creack/pty"
)

// fakeTerminal answers the questions it reads on the pty's master side
// as a terminal of one kind would, and records what it was asked.
func fakeTerminal(t *testing.T, master *os.File, answer func(question []byte) []string) *bytes.Buffer {
	t.Helper()
	var asked bytes.Buffer
	go func() {
		buf := make([]byte, 256)
		for {
			n, err := master.Read(buf)
			if err != nil {
				return
			}
			asked.Write(buf[:n])
			for _, reply := range answer(buf[:n]) {
				master.WriteString(reply)
			}
		}
	}()
	return &asked
}

func TestAsk(t *testing.T) {
	const white, black = "\x1b]11;rgb:ffff/ffff/ffff\x1b\\", "\x1b]11;rgb:0000/0000/0000\x07"
	const where = "\x1b[5;1R"
	direct := []byte("\x1b]11;?")
	passed := []byte("\x1bPtmux;\x1b\x1b]11;?")
	tests := []struct {
		name     string
		mux      string
		answer   func(q []byte) []string
		dark, ok bool
	}{
		{"xterm, light", "", func(q []byte) []string {
			if bytes.Contains(q, direct) {
				return []string{white, where}
			}
			return nil
		}, false, true},
		{"dark terminal", "", func(q []byte) []string { return []string{black, where} }, true, true},
		{"no OSC 11 (linux console)", "", func(q []byte) []string { return []string{where} }, false, false},
		// tmux 3.3: answers the cursor request only; with
		// allow-passthrough on, the terminal outside answers the question
		// passed through, after tmux's own answer.
		{"tmux 3.3 with passthrough", "tmux", func(q []byte) []string {
			if bytes.Contains(q, passed) {
				return []string{white}
			}
			return []string{where}
		}, false, true},
		{"tmux 3.3 without passthrough", "tmux", func(q []byte) []string {
			if bytes.Contains(q, passed) {
				return nil
			}
			return []string{where}
		}, false, false},
		// tmux 3.4+ answers for the terminal: nothing is passed through.
		{"tmux 3.4", "tmux", func(q []byte) []string {
			if bytes.Contains(q, passed) {
				t.Error("asked through tmux although it answered")
			}
			return []string{black, where}
		}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			master, slave, err := pty.Open()
			if err != nil {
				t.Skip("no pty:", err)
			}
			defer master.Close()
			defer slave.Close()
			fakeTerminal(t, master, tt.answer)
			start := time.Now()
			dark, ok := ask(slave, tt.mux, 2*time.Second, 200*time.Millisecond)
			if dark != tt.dark || ok != tt.ok {
				t.Errorf("ask = %v, %v; want %v, %v", dark, ok, tt.dark, tt.ok)
			}
			if took := time.Since(start); took > time.Second {
				t.Errorf("took %v: it waited for an answer that had come", took)
			}
		})
	}
}
