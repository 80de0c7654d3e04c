package ui

import (
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
)

func TestCopy(t *testing.T) {
	var got []string
	term := Term{Copy: func(s string) error { got = append(got, s); return nil }}
	r := NewReader(storyDoc(), asciiStyles(), DefaultKeyMap(), WithTerm(term))
	r.SetSize(100, 20)

	// Nothing selected: y says what to do, copies nothing.
	typeKeys(r, "y")
	if len(got) != 0 || !strings.Contains(statusText(r), "pick a fact first") {
		t.Fatalf("y with nothing selected: copied %q, status %q", got, statusText(r))
	}
	typeKeys(r, "n") // selects the first fact on screen
	typeKeys(r, "y")
	want := "at least 12 killed · people killed in the floods · 2 mentions"
	if len(got) != 1 || got[0] != want {
		t.Fatalf("y copied %q, want %q", got, want)
	}
	if !strings.Contains(statusText(r), "copied “at least 12 killed") {
		t.Errorf("status after y: %q", statusText(r))
	}
	selectText(t, r, "3 arrested")
	typeKeys(r, "y")
	if got[1] != "3 arrested · arrests for looting · 1 mention" {
		t.Errorf("y copied %q", got[1])
	}
	selectText(t, r, "Ana Ruiz")
	typeKeys(r, "y")
	if got[2] != "Ana Ruiz · Mayor · 2 mentions" {
		t.Errorf("y copied %q", got[2])
	}

	// Y: the fact sheet, as --plain prints it.
	typeKeys(r, "Y")
	if len(got) != 4 || !strings.HasPrefix(got[3], "Storm Ida floods the Rhone valley\nsource: story.txt\n") ||
		!strings.Contains(got[3], "\nCasualties\n  at least 12 killed · people killed in the floods ×2\n") {
		t.Fatalf("Y copied %q", got[len(got)-1])
	}
	if !strings.Contains(statusText(r), "copied the fact sheet (") {
		t.Errorf("status after Y: %q", statusText(r))
	}
	// The next key clears the notice.
	typeKeys(r, "j")
	if strings.Contains(statusText(r), "copied") {
		t.Errorf("notice outlived the next key: %q", statusText(r))
	}

	// A failed copy says why; no clipboard at all says so too.
	r = NewReader(storyDoc(), asciiStyles(), DefaultKeyMap(), WithTerm(Term{Copy: func(string) error { return errors.New("broken pipe") }}))
	r.SetSize(100, 20)
	typeKeys(r, "Y")
	if !strings.Contains(statusText(r), "cannot copy: broken pipe") {
		t.Errorf("failed copy: %q", statusText(r))
	}
	r = newTestReader(t, storyDoc(), asciiStyles(), 100, 20)
	typeKeys(r, "Y")
	if !strings.Contains(statusText(r), "no clipboard") {
		t.Errorf("no clipboard: %q", statusText(r))
	}
}

func TestClipboardSequences(t *testing.T) {
	b64 := base64.StdEncoding.EncodeToString([]byte("12 killed"))
	for mux, want := range map[string]string{
		"":       "\x1b]52;c;" + b64 + "\x07",
		"tmux":   "\x1b]52;c;" + b64 + "\x07" + "\x1bPtmux;\x1b\x1b]52;c;" + b64 + "\x07\x1b\\",
		"screen": "\x1b]52;c;" + b64 + "\x07" + "\x1bP\x1b]52;c;" + b64 + "\x07\x1b\\",
	} {
		var out bytes.Buffer
		if err := Clipboard(&out, mux)("12 killed"); err != nil || out.String() != want {
			t.Errorf("mux %q: %q, %v; want %q", mux, out.String(), err, want)
		}
	}
}

// TestSyncOutput: writes from many goroutines reach the output whole,
// and a terminal file stays a file to Bubble Tea.
func TestSyncOutput(t *testing.T) {
	var out bytes.Buffer
	w := SyncOutput(&out)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(c byte) {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				w.Write(bytes.Repeat([]byte{c}, 64))
			}
		}(byte('a' + i))
	}
	wg.Wait()
	s := out.String()
	for i := 0; i < len(s); i += 64 {
		if strings.Count(s[i:i+64], s[i:i+1]) != 64 {
			t.Fatalf("interleaved write at %d: %q", i, s[i:i+64])
		}
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if tf, ok := SyncOutput(f).(terminalFile); !ok || tf.Fd() != f.Fd() {
		t.Error("a file's SyncOutput is not a file with its descriptor")
	}
}
