package main

import (
	"fmt"
	"os"

	"github.com/factpane/factpane/cmdline"
	"github.com/factpane/factpane/termbg"
)

// themeEnv names the environment variable that sets the theme when
// --theme does not.
const themeEnv = "FACTPANE_THEME"

// newThemeFlag is --theme's value: auto asks the terminal.
func newThemeFlag() *cmdline.Choice { return cmdline.NewChoice("auto", "auto", "dark", "light") }

// darkBackground decides whether the local terminal's background is dark,
// which picks the palette: --theme when given, else $FACTPANE_THEME, else
// (auto) COLORFGBG when the terminal sets it, else the terminal's answer
// to OSC 11 (through tmux or screen too), else dark, the common case.
// openTTY opens the terminal to ask; it is called only when asking is
// needed. A bad $FACTPANE_THEME is an error, as a bad --theme is.
func darkBackground(theme *cmdline.Choice, getenv func(string) string, openTTY func() (*os.File, error)) (bool, error) {
	choice := theme.String()
	if v := getenv(themeEnv); !theme.IsSet() && v != "" {
		if err := theme.Check(v); err != nil {
			return true, fmt.Errorf("%s=%s: %v", themeEnv, v, err)
		}
		choice = v
	}
	switch choice {
	case "dark":
		return true, nil
	case "light":
		return false, nil
	}
	if dark, ok := termbg.FromCOLORFGBG(getenv("COLORFGBG")); ok {
		return dark, nil
	}
	if getenv("TERM") == "dumb" || getenv("NO_COLOR") != "" {
		return true, nil // no palette to choose: no need to ask
	}
	tty, err := openTTY()
	if err != nil {
		return true, nil
	}
	defer tty.Close()
	if dark, ok := termbg.Query(tty, termbg.Multiplexer(getenv)); ok {
		return dark, nil
	}
	return true, nil
}

// openTTY opens the controlling terminal, which answers questions even
// when stdin is a pipe.
func openTTY() (*os.File, error) { return os.OpenFile("/dev/tty", os.O_RDWR, 0) }
