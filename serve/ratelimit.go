package serve

import (
	"net"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish/ratelimiter"
	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
)

// sessionRate limits how fast one client opens sessions. It is wish's
// ratelimiter with the client counted by addrKey, as the connection and
// session caps count it: wish keys its limiter by the full IP, and an IPv6
// client picks a fresh address in its /64 for every session at no cost.
type sessionRate struct {
	limit rate.Limit
	burst int
	cache *lru.Cache[string, *rate.Limiter] // bounded: a flood of addresses evicts the oldest
}

var _ ratelimiter.RateLimiter = (*sessionRate)(nil)

func newSessionRate(limit rate.Limit, burst, entries int) *sessionRate {
	cache, _ := lru.New[string, *rate.Limiter](max(entries, 1)) // errs only on size <= 0
	return &sessionRate{limit: limit, burst: burst, cache: cache}
}

// Allow implements ratelimiter.RateLimiter.
func (r *sessionRate) Allow(s ssh.Session) error { return r.allow(s.RemoteAddr()) }

func (r *sessionRate) allow(addr net.Addr) error {
	key := addrKey(addr)
	l, ok := r.cache.Get(key)
	if !ok {
		l = rate.NewLimiter(r.limit, r.burst)
		r.cache.Add(key, l)
	}
	if !l.Allow() {
		return ratelimiter.ErrRateLimitExceeded
	}
	return nil
}
