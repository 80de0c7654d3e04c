package ui

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/lucasb-eyer/go-colorful"
	"github.com/muesli/termenv"
)

// luminance is a colour's WCAG relative luminance.
func luminance(hex string) float64 {
	c, err := colorful.Hex(hex)
	if err != nil {
		panic(err)
	}
	lin := func(v float64) float64 {
		if v <= 0.03928 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestPaletteContrast holds every colour to a contrast that reads on its
// background: 4.5:1 for text (WCAG AA), 3:1 for marks that are not text,
// on white and black and on the off-white and off-black backgrounds
// common themes use.
func TestPaletteContrast(t *testing.T) {
	p := defaultPalette()
	backgrounds := map[bool][]string{false: {"#FFFFFF", "#FDF6E3", "#EEEEEE"}, true: {"#000000", "#1E1E1E", "#282C34", "#002B36"}}
	pick := func(s shade, dark bool) string {
		if dark {
			return s.dark
		}
		return s.light
	}
	for _, dark := range []bool{false, true} {
		for _, bg := range backgrounds[dark] {
			for name, c := range map[string]struct {
				s   shade
				min float64
			}{
				"text": {p.text, 4.5}, "accent": {p.accent, 4.5}, "link": {p.link, 4.5},
				"subtle": {p.subtle, 3}, "dot": {p.dot, 3},
			} {
				if got := contrast(pick(c.s, dark), bg); got < c.min {
					t.Errorf("dark=%v: %s %s on %s: contrast %.2f < %.1f", dark, name, pick(c.s, dark), bg, got, c.min)
				}
			}
		}
		// Text on a coloured background.
		for name, pair := range map[string][2]shade{
			"mention": {p.mentionText, p.mentionBg}, "current": {p.currentText, p.currentBg},
			"match": {p.matchText, p.matchBg}, "current match": {p.currentMatchText, p.currentMatchBg},
			"status": {p.barText, p.bar}, "status title": {p.accent, p.bar},
		} {
			if got := contrast(pick(pair[0], dark), pick(pair[1], dark)); got < 4.5 {
				t.Errorf("dark=%v: %s text %s on %s: contrast %.2f", dark, name, pick(pair[0], dark), pick(pair[1], dark), got)
			}
		}
		// The highlights stand out from the page and from each other by
		// colour difference (CIEDE2000; 10 is a plain difference, 2 about
		// the least an eye can see), which counts hue as well as lightness.
		marks := map[string]shade{"mention": p.mentionBg, "match": p.matchBg, "current": p.currentBg, "current match": p.currentMatchBg}
		for name, s := range marks {
			for _, bg := range backgrounds[dark] {
				if got := deltaE(pick(s, dark), bg); got < 10 {
					t.Errorf("dark=%v: %s background %s hardly differs from the page %s (ΔE %.1f)", dark, name, pick(s, dark), bg, got)
				}
			}
			for other, o := range marks {
				if other != name {
					if got := deltaE(pick(s, dark), pick(o, dark)); got < 10 {
						t.Errorf("dark=%v: %s and %s look alike (ΔE %.1f)", dark, name, other, got)
					}
				}
			}
		}
	}
}

// deltaE is the CIEDE2000 difference of two colours, in its usual units.
func deltaE(a, b string) float64 {
	ca, _ := colorful.Hex(a)
	cb, _ := colorful.Hex(b)
	return 100 * ca.DistanceCIEDE2000(cb)
}

// TestHighlightsDistinct: on every colour profile and background, a
// mention, the current mention, a search match and the current match
// each look different; and without colour (NO_COLOR, CLICOLOR=0) they
// still differ, by attributes alone.
func TestHighlightsDistinct(t *testing.T) {
	type setup struct {
		name string
		st   *Styles
	}
	var setups []setup
	for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI} {
		for _, dark := range []bool{false, true} {
			setups = append(setups, setup{p.Name() + "/dark=" + strconv.FormatBool(dark), DefaultStyles(renderer(p, dark, env{}))})
		}
	}
	setups = append(setups,
		setup{"NO_COLOR", DefaultStyles(renderer(termenv.Ascii, true, env{"NO_COLOR": "1"}))},
		setup{"CLICOLOR=0", DefaultStyles(renderer(termenv.Ascii, false, env{"CLICOLOR": "0"}))})
	colour := regexp.MustCompile(`\x1b\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])(;[0-9;]*)?m`)
	for _, s := range setups {
		pt := newPaints(s.st)
		looks := map[string]string{}
		for name, p := range map[string]paint{"mention": pt.mention, "current": pt.current, "match": pt.match, "current match": pt.currentMatch} {
			if p.open == "" {
				t.Errorf("%s: %s is not styled at all", s.name, name)
			}
			if other, dup := looks[p.open]; dup {
				t.Errorf("%s: %s looks like %s (%q)", s.name, name, other, p.open)
			}
			looks[p.open] = name
			if strings.HasPrefix(s.name, "NO_COLOR") || strings.HasPrefix(s.name, "CLICOLOR") {
				if colour.MatchString(p.open) {
					t.Errorf("%s: %s uses colour: %q", s.name, name, p.open)
				}
			}
		}
	}
	// An Ascii terminal that did not ask for no colour (TERM=dumb, tests)
	// gets no escape sequences at all.
	if p := newPaints(DefaultStyles(renderer(termenv.Ascii, true, env{}))); p.mention.open != "" || p.current.open != "" {
		t.Errorf("Ascii profile draws escapes: %q %q", p.mention.open, p.current.open)
	}
}

// visibleEscapes writes ESC as \e so a golden of styled output can be
// read and diffed.
func visibleEscapes(s string) string { return strings.ReplaceAll(s, "\x1b", `\e`) }

// TestThemeGolden draws the sidebar and the status line with a fact
// selected, in true colour on a light and on a dark background, and
// compares them with testdata/TestThemeGolden/*.golden.
func TestThemeGolden(t *testing.T) {
	for _, theme := range []struct {
		name string
		dark bool
	}{{"light", false}, {"dark", true}} {
		t.Run(theme.name, func(t *testing.T) {
			r := newTestReader(t, storyDoc(), DefaultStyles(renderer(termenv.TrueColor, theme.dark, env{})), 100, 16)
			press(r, "tab", "down")
			out := strings.Join(append(r.side.rows, r.status), "\n") + "\n"
			golden.RequireEqual(t, []byte(visibleEscapes(out)))
		})
	}
}
