package ui

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/factpane/factpane/model"
)

// TestMain pins lipgloss's process-wide defaults so goldens do not depend
// on the terminal (or lack of one) that runs go test.
func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	os.Exit(m.Run())
}

// env is a fixed environment for renderers, so a NO_COLOR or CLICOLOR in
// the environment running go test cannot change what tests see.
type env map[string]string

func (e env) Environ() []string {
	var out []string
	for k, v := range e {
		out = append(out, k+"="+v)
	}
	return out
}

func (e env) Getenv(k string) string { return e[k] }

// renderer is a renderer with profile p and background dark, in env e.
func renderer(p termenv.Profile, dark bool, e env) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard, termenv.WithEnvironment(e))
	r.SetColorProfile(p)
	r.SetHasDarkBackground(dark)
	return r
}

// asciiStyles are styles that draw no escape sequences: what goldens see.
func asciiStyles() *Styles { return DefaultStyles(renderer(termenv.Ascii, true, env{})) }

// ansiStyles draw real SGR sequences, so tests can see what is styled.
func ansiStyles() *Styles { return DefaultStyles(renderer(termenv.ANSI, true, env{})) }

// filler is article text with no facts in it, to make the story long
// enough to scroll.
const filler = "Rescue teams worked through the night along the flooded valley, " +
	"checking homes street by street while volunteers handed out blankets and " +
	"hot food to families who had left everything behind."

// storyText is a hand-made article: facts near the top, a long middle, and
// second mentions near the end, so selection must scroll.
func storyText() string {
	var b strings.Builder
	b.WriteString("Storm Ida floods the Rhone valley\n")
	b.WriteString("At least 12 people were killed and more than 40 wounded when the river burst its banks, Mayor Ana Ruiz said on Sunday.\n")
	b.WriteString("Police made 3 arrests for looting, and the regional council released €2.5 million in emergency aid.\n")
	for i := 0; i < 30; i++ {
		b.WriteString(filler + "\n")
	}
	b.WriteString("Ruiz said the toll of 12 killed was provisional and that 40 wounded remained in hospital.\n")
	b.WriteString("Insurers expect claims to rise by 30% this year.\n")
	return b.String()
}

// mentionsOf finds every occurrence of each phrase in text, as mentions
// with true byte offsets.
func mentionsOf(text string, phrases ...string) []model.Mention {
	var ms []model.Mention
	for _, p := range phrases {
		for off := 0; ; {
			i := strings.Index(text[off:], p)
			if i < 0 {
				break
			}
			s := off + i
			ms = append(ms, model.Mention{Start: s, End: s + len(p), Text: p})
			off = s + len(p)
		}
	}
	return ms
}

// storyDoc is storyText with its facts, as an extractor would give them.
func storyDoc() Doc {
	text := storyText()
	first := func(p string) []model.Mention { return mentionsOf(text, p)[:1] }
	killed := mentionsOf(text, "12 people were killed")[:1]
	killed = append(killed, mentionsOf(text, "12 killed")...)
	wounded := first("more than 40 wounded")
	wounded = append(wounded, mentionsOf(text, "40 wounded remained")...)
	a := model.Article{
		Source: "story.txt",
		Title:  "Storm Ida floods the Rhone valley",
		Figures: []model.Figure{
			{ID: "f1", Value: 12, Text: "12", Qualifier: "at least", Category: model.Casualties, Subtype: model.Killed, Label: "people killed in the floods", Mentions: killed},
			{ID: "f2", Value: 40, Text: "40", Qualifier: "more than", Category: model.Casualties, Subtype: model.Wounded, Mentions: wounded},
			{ID: "f3", Value: 3, Text: "3", Category: model.Arrests, Subtype: model.Arrested, Label: "arrests for looting", Mentions: first("3 arrests")},
			{ID: "f4", Value: 2.5e6, Text: "€2.5 million", Unit: "EUR", Category: model.Money, Label: "emergency aid", Mentions: first("€2.5 million")},
			{ID: "f5", Value: 30, Text: "30%", Unit: "%", Category: model.Percent, Label: "rise in claims", Mentions: first("30%")},
		},
		People: []model.Person{
			{ID: "p1", Name: "Ana Ruiz", Role: "Mayor", Mentions: append(first("Ana Ruiz"), mentionsOf(text, "Ruiz said the")[0:1]...)},
		},
	}
	// The person's second mention is the surname alone.
	a.People[0].Mentions[1].End = a.People[0].Mentions[1].Start + len("Ruiz")
	a.People[0].Mentions[1].Text = "Ruiz"
	return Doc{Article: a, Text: text}
}

func newTestReader(t testing.TB, doc Doc, st *Styles, w, h int) *Reader {
	t.Helper()
	r := NewReader(doc, st, DefaultKeyMap())
	r.SetSize(w, h)
	return r
}

func model_mention(s, e int) model.Mention { return model.Mention{Start: s, End: e} }
