package serve

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/factpane/factpane/cmdline"
	"github.com/factpane/factpane/termbg"
)

// Themes --theme accepts.
const (
	// ThemeAuto takes the background from the client: the FACTPANE_THEME
	// or COLORFGBG it sent, else its terminal's answer to a query, else
	// dark (as the local reader decides, with the same termbg rules).
	ThemeAuto  = "auto"
	ThemeDark  = "dark"
	ThemeLight = "light"
)

// DefaultThemeWait is how long ThemeAuto waits for a terminal's answer.
// A terminal answers at once, so this is about one round trip; a client
// that does not answer (a script, some web terminals) gets its first frame
// this much later, and keeps any key pressed meanwhile.
const DefaultThemeWait = 300 * time.Millisecond

// newThemeChoice is --theme's value (the local reader's words).
func newThemeChoice() *cmdline.Choice {
	return cmdline.NewChoice(ThemeAuto, ThemeAuto, ThemeDark, ThemeLight)
}

func checkTheme(theme string) error {
	if err := newThemeChoice().Check(theme); err != nil {
		return fmt.Errorf("theme %q: %v", theme, err)
	}
	return nil
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
	r.SetHasDarkBackground(s.darkBackground(sess, env, k))
	return r
}

// darkBackground decides a session's background: --theme dark or light;
// with auto, the client's FACTPANE_THEME (sent with ssh -o SendEnv), then
// its COLORFGBG, then its terminal's answer, waited for at most ThemeWait;
// dark when none says.
func (s *Server) darkBackground(sess *session, env environ, k *keyboard) bool {
	theme := s.cfg.Theme
	if v := env.Getenv("FACTPANE_THEME"); theme == ThemeAuto && checkTheme(v) == nil {
		theme = v
	}
	switch theme {
	case ThemeDark:
		return true
	case ThemeLight:
		return false
	}
	if dark, ok := termbg.FromCOLORFGBG(env.Getenv("COLORFGBG")); ok {
		return dark
	}
	if env.Getenv("NO_COLOR") != "" {
		return true // no palette to choose: no need to ask
	}
	bg := k.queryBackground(sess, s.cfg.ThemeWait)
	if bg == nil {
		return true
	}
	r, g, b, _ := bg.RGBA()
	return termbg.IsDark(float64(r)/0xffff, float64(g)/0xffff, float64(b)/0xffff)
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
