package ui

import (
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
)

// fuzzKeys are the keys a fuzz byte can press.
var fuzzKeys = []string{"j", "k", "up", "down", "pgup", "pgdown", " ", "g", "G", "home", "end",
	"d", "u", "tab", "shift+tab", "enter", "esc", "n", "N", "s", "?", "/", "h", "e", "x"}

// FuzzReader drives the reader with random sizes, keys, mouse events,
// reloads and text (with mentions at arbitrary, possibly bad, offsets):
// it must never panic, and every frame must be exactly the terminal's size.
func FuzzReader(f *testing.F) {
	f.Add(uint8(120), uint8(30), []byte{13, 3, 17, 17, 18, 0, 1, 14, 16}, "")
	f.Add(uint8(20), uint8(5), []byte{13, 1, 1, 17, 200, 6, 7, 19}, "")
	f.Add(uint8(1), uint8(1), []byte{0, 13, 17, 18, 20, 19, 15}, "")
	f.Add(uint8(60), uint8(20), []byte{13, 1, 17, 250, 40, 9, 230, 3}, "Some text\twith tabs 漢字漢字漢字 and 👩‍👩‍👧 emoji\nand a verylongwordthatneverends"+strings.Repeat("x", 300))
	f.Fuzz(func(t *testing.T, w, h uint8, keys []byte, text string) {
		doc := storyDoc()
		if text != "" {
			text = input.Sanitize(text)
			var ms []model.Mention
			for i := 0; i+1 < len(keys); i += 2 {
				s := int(keys[i]) * len(text) / 256
				ms = append(ms, model.Mention{Start: s, End: s + int(keys[i+1]%16) - 2})
			}
			// Headings and links at the same arbitrary offsets.
			var hs []model.Span
			var ls []model.Link
			for i, m := range ms {
				if i%2 == 0 {
					hs = append(hs, model.Span{Start: m.Start, End: m.End + 3})
				} else {
					ls = append(ls, model.Link{N: i, URL: "https://x.example/" + strconv.Itoa(i), Start: m.Start - 1, End: m.End})
				}
			}
			doc = Doc{Text: text, Article: model.Article{
				Title: text[:min(len(text), 30)], Byline: text[len(text)/2:], Headings: hs, Links: ls,
				Figures: []model.Figure{{Text: "1", Category: model.Count, Mentions: ms}},
				People:  []model.Person{{Name: "X", Mentions: ms[:len(ms)/2]}},
			}}
		}
		width, height := int(w), int(h)
		r := NewReader(doc, ansiStyles(), DefaultKeyMap(), WithTerm(Term{Hyperlinks: w%2 == 0}))
		r.SetSize(width, height)
		checkFrame(t, r.View(), width, height)
		for i, b := range keys {
			switch {
			case b >= 250:
				// A resize, sized by the next byte.
				if i+1 < len(keys) {
					width, height = int(keys[i+1])%140, int(keys[i+1])%50
				}
				r.Update(tea.WindowSizeMsg{Width: width, Height: height})
			case b >= 240:
				btn := []tea.MouseButton{tea.MouseButtonWheelUp, tea.MouseButtonWheelDown, tea.MouseButtonLeft}[int(b)%3]
				r.Update(tea.MouseMsg{X: int(b) % max(width, 1), Y: i % max(height, 1), Button: btn, Action: tea.MouseActionPress})
			case b >= 230:
				// A reload with the text cut short (stdin still arriving).
				d := doc
				d.Text = d.Text[:len(d.Text)*int(b-229)/11]
				r.Update(ContentMsg{Doc: d, Done: b%2 == 0})
			default:
				if k := fuzzKeys[int(b)%len(fuzzKeys)]; k != "q" {
					press(r, k)
				}
			}
			checkFrame(t, r.View(), width, height)
		}
	})
}
