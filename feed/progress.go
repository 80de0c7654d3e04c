package feed

import (
	"fmt"
	"strings"

	"github.com/factpane/factpane/input"
)

// Progress sums Updates into what a progress line shows: how many feeds
// are done and which failed.
type Progress struct {
	Done, Total int
	// Failed holds one line per failed feed, its name and the reason:
	// "World: HTTP 404 Not Found".
	Failed []string
	names  []string
}

// Add counts an update.
func (p *Progress) Add(u Update) {
	p.Done, p.Total = max(p.Done, u.Done), max(p.Total, u.Total)
	if u.Err != nil {
		p.Failed = append(p.Failed, input.OneLine(u.Err.Error()))
		title := ""
		if u.Channel != nil {
			title = u.Channel.Title
		}
		p.names = append(p.names, u.Feed.Label(title))
	}
}

// String is the progress on one line: "fetching 3 of 12 feeds · 1
// failed: World: HTTP 404 Not Found". With more than one failure it names
// the feeds and leaves the reasons to Failed, so the line stays short.
func (p Progress) String() string {
	var b strings.Builder
	if p.Done < p.Total {
		b.WriteString("fetching ")
	}
	fmt.Fprintf(&b, "%d of %d feeds", p.Done, p.Total)
	switch len(p.Failed) {
	case 0:
	case 1:
		fmt.Fprintf(&b, " · 1 failed: %s", p.Failed[0])
	default:
		fmt.Fprintf(&b, " · %d failed: %s", len(p.Failed), strings.Join(p.names, ", "))
	}
	return b.String()
}
