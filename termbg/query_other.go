//go:build !unix

package termbg

import "os"

// Query asks the terminal for its background; on this system it cannot,
// and says so (ok false).
func Query(tty *os.File, mux string) (dark, ok bool) { return false, false }
