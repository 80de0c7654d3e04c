package ui

import (
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// resolve fixes colour c for renderer r once: the light or dark variant
// r's background calls for, already converted to r's colour profile.
// Lip Gloss would redo both on every Render, and turning a hex colour into
// a 256-colour palette index is a perceptual-distance search (about 2 µs;
// a frame renders dozens of styled strings, and a server renders frames
// for every session). What is drawn does not change.
func resolve(r *lipgloss.Renderer, c lipgloss.TerminalColor) lipgloss.TerminalColor {
	var spec string
	switch c := c.(type) {
	case lipgloss.AdaptiveColor:
		spec = c.Light
		if r.HasDarkBackground() {
			spec = c.Dark
		}
	case lipgloss.Color:
		spec = string(c)
	default:
		return c
	}
	switch tc := r.ColorProfile().Color(spec).(type) {
	case termenv.ANSI256Color:
		return lipgloss.ANSIColor(tc)
	case termenv.ANSIColor:
		return lipgloss.ANSIColor(tc)
	case termenv.RGBColor:
		return lipgloss.Color(tc)
	case nil, termenv.NoColor:
		return lipgloss.NoColor{}
	}
	return lipgloss.Color(spec)
}
