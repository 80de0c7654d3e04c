package input

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestWatchReloads saves a file the two ways editors do (in place, and by
// renaming a new file over it) and expects a reload within a second.
func TestWatchReloads(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(path, []byte("First version.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan Doc, 8)
	stop, err := Watch(path, Options{}, func(d Doc) { got <- d })
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
		var d Doc
		select {
		case d = <-got:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no reload", s.name)
		}
		if d.Text != text || !strings.HasSuffix(d.Source, "story.txt") {
			t.Fatalf("%s: reloaded %+v", s.name, d)
		}
		t.Logf("save %d (%s): reload after %v", i, s.name, time.Since(start).Round(time.Millisecond))
		// Let the save's burst of events settle into that one reload.
		time.Sleep(2 * ReloadDelay)
		for len(got) > 0 {
			if d := <-got; d.Text != text {
				t.Fatalf("%s: extra reload with other text %q", s.name, d.Text)
			}
		}
	}
}

// TestWatchKeepsLimits: a file that grows past --max-size while open is
// not reloaded; the reader keeps what it had.
func TestWatchKeepsLimits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte("Short.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan Doc, 8)
	stop, err := Watch(path, Options{MaxSize: 64}, func(d Doc) { got <- d })
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if err := os.WriteFile(path, []byte(strings.Repeat("Far too long. ", 10)), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case d := <-got:
		t.Fatalf("reloaded %d bytes past a 64-byte cap", len(d.Text))
	case <-time.After(4 * ReloadDelay):
	}
	if err := os.WriteFile(path, []byte("Short again.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case d := <-got:
		if d.Text != "Short again.\n" {
			t.Fatalf("reloaded %q", d.Text)
		}
	case <-time.After(10 * time.Second): // a bound on a loaded machine, not a timing check
		t.Fatal("no reload once the file fits again")
	}
}

// TestWatchStopCancelsPendingReload: a save just before the program ends
// leaves a reload pending; after stop it must never run (it used to read
// and extract the file after the reader had gone).
func TestWatchStopCancelsPendingReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte("One.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	stop, err := Watch(path, Options{}, func(Doc) { calls.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("Two.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	time.Sleep(ReloadDelay / 3) // the event is in; the reload is pending
	stop()
	// On a loaded machine the reload may have come due before stop was
	// called; what must hold is that none runs once stop has returned.
	atStop := calls.Load()
	stop() // twice is harmless
	time.Sleep(3 * ReloadDelay)
	if n := calls.Load() - atStop; n != 0 {
		t.Errorf("%d reloads after stop", n)
	}
}

// TestWatchStopWaitsForReload: stop returns only once a reload in progress
// has finished, so nothing of the watcher outlives the program.
func TestWatchStopWaitsForReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(path, []byte("One.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{}, 1)
	var finished atomic.Bool
	stop, err := Watch(path, Options{}, func(Doc) {
		started <- struct{}{}
		time.Sleep(ReloadDelay)
		finished.Store(true)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("Two.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case <-started:
	case <-time.After(10 * time.Second):
		t.Fatal("no reload started")
	}
	stop()
	if !finished.Load() {
		t.Error("stop returned while a reload was still running")
	}
}
