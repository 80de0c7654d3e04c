package ui

import (
	"fmt"
	"io"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/factpane/factpane/library"
)

// BenchmarkPickerKey is one key in the picker as an SSH session sees it
// (256 colours): Update, then the View the program draws.
func BenchmarkPickerKey(b *testing.B) {
	lib, _, err := library.Load(library.Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchPickerKeys(b, lib)
}

// BenchmarkPickerKey10000 is a key in a picker of ten thousand
// articles: the list's page marker must not be drawn dot by dot.
func BenchmarkPickerKey10000(b *testing.B) {
	lib, _, err := library.Load(library.Options{})
	if err != nil {
		b.Fatal(err)
	}
	one := lib.Entries()[0]
	entries := make([]library.Entry, 10000)
	for i := range entries {
		entries[i] = one
		entries[i].Name = fmt.Sprintf("a%05d", i)
	}
	benchPickerKeys(b, library.Static(entries...))
}

// benchPickerKeys times j and k in turn in a picker of lib, drawn as an
// SSH session in 256 colours is: each key's Update with its View.
func benchPickerKeys(b *testing.B, lib *library.Library) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	r.SetHasDarkBackground(true)
	a := NewApp(lib, DefaultStyles(r), DefaultKeyMap())
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	keys := []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune("j")}, {Type: tea.KeyRunes, Runes: []rune("k")}}
	b.ReportAllocs()
	for i := range b.N {
		a.Update(keys[i%2])
		_ = a.View()
	}
}
