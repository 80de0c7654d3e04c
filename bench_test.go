package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
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

// BenchmarkDirPicker10000 opens a directory of 10,000 articles to the
// picker's first frame, as `factpane DIR` does: list the files, make the
// picker, size it, draw. The articles are read and extracted in the
// background after that frame (stopped at the end of each round).
func BenchmarkDirPicker10000(b *testing.B) {
	dir := b.TempDir()
	names := samples.Names()
	for i := range 10000 {
		text, _ := samples.Get(names[i%len(names)])
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	st := ui.DefaultStyles(r)
	for b.Loop() {
		lib, err := library.Open(library.Options{Dir: dir, NoSamples: true, Watch: true})
		if err != nil {
			b.Fatal(err)
		}
		app := ui.NewApp(lib, st, ui.DefaultKeyMap())
		app.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		if v := app.View(); !strings.Contains(v, "a00000") || !strings.Contains(v, "10000 articles") {
			b.Fatalf("not the picker:\n%s", v)
		}
		b.StopTimer()
		lib.Close()
		b.StartTimer()
	}
}
