package serve

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// BenchmarkSessions opens N concurrent PTY sessions (each on its own
// connection, as N users would) and reports:
//
//   - first-frame-ms-p50/p99: from opening the session to the picker's
//     first frame (handshake excluded, colour query included);
//   - key-ms-p50/p99: from a key press (moving the picker's selection) to
//     the next output, over keysPerSession keys per session, all sessions
//     typing at once, each at keyPace (10 keys/s: someone scrolling fast;
//     200 sessions make 2,000 keys/s);
//   - heap-KiB/session: live heap with all sessions open, less the heap
//     before, over N. Client and server share the process, so this counts
//     both ends: an upper bound for the server.
//
// Run: go test ./serve -run '^$' -bench Sessions -benchtime 1x
func BenchmarkSessions(b *testing.B) {
	for _, n := range []int{50, 200} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			for range b.N {
				benchSessions(b, n)
			}
		})
	}
}

const (
	keysPerSession = 20
	keyPace        = 100 * time.Millisecond
)

func benchSessions(b *testing.B, n int) {
	ts := startServer(b, Config{MaxSessions: n + 1}, "")
	key := newKey(b)
	cfg := ts.clientConfig(key)

	clients := make([]*gossh.Client, n)
	for i := range clients {
		c, err := gossh.Dial("tcp", ts.addr, cfg)
		if err != nil {
			b.Fatal(err)
		}
		clients[i] = c
	}
	defer func() {
		for _, c := range clients {
			c.Close()
		}
	}()

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)

	terms := make([]*term, n)
	first := make([]time.Duration, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			t, err := startTerm(clients[i], 100, 30, "")
			if err != nil {
				errs <- err
				return
			}
			terms[i] = t
			if !t.waitFor(0, pickerTitle, 30*time.Second) {
				errs <- fmt.Errorf("session %d: no first frame", i)
				return
			}
			first[i] = time.Since(start)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	defer func() {
		for _, t := range terms {
			t.close()
		}
	}()

	runtime.GC()
	var during runtime.MemStats
	runtime.ReadMemStats(&during)
	goroutines := runtime.NumGoroutine()

	// Let the first frames settle; measure what idle sessions cost (Bubble
	// Tea v1's renderer ticks at 60 fps even when nothing changes).
	time.Sleep(200 * time.Millisecond)
	cpu0, wall0 := cpuTime(), time.Now()
	time.Sleep(time.Second)
	idle := float64(cpuTime()-cpu0) / float64(time.Since(wall0)) * 100

	// Type: j/k move the selection, so every key changes the frame.
	cpuKeys := cpuTime()
	lat := make([][]time.Duration, n)
	var lost sync.WaitGroup
	errs = make(chan error, n)
	for i, t := range terms {
		lost.Add(1)
		go func() {
			defer lost.Done()
			// Spread the sessions over one pace so they do not type in lockstep.
			time.Sleep(keyPace * time.Duration(i) / time.Duration(n))
			for k := range keysPerSession {
				m := t.mark()
				start := time.Now()
				t.send([]string{"j", "k"}[k%2])
				if !t.waitOutput(m, 10*time.Second) {
					errs <- fmt.Errorf("session %d: no frame after key %d", i, k)
					return
				}
				d := time.Since(start)
				lat[i] = append(lat[i], d)
				time.Sleep(max(keyPace-d, 0))
			}
		}()
	}
	lost.Wait()
	cpuKeys = cpuTime() - cpuKeys
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	var keys []time.Duration
	for _, l := range lat {
		keys = append(keys, l...)
	}
	b.ReportMetric(ms(pct(first, 50)), "first-frame-ms-p50")
	b.ReportMetric(ms(pct(first, 99)), "first-frame-ms-p99")
	b.ReportMetric(ms(pct(keys, 50)), "key-ms-p50")
	b.ReportMetric(ms(pct(keys, 99)), "key-ms-p99")
	heap := float64(int64(during.HeapInuse)-int64(before.HeapInuse)) / float64(n) / 1024
	b.ReportMetric(heap, "heap-KiB/session")
	b.ReportMetric(float64(goroutines)/float64(n), "goroutines/session")
	b.ReportMetric(idle, "idle-cpu-%")
	b.ReportMetric(float64(cpuKeys.Microseconds())/float64(len(keys)), "cpu-µs/key")
}

// pct is the p-th percentile of ds (nearest rank).
func pct(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	i := (len(s)*p + 99) / 100
	return s[max(i-1, 0)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// cpuTime is the CPU time this process has used (user + system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
