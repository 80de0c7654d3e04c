package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/ui"
)

// TestWatchFileReloads saves a file the two ways editors do (in place, and
// by renaming a new file over it) and expects a reload within a second.
func TestWatchFileReloads(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte("First version.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan ui.ContentMsg, 8)
	stop, err := watchFile(path, input.Options{}, func(m ui.ContentMsg) { got <- m })
	if err != nil {
		t.Fatal(err)
	}
	defer stop()

	// Another file in the same directory is not a reason to reload.
	if err := os.WriteFile(filepath.Join(dir, "other.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	saves := []struct {
		name string
		save func(text string) error
	}{
		{"in place", func(text string) error { return os.WriteFile(path, []byte(text), 0o644) }},
		{"rename over", func(text string) error {
			tmp := filepath.Join(dir, ".story.txt.swp")
			if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
				return err
			}
			return os.Rename(tmp, path)
		}},
	}
	for i, s := range saves {
		text := "Version " + s.name + ": 12 people were killed, Mayor Ana Ruiz said.\n"
		start := time.Now()
		if err := s.save(text); err != nil {
			t.Fatal(err)
		}
		var m ui.ContentMsg
		select {
		case m = <-got:
		case <-time.After(time.Second):
			t.Fatalf("%s: no reload within a second", s.name)
		}
		if m.Doc.Text != text || !m.Done || !strings.HasSuffix(m.Doc.Article.Source, "story.txt") {
			t.Fatalf("%s: reloaded %+v", s.name, m)
		}
		t.Logf("save %d (%s): reload after %v", i, s.name, time.Since(start).Round(time.Millisecond))
		// Let the save's burst of events settle into that one reload.
		time.Sleep(2 * reloadDelay)
		for len(got) > 0 {
			if m := <-got; m.Doc.Text != text {
				t.Fatalf("%s: extra reload with other text %q", s.name, m.Doc.Text)
			}
		}
	}
}

// TestWatchFileKeepsLimits: a file that grows past --max-size while open
// is not reloaded; the reader keeps what it had.
func TestWatchFileKeepsLimits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte("Short.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan ui.ContentMsg, 8)
	stop, err := watchFile(path, input.Options{MaxSize: 64}, func(m ui.ContentMsg) { got <- m })
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if err := os.WriteFile(path, []byte(strings.Repeat("Far too long. ", 10)), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-got:
		t.Fatalf("reloaded %d bytes past a 64-byte cap", len(m.Doc.Text))
	case <-time.After(4 * reloadDelay):
	}
	if err := os.WriteFile(path, []byte("Short again.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-got:
		if m.Doc.Text != "Short again.\n" {
			t.Fatalf("reloaded %q", m.Doc.Text)
		}
	case <-time.After(time.Second):
		t.Fatal("no reload within a second once the file fits again")
	}
}

func TestWatchable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(file, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	for src, want := range map[string]bool{file: true, filepath.Dir(file): false, "missing.txt": false,
		"https://example.com/a": false, "-": false, "sample:paris-attacks": false, "": false} {
		if watchable(src) != want {
			t.Errorf("watchable(%q) = %v", src, !want)
		}
	}
}
