package serve

import (
	"container/list"
	"fmt"
	"net"
	"net/netip"
	"sync"
	"time"

	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// gate admits TCP connections before any SSH work is done for them, as
// OpenSSH's MaxStartups and LoginGraceTime do: at most maxStartups
// connections may be logging in at once, each has grace to finish its
// handshake and log in, and one address may hold at most perAddr
// connections. Without this, raw TCP connections that never spoke were
// kept until the idle timeout (15 min), and enough of them ran the server
// out of file descriptors (issue 12, item 2).
//
// A connection past perAddr is closed at once. When maxStartups are
// logging in, the oldest of them is closed to make room, where OpenSSH
// refuses the newcomer: then an attacker must open connections faster
// than a client completes its handshake to keep one out, not merely hold
// maxStartups open for the grace time.
type gate struct {
	grace       time.Duration
	maxStartups int
	perAddr     int
	log         *refusals

	mu      sync.Mutex
	pending list.List      // connections logging in, oldest first
	conns   map[string]int // open connections by addrKey
}

func newGate(grace time.Duration, maxStartups, perAddr int, logger *log.Logger) *gate {
	return &gate{grace: grace, maxStartups: maxStartups, perAddr: perAddr,
		log: &refusals{log: logger}, conns: map[string]int{}}
}

type contextKey string

// admittedKey carries a connection's *admitted in its ssh.Context.
const admittedKey contextKey = "factpane.admitted"

// admit is the server's ConnCallback: it returns c wrapped, or nil (which
// closes c) when its address holds perAddr connections already.
func (g *gate) admit(ctx ssh.Context, c net.Conn) net.Conn {
	key := addrKey(c.RemoteAddr())
	a := &admitted{Conn: c, g: g, key: key}
	g.mu.Lock()
	if n := g.conns[key]; n >= g.perAddr {
		g.mu.Unlock()
		why := fmt.Sprintf("%d connections from this address already", n)
		g.log.refuse(key, why)
		// A line before the SSH version is allowed (RFC 4253, 4.2); ssh -v
		// shows it. The write cannot hold anything up: the connection is
		// new, so the kernel's send buffer has room.
		c.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
		fmt.Fprintf(c, "factpane: too busy (%s); try again later\r\n", why)
		return nil
	}
	var oldest *admitted
	if g.pending.Len() >= g.maxStartups {
		oldest = g.pending.Remove(g.pending.Front()).(*admitted)
		oldest.waiting = nil
	}
	g.conns[key]++
	a.timer = time.AfterFunc(g.grace, a.expire)
	a.waiting = g.pending.PushBack(a)
	g.mu.Unlock()
	if oldest != nil {
		g.log.refuse(oldest.key, fmt.Sprintf("%d connections were logging in; the oldest made room", g.maxStartups))
		oldest.Close()
	}
	ctx.SetValue(admittedKey, a)
	return a
}

// serverConfig is the server's ServerConfigCallback: x/crypto reports
// each authentication attempt to AuthLogCallback, and a nil error is a
// completed login (a public-key query without a signature is not
// reported).
func (g *gate) serverConfig(ctx ssh.Context) *gossh.ServerConfig {
	a, _ := ctx.Value(admittedKey).(*admitted)
	return &gossh.ServerConfig{
		AuthLogCallback: func(_ gossh.ConnMetadata, _ string, err error) {
			if err == nil && a != nil {
				a.loggedIn()
			}
		},
	}
}

// admitted is a connection the gate let in.
type admitted struct {
	net.Conn
	g     *gate
	key   string
	timer *time.Timer
	// waiting is a's place in g.pending while it logs in; g.mu guards it.
	waiting   *list.Element
	closeOnce sync.Once
}

// endLogin stops counting a as logging in; false if it was not.
func (a *admitted) endLogin() bool {
	a.g.mu.Lock()
	defer a.g.mu.Unlock()
	if a.waiting == nil {
		return false
	}
	a.g.pending.Remove(a.waiting)
	a.waiting = nil
	return true
}

func (a *admitted) loggedIn() {
	a.timer.Stop()
	a.endLogin()
}

// expire closes a connection that has not logged in within the grace.
func (a *admitted) expire() {
	if a.endLogin() {
		a.g.log.refuse(a.key, fmt.Sprintf("no login within %v", a.g.grace))
		a.Close()
	}
}

// Close closes the connection and gives its places back.
func (a *admitted) Close() error {
	err := a.Conn.Close()
	a.closeOnce.Do(func() {
		a.timer.Stop()
		a.endLogin()
		a.g.mu.Lock()
		if a.g.conns[a.key]--; a.g.conns[a.key] <= 0 {
			delete(a.g.conns, a.key)
		}
		a.g.mu.Unlock()
	})
	return err
}

// addrKey is the address a limit counts a client by: its IP, or for IPv6
// its /64 (one customer's network, usually; a client gets any address in it
// for free).
func addrKey(addr net.Addr) string {
	ap, err := netip.ParseAddrPort(addr.String())
	if err != nil {
		return addr.String()
	}
	ip := ap.Addr().Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}

// refusals logs refused connections without letting a flood of them flood
// the log: the first refusal in a while is logged, the rest are counted
// into the next line.
type refusals struct {
	log *log.Logger

	mu      sync.Mutex
	last    time.Time
	skipped int
}

// refusalEvery is the least time between two refusal log lines.
const refusalEvery = 10 * time.Second

func (r *refusals) refuse(addr, why string) {
	r.mu.Lock()
	now := time.Now()
	if now.Sub(r.last) < refusalEvery {
		r.skipped++
		r.mu.Unlock()
		return
	}
	skipped := r.skipped
	r.last, r.skipped = now, 0
	r.mu.Unlock()
	fields := []any{"addr", addr, "why", why}
	if skipped > 0 {
		fields = append(fields, "and-unlogged", skipped)
	}
	r.log.Warn("refused a connection", fields...)
}
