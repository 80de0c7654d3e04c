package serve

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Themes --theme accepts.
const (
	// ThemeAuto takes the background from the client: its COLORFGBG if it
	// sent one, else its terminal's answer to a query, else dark.
	ThemeAuto  = "auto"
	ThemeDark  = "dark"
	ThemeLight = "light"
)

// DefaultThemeWait is how long ThemeAuto waits for a terminal's answer.
// A terminal answers at once, so this is about one round trip; a client
// that does not answer (a script, some web terminals) gets its first frame
// this much later, and keeps any key pressed meanwhile.
const DefaultThemeWait = 300 * time.Millisecond

func checkTheme(theme string) error {
	switch theme {
	case ThemeAuto, ThemeDark, ThemeLight:
		return nil
	}
	return fmt.Errorf("theme %q: want %s, %s or %s", theme, ThemeAuto, ThemeDark, ThemeLight)
}

// renderer makes the session's lipgloss renderer, from which the reader
// builds its styles: the colour profile from the client's TERM, the
// background from the theme. It never writes to the client but for
// ThemeAuto's query, and never reads it but through k.
func (s *Server) renderer(sess *session, k *keyboard) *lipgloss.Renderer {
	pty, _, _ := sess.Pty()
	if pty.Term == "" || pty.Term == "dumb" {
		return lipgloss.NewRenderer(sess, termenv.WithProfile(termenv.Ascii))
	}
	env := environ(append(sess.Environ(), "TERM="+pty.Term))
	// The options' order matters: the colour cache is filled as the
	// option is applied, from the environment set before it.
	r := lipgloss.NewRenderer(sess, termenv.WithEnvironment(env), termenv.WithUnsafe(), termenv.WithColorCache(true))
	switch {
	case s.cfg.Theme == ThemeDark:
		r.SetHasDarkBackground(true)
	case s.cfg.Theme == ThemeLight:
		r.SetHasDarkBackground(false)
	case env.Getenv("COLORFGBG") != "":
		// termenv reads the background from it ("15;0": white on black),
		// as for a local terminal.
	default:
		bg := k.queryBackground(sess, s.cfg.ThemeWait)
		r.SetHasDarkBackground(bg == nil || lightness(bg) < 0.5)
	}
	return r
}

// lightness is c's HSL lightness, 0 to 1 (as wish's query judged it).
func lightness(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return float64(max(r, g, b)+min(r, g, b)) / 2 / 0xffff
}

// environ is a client's environment for termenv.
type environ []string

func (e environ) Environ() []string { return e }

func (e environ) Getenv(key string) string {
	for i := len(e) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(e[i], key+"="); ok {
			return v
		}
	}
	return ""
}
