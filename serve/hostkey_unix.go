//go:build unix

package serve

import (
	"io/fs"
	"os"
	"syscall"
)

// exposed reports whether a key file is open to others: any group or other
// permission on a key of ours, and other users' read on a key that belongs
// to someone else (root's key, readable by the server's group, is a
// common way to share one).
func exposed(st fs.FileInfo) bool {
	perm := st.Mode().Perm()
	if sys, ok := st.Sys().(*syscall.Stat_t); ok && int(sys.Uid) != os.Getuid() {
		return perm&0o007 != 0
	}
	return perm&0o077 != 0
}
