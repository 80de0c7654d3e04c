package ui

import (
	"bytes"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest"
)

// TestGolden runs the reader as a Bubble Tea program at two sizes (beside
// and stacked), selects a fact and moves to its second mention, then
// compares the final View with testdata/TestGolden/*.golden
// (go test ./ui -run TestGolden -update rewrites them).
func TestGolden(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"120x30", 120, 30}, {"60x20", 60, 20}} {
		t.Run(size.name, func(t *testing.T) {
			tm := teatest.NewTestModel(t, NewReader(storyDoc(), asciiStyles(), DefaultKeyMap()),
				teatest.WithInitialTermSize(size.w, size.h))
			t.Cleanup(func() { _ = tm.Quit() })
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				return bytes.Contains(b, []byte("Casualties"))
			}, teatest.WithDuration(5*time.Second))
			for _, k := range []string{"tab", "down", "n"} {
				tm.Send(keyMsg(k))
			}
			tm.Type("q")
			out := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).View()
			checkFrame(t, out, size.w, size.h)
			teatest.RequireEqualOutput(t, []byte(out))
		})
	}
}
