package ui

import "time"

// Term is what the reader may use of the terminal it draws on besides its
// frames. The zero value uses none of it: no clipboard, plain links, no
// suspending.
type Term struct {
	// Copy puts text on the clipboard, or says why it cannot (y and Y
	// show the error). Nil when there is no way to: y and Y say so.
	Copy func(text string) error
	// Hyperlinks is whether the terminal shows OSC 8 hyperlinks (see
	// Hyperlinks); links are drawn as text otherwise, their numbers and
	// the list at the end of the article still there.
	Hyperlinks bool
	// Suspend is whether ctrl+z may suspend the program: a local reader
	// only. Over SSH it would stop the whole server.
	Suspend bool
}

// Option configures a Reader; given to NewApp (ReaderOptions), it
// configures every reader the App opens.
type Option func(*settings)

type settings struct {
	term      Term
	tour      bool          // start the tour (StartTour)
	tourDelay time.Duration // each step of it (WithTourDelay)
}

// WithTerm tells the reader what its terminal offers.
func WithTerm(t Term) Option { return func(s *settings) { s.term = t } }

func newSettings(opts []Option) settings {
	var s settings
	for _, o := range opts {
		o(&s)
	}
	return s
}
