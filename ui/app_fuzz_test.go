package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/factpane/factpane/library"
)

// FuzzApp drives the library App (picker and reader) with random sizes and
// key sequences: it must never panic, and the picker must always fill the
// terminal exactly.
func FuzzApp(f *testing.F) {
	f.Add(uint8(100), uint8(30), []byte("jj\r\t\rnnN\x7fq"))
	f.Add(uint8(20), uint8(5), []byte("/bud\r\r?\x1bL"))
	f.Add(uint8(0), uint8(0), []byte("\r\x7f\r"))
	f.Add(uint8(255), uint8(3), []byte("G?g\t s\x7f/x\x1b"))
	// q is left out: it ends the program, and the fuzzer should keep going.
	keys := []tea.KeyMsg{
		appKey("j"), appKey("k"), appKey("enter"), appKey("backspace"), appKey("esc"),
		appKey("/"), appKey("?"), appKey("L"), appKey("G"), appKey("g"), appKey("n"),
		appKey("N"), appKey("s"), appKey("b"), appKey("u"), appKey("d"),
		{Type: tea.KeyTab}, {Type: tea.KeySpace}, {Type: tea.KeyPgDown}, {Type: tea.KeyUp},
	}
	entries := testEntries()
	st := asciiStyles()
	f.Fuzz(func(t *testing.T, w, h uint8, seq []byte) {
		if len(seq) > 200 {
			seq = seq[:200]
		}
		a := NewApp(library.Static(entries...), st, DefaultKeyMap())
		a.Update(tea.WindowSizeMsg{Width: int(w), Height: int(h)})
		for i, c := range seq {
			if c >= 0xf0 && i+1 < len(seq) {
				// A resize, as a client's window changes.
				a.Update(tea.WindowSizeMsg{Width: int(seq[i+1]), Height: int(c & 0x0f)})
				w, h = seq[i+1], c&0x0f
				continue
			}
			a.Update(keys[int(c)%len(keys)])
			v := a.View()
			if !a.Reading() && h > 0 {
				if n := strings.Count(v, "\n") + 1; n != int(h) {
					t.Fatalf("picker %dx%d drew %d lines", w, h, n)
				}
			}
		}
	})
}
