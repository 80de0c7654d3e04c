package feed

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// Read marks live in an append-only log, read.log: one line per change,
// "r KEY UNIXTIME" for read and "u KEY UNIXTIME" for unread, where KEY is
// a digest of the item's feed and ID. Appending a line is one write, so
// marks from two processes interleave whole; a line torn by a crash is
// skipped when the log is read. The log is rewritten without superseded
// and expired lines (compacted) when it grows, under an exclusive lock on
// read.lock that appenders take shared, so no process's mark is lost to
// another's compaction.
const (
	readLog  = "read.log"
	readLock = "read.lock"
	// compactAt is the log size past which Open compacts it, when at
	// least half of its lines are dead.
	compactAt = 256 << 10
)

// markKey is the key of an item's read mark.
func markKey(it Item) string { return digest(it.Key()) }

// IsRead reports whether the item was marked read.
func (c *Cache) IsRead(it Item) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.read[markKey(it)]
	return ok
}

// SetRead marks items read or unread, here and on disk.
func (c *Cache) SetRead(read bool, items ...Item) error {
	if len(items) == 0 {
		return nil
	}
	now := c.now()
	var b bytes.Buffer
	// A leading newline ends whatever line a crash may have torn, so the
	// fragment is skipped alone instead of spoiling this batch's first
	// line.
	b.WriteByte('\n')
	op := "u"
	if read {
		op = "r"
	}
	c.mu.Lock()
	for _, it := range items {
		k := markKey(it)
		if read {
			c.read[k] = now
		} else {
			delete(c.read, k)
		}
		fmt.Fprintf(&b, "%s %s %d\n", op, k, now.Unix())
	}
	c.mu.Unlock()
	return c.appendLog(b.Bytes())
}

// markItems sets each item's Read from the marks.
func (c *Cache) markItems(items []Item) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range items {
		_, items[i].Read = c.read[markKey(items[i])]
	}
}

func (c *Cache) withLogLock(exclusive bool, fn func() error) error {
	lf, err := os.OpenFile(filepath.Join(c.dir, readLock), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return err
	}
	defer lf.Close()
	unlock, err := lockFile(lf, exclusive)
	if err != nil {
		return err
	}
	defer unlock()
	return fn()
}

func (c *Cache) appendLog(lines []byte) error {
	return c.withLogLock(false, func() error {
		f, err := os.OpenFile(filepath.Join(c.dir, readLog), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			return err
		}
		_, err = f.Write(lines)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	})
}

// loadRead reads the log, and compacts it when it has grown.
func (c *Cache) loadRead() error {
	return c.withLogLock(true, func() error {
		path := filepath.Join(c.dir, readLog)
		b, err := os.ReadFile(path)
		if err != nil && !os.IsNotExist(err) {
			return err
		}
		read, lines := parseReadLog(b, c.now().Add(-readMarkAge))
		c.read = read
		if len(b) < compactAt || lines < 2*len(read) {
			return nil
		}
		var out bytes.Buffer
		for k, t := range read {
			fmt.Fprintf(&out, "r %s %d\n", k, t.Unix())
		}
		return writeFileAtomic(path, out.Bytes())
	})
}

// parseReadLog replays a log: the marks in force made after since, and
// how many lines it has. Lines that do not parse (torn by a crash,
// damaged) are skipped.
func parseReadLog(b []byte, since time.Time) (map[string]time.Time, int) {
	read := make(map[string]time.Time)
	lines := 0
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		lines++
		f := bytes.Fields(sc.Bytes())
		if len(f) != 3 || len(f[1]) != 32 {
			continue
		}
		sec, err := strconv.ParseInt(string(f[2]), 10, 64)
		if err != nil {
			continue
		}
		k := string(f[1])
		switch string(f[0]) {
		case "r":
			if t := time.Unix(sec, 0); t.After(since) {
				read[k] = t
			}
		case "u":
			delete(read, k)
		}
	}
	return read, lines
}
