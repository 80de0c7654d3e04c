package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Swap runs a model that another can replace while the program runs:
// the reader waiting for a URL becomes the library of the feed the URL
// turned out to be (SwapMsg), and a page's reader offers a key that
// opens the feed the page advertises (OfferMsg).
type Swap struct {
	m     tea.Model
	size  *tea.WindowSizeMsg
	offer *OfferMsg
}

// NewSwap runs m until something replaces it.
func NewSwap(m tea.Model) *Swap { return &Swap{m: m} }

// SwapMsg replaces the model Swap runs with Model, sized to the
// terminal and started.
type SwapMsg struct{ Model tea.Model }

// OfferMsg offers Key: pressed (outside a search prompt), it replaces
// the model with the one Open makes, or shows Open's error on the status
// line. Help says what it does, for the notice that offers it.
type OfferMsg struct {
	Key  key.Binding
	Open func() (tea.Model, error)
}

// Model is the model running now.
func (s *Swap) Model() tea.Model { return s.m }

// Init implements tea.Model.
func (s *Swap) Init() tea.Cmd { return s.m.Init() }

// Update implements tea.Model.
func (s *Swap) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case SwapMsg:
		return s, s.swap(msg.Model)
	case OfferMsg:
		s.offer = &msg
		return s, nil
	case tea.WindowSizeMsg:
		s.size = &msg
	case tea.KeyMsg:
		if s.offer != nil && key.Matches(msg, s.offer.Key) && !s.typing() {
			m, err := s.offer.Open()
			if err != nil {
				_, cmd := s.m.Update(NoticeMsg{Text: err.Error()})
				return s, cmd
			}
			s.offer = nil
			return s, s.swap(m)
		}
	}
	var cmd tea.Cmd
	s.m, cmd = s.m.Update(msg)
	return s, cmd
}

// typing reports whether keys are text now: a reader's search prompt is
// open.
func (s *Swap) typing() bool {
	r, ok := s.m.(*Reader)
	return ok && r.srch.typing
}

func (s *Swap) swap(m tea.Model) tea.Cmd {
	s.m = m
	cmds := []tea.Cmd{m.Init()}
	if s.size != nil {
		var cmd tea.Cmd
		s.m, cmd = s.m.Update(*s.size)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// View implements tea.Model.
func (s *Swap) View() string { return s.m.View() }
