//go:build unix

package feed

import (
	"os"
	"syscall"
)

// lockFile takes an advisory lock on f, shared or exclusive, waiting for
// it; the returned function releases it.
func lockFile(f *os.File, exclusive bool) (func(), error) {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	if err := syscall.Flock(int(f.Fd()), how); err != nil {
		return nil, err
	}
	return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }, nil
}
