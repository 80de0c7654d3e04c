package library

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factpane/factpane/feed"
	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/sheet"
)

// publishDelay gathers the changes of a busy moment (a thousand articles
// extracted a second) into one snapshot, so a reader redraws a few times
// a second, not a thousand.
const publishDelay = 100 * time.Millisecond

// articleWorkers is how many feed items' articles are opened at once.
// Fetching waits on the network (within the Fetcher's bounds per host and
// in all), so it has workers of its own, apart from the cores' extraction.
const articleWorkers = 4

// kind says where a slot's article comes from, and orders the picker.
type kind int

const (
	kindSample kind = iota
	kindFile
	kindItem
	kindStatic
)

// slot is one entry of the library with what it takes to (re)read it.
type slot struct {
	entry Entry
	kind  kind
	// pos orders samples (their list's order), static entries (as given)
	// and items (their feed's order, after the date).
	pos int
	// A file's name in the directory, the path it is read by and what it
	// was when last listed; failed says it could not be read as it is
	// now (it is left out until it changes).
	file   string
	path   string
	stamp  stamp
	failed bool
	// An item, its feed's place in the feeds, and the refresh that last
	// queued its article.
	item    feed.Item
	feedPos int
	gen     int
	// job is the reading in progress or queued, nil when none.
	job     *job
	removed bool
}

// result is what a job makes of an article.
type result struct {
	article model.Article
	text    string
	note    string
	date    time.Time
}

// job reads and extracts one slot's article, once: on a worker, or
// sooner on the goroutine of someone who wants it now (Ready).
type job struct {
	l       *Library
	s       *slot
	what    string
	do      func(context.Context) (result, error)
	once    sync.Once
	started atomic.Bool
	done    chan struct{}
	err     error
}

func (j *job) run() {
	j.once.Do(func() {
		j.started.Store(true)
		var r result
		j.err = safely(j.what, func() (err error) {
			r, err = j.do(j.l.ctx)
			return err
		})
		report := j.l.finish(j, r, j.err)
		close(j.done)
		if report != nil && j.l.opt.Skipped != nil {
			j.l.opt.Skipped(report)
		}
	})
}

// newJobLocked queues the reading of s's article (replacing any queued
// before, whose result will be dropped), or returns nil when s has
// nothing to read.
func (l *Library) newJobLocked(s *slot) *job {
	j := &job{l: l, s: s, done: make(chan struct{})}
	p := l.cpu
	switch s.kind {
	case kindSample:
		j.what, j.do = s.entry.Name, l.sampleJob(s)
	case kindFile:
		j.what, j.do = input.OneLine(s.file), l.fileJob(s)
	case kindItem:
		j.what, j.do, p = s.entry.Title(), l.itemJob(s), l.net
	default:
		return nil
	}
	if s.job == nil {
		l.work.pending++
	}
	l.work.total++
	s.job = j
	p.push(j)
	l.touchLocked()
	return j
}

// finish records what a job made of its slot's article. A slot removed
// or read again since is left alone. It returns what to report as
// skipped, if anything.
func (l *Library) finish(j *job, r result, err error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := j.s
	l.work.done++
	if s.job != j {
		return nil // superseded: the newer job counts instead
	}
	s.job = nil
	l.work.pending--
	if l.work.pending == 0 {
		// Idle: published at once, so Wait returns without a delay.
		l.work.done, l.work.total = 0, 0
		defer l.publishLocked()
	} else {
		l.touchLocked()
	}
	if s.removed {
		return nil
	}
	if err != nil {
		if s.kind == kindItem {
			// The row shows the item: the reason alone, not the item's
			// title and link again.
			s.entry.Err = input.OneLine(rootCause(err).Error())
			return nil
		}
		if !s.failed {
			s.failed = true
			l.reorder = true
			if s.kind == kindFile {
				l.nameFilesLocked()
			}
		}
		name := s.entry.Name
		if s.kind == kindFile {
			name = input.OneLine(s.file)
		}
		return l.skippedLocked(&SkipError{Name: name, err: err}, s)
	}
	a := r.article
	s.entry.Article, s.entry.Text, s.entry.Note = a, r.text, r.note
	s.entry.Headlines = sheet.Headlines(a, headlineFigures)
	s.entry.Pending, s.entry.Err = false, ""
	if !r.date.IsZero() && !r.date.Equal(s.entry.Date) {
		s.entry.Date = r.date
		l.reorder = true
	}
	if s.failed {
		s.failed = false
		l.reorder = true
		if s.kind == kindFile {
			l.nameFilesLocked()
		}
	}
	if s.kind == kindFile {
		delete(l.files.reported, s.file)
	}
	return nil
}

// rootCause is the innermost error err wraps.
func rootCause(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}

// touchLocked publishes a new snapshot soon.
func (l *Library) touchLocked() {
	if l.publishAt != nil || l.closed {
		return
	}
	l.publishAt = time.AfterFunc(publishDelay, func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.publishAt = nil
		l.publishLocked()
	})
}

// publishLocked makes the snapshot of the library as it is and tells
// those waiting on Changed.
func (l *Library) publishLocked() {
	if l.reorder || l.order == nil {
		l.order = l.order[:0]
		for _, s := range l.slots {
			if !s.failed && !s.removed {
				l.order = append(l.order, s)
			}
		}
		slices.SortFunc(l.order, bySlot)
		l.reorder = false
	}
	entries := make([]Entry, len(l.order))
	for i, s := range l.order {
		entries[i] = s.entry
	}
	snap := &Snapshot{Entries: entries, Status: l.statusLocked(), Skipped: slices.Clone(l.skipped)}
	l.snap.Store(snap)
	close(l.changed)
	l.changed = make(chan struct{})
}

// bySlot is the picker's order.
func bySlot(a, b *slot) int {
	if a.kind != b.kind {
		return cmp.Compare(a.kind, b.kind)
	}
	switch a.kind {
	case kindFile:
		return strings.Compare(a.file, b.file)
	case kindItem:
		if c := cmp.Compare(a.feedPos, b.feedPos); c != 0 {
			return c
		}
		if c := b.entry.Date.Compare(a.entry.Date); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.pos, b.pos)
}

// sortNewest orders entries newest first, undated last, keeping the
// order they are given in otherwise.
func sortNewest(entries []Entry) {
	slices.SortStableFunc(entries, func(a, b Entry) int {
		switch az, bz := a.Date.IsZero(), b.Date.IsZero(); {
		case az && bz:
			return 0
		case az:
			return 1
		case bz:
			return -1
		}
		return b.Date.Compare(a.Date)
	})
}

// progress counts the articles being read.
type progress struct {
	// pending counts slots with a job; done and total count jobs since
	// the library was last idle.
	pending, done, total int
}

// statusLocked is the snapshot's Status.
func (l *Library) statusLocked() string {
	var parts []string
	if p := l.feeds.progress; p.Total > 0 {
		parts = append(parts, p.String())
	}
	if l.work.pending > 0 {
		parts = append(parts, fmt.Sprintf("reading %d of %d articles", l.work.done, l.work.total))
	}
	return strings.Join(parts, " · ")
}

// maxSkipped bounds the skip messages a snapshot carries.
const maxSkipped = 100

// skippedLocked records a skip for the snapshot and returns it to report,
// unless the same was reported for that entry already.
func (l *Library) skippedLocked(err *SkipError, s *slot) error {
	key := err.Name
	if s != nil && s.kind == kindFile {
		key = s.file
	}
	msg := err.Error()
	if l.files.reported == nil {
		l.files.reported = map[string]string{}
	}
	if l.files.reported[key] == msg {
		return nil
	}
	l.files.reported[key] = msg
	l.skipped = append(l.skipped, msg)
	if len(l.skipped) > maxSkipped {
		l.skipped = l.skipped[len(l.skipped)-maxSkipped:]
	}
	l.touchLocked()
	return err
}

// pool runs jobs on a fixed number of workers, first queued first, the
// workers started with the first job.
type pool struct {
	l       *Library
	n       int
	mu      sync.Mutex
	cond    *sync.Cond
	queue   []*job
	started bool
	closed  bool
}

func newPool(l *Library, n int) *pool {
	p := &pool{l: l, n: max(n, 1)}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *pool) push(j *job) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.queue = append(p.queue, j)
	if !p.started {
		p.started = true
		for range p.n {
			p.l.bg.Add(1)
			go p.work()
		}
	}
	p.cond.Signal()
}

func (p *pool) work() {
	defer p.l.bg.Done()
	for {
		p.mu.Lock()
		for len(p.queue) == 0 && !p.closed {
			p.cond.Wait()
		}
		if p.closed {
			p.mu.Unlock()
			return
		}
		j := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		p.mu.Unlock()
		j.run()
	}
}

// close drops the queue and ends the workers once their jobs are done.
func (p *pool) close() {
	p.mu.Lock()
	p.closed = true
	p.queue = nil
	p.cond.Broadcast()
	p.mu.Unlock()
}

// cores is how many articles are extracted at once.
func cores() int { return runtime.GOMAXPROCS(0) }
