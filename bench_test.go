package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/samples"
	"github.com/factpane/factpane/ui"
)

// BenchmarkFirstFrame10MB opens a 10 MB article file to the reader's first
// frame, as `factpane FILE` does: read and sanitise the file, wrap its
// text, draw. Its facts are found after that frame (text-first); "whole"
// is the same with the extraction first, as the reader did before.
func BenchmarkFirstFrame10MB(b *testing.B) {
	text, _ := samples.Get(samples.Default)
	var sb strings.Builder
	for sb.Len() < 10<<20 {
		sb.WriteString(text + "\n")
	}
	path := filepath.Join(b.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	st := ui.DefaultStyles(r)
	for _, whole := range []bool{false, true} {
		name := "text-first"
		if whole {
			name = "whole"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(sb.Len()))
			for i := 0; i < b.N; i++ {
				doc, err := input.Load(path, nil, input.Options{})
				if err != nil {
					b.Fatal(err)
				}
				var reader *ui.Reader
				if whole {
					reader = ui.NewReader(ui.Doc{Article: library.Extract(doc), Text: doc.Text}, st, ui.DefaultKeyMap())
				} else {
					reader = textFirst(doc, st, nil)
				}
				reader.SetSize(120, 40)
				if !strings.Contains(reader.View(), "Paris") {
					b.Fatal("no text in the first frame")
				}
			}
		})
	}
}
