package ui

import (
	"strconv"
	"strings"
)

// Hyperlinks reports whether the terminal an environment describes shows
// OSC 8 hyperlinks. No terminal can be asked, and while most ignore the
// sequence when they do not know it, some print it (the Linux console,
// old screen), so links are emitted only where support is known:
// FORCE_HYPERLINK=1 (or 0) decides, as in the supports-hyperlinks
// convention; else tmux 3.4 and later (which pass links on to a terminal
// that has them); else the terminals that say who they are
// (TERM_PROGRAM, VTE_VERSION, KONSOLE_VERSION, WT_SESSION, LC_TERMINAL,
// which ssh forwards from iTerm2) or whose TERM names them (kitty,
// alacritty, foot, ghostty, WezTerm). Over SSH usually only TERM and the
// LC_ variables arrive.
func Hyperlinks(getenv func(string) string) bool {
	if v := getenv("FORCE_HYPERLINK"); v != "" {
		return v != "0"
	}
	term := getenv("TERM")
	if term == "dumb" || term == "linux" {
		return false
	}
	switch prog := getenv("TERM_PROGRAM"); {
	case prog == "tmux":
		return atLeast(getenv("TERM_PROGRAM_VERSION"), 3, 4)
	case getenv("TMUX") != "" || getenv("STY") != "" || strings.HasPrefix(term, "screen") || strings.HasPrefix(term, "tmux"):
		return false // a multiplexer that did not say it passes links on
	case prog == "iTerm.app":
		return atLeast(getenv("TERM_PROGRAM_VERSION"), 3, 1)
	case prog == "WezTerm" || prog == "ghostty" || prog == "vscode":
		return true
	}
	if v, err := strconv.Atoi(getenv("VTE_VERSION")); err == nil && v >= 5000 {
		return true
	}
	if v, err := strconv.Atoi(getenv("KONSOLE_VERSION")); err == nil && v >= 201200 {
		return true
	}
	if getenv("WT_SESSION") != "" || getenv("DOMTERM") != "" || getenv("LC_TERMINAL") == "iTerm2" {
		return true
	}
	for _, t := range []string{"xterm-kitty", "alacritty", "foot", "xterm-ghostty", "wezterm", "contour"} {
		if term == t || strings.HasPrefix(term, t+"-") {
			return true
		}
	}
	return false
}

// atLeast reports whether a version "3.4", "3.5a" or "next-3.6" is at
// least major.minor.
func atLeast(version string, major, minor int) bool {
	version = strings.TrimPrefix(version, "next-")
	maj, rest, _ := strings.Cut(version, ".")
	ma, err := strconv.Atoi(maj)
	if err != nil {
		return false
	}
	if i := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' }); i >= 0 {
		rest = rest[:i] // the minor number's digits: "5a" is 5
	}
	mi, _ := strconv.Atoi(rest)
	return ma > major || ma == major && mi >= minor
}
