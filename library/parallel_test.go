package library

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/samples"
)

// articleDir writes n articles (the samples, over and over) into a new
// directory.
func articleDir(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	names := samples.Names()
	for i := range n {
		text, _ := samples.Get(names[i%len(names)])
		write(tb, dir, fmt.Sprintf("a%03d.txt", i), text)
	}
	return dir
}

// TestLoadExtractsOnEveryCore: Load extracts on up to GOMAXPROCS workers
// at once, never more, and the library comes out the same, in the same
// order, however many there are.
func TestLoadExtractsOnEveryCore(t *testing.T) {
	dir := articleDir(t, 24)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	load := func(procs int) (*Library, int) {
		runtime.GOMAXPROCS(procs)
		var now, most atomic.Int32
		var met sync.Once
		together := make(chan struct{})
		extract := func(doc input.Doc) model.Article {
			n := now.Add(1)
			defer now.Add(-1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			if procs > 1 && n >= 2 {
				met.Do(func() { close(together) })
			}
			if procs > 1 {
				// Hold the first extractions until two run at once, so the
				// count does not depend on how fast each one is.
				select {
				case <-together:
				case <-time.After(5 * time.Second):
				}
			}
			return Extract(doc)
		}
		lib, skipped, err := Load(Options{Dir: dir, extract: extract})
		if err != nil || len(skipped) != 0 {
			t.Fatalf("Load: %v %v", err, skipped)
		}
		return lib, int(most.Load())
	}
	one, most1 := load(1)
	four, most4 := load(4)
	if most1 != 1 {
		t.Errorf("GOMAXPROCS 1: %d extractions at once", most1)
	}
	if most4 < 2 || most4 > 4 {
		t.Errorf("GOMAXPROCS 4: %d extractions at once, want 2 to 4", most4)
	}
	summary := func(l *Library) []string {
		var s []string
		for _, e := range l.Entries() {
			s = append(s, e.Name+"|"+e.Article.Source+"|"+e.Headlines)
		}
		return s
	}
	if a, b := summary(one), summary(four); !slices.Equal(a, b) {
		t.Errorf("the order depends on the workers:\n%q\n%q", a, b)
	}
	if one.Len() != len(samples.Names())+24 {
		t.Errorf("%d entries", one.Len())
	}
}

// BenchmarkLoadDir loads a directory of 48 articles: compare -cpu 1,2.
func BenchmarkLoadDir(b *testing.B) {
	dir := articleDir(b, 48)
	for b.Loop() {
		if _, _, err := Load(Options{Dir: dir, NoSamples: true}); err != nil {
			b.Fatal(err)
		}
	}
}
