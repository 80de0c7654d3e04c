package serve

import (
	"bufio"
	"bytes"
	"fmt"
	"os"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// loadAuthorizedKeys reads an OpenSSH authorized_keys file. It is read once,
// at start, so a malformed line is reported to the operator then (with its
// line number) instead of silently refusing users later; wish's
// WithAuthorizedKeys re-reads the file per login and stops at the first bad
// line. Restart the server to pick up edits.
func loadAuthorizedKeys(path string) ([]gossh.PublicKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys: %w", err)
	}
	var keys []gossh.PublicKey
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("authorized keys %s:%d: %v", path, n, err)
		}
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("authorized keys %s: %w", path, err)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("authorized keys %s: no keys; nobody could log in", path)
	}
	return keys, nil
}

// allowKeys accepts exactly the given keys.
func allowKeys(keys []gossh.PublicKey) ssh.PublicKeyHandler {
	return func(_ ssh.Context, key ssh.PublicKey) bool {
		for _, k := range keys {
			if ssh.KeysEqual(key, k) {
				return true
			}
		}
		return false
	}
}

// allowAnyKey is the public server's key check: any key gets in. Asking for
// one at all (instead of "none" auth) means a client that has a key offers
// it, so the connect log can name its fingerprint.
func allowAnyKey(ssh.Context, ssh.PublicKey) bool { return true }

// allowAnyone lets clients without a key in (keyboard-interactive with no
// questions): the public reader asks nobody for anything.
func allowAnyone(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }

// fingerprint is the key's SHA256 fingerprint as OpenSSH prints it, or
// "none" for a client that logged in without a key.
func fingerprint(k ssh.PublicKey) string {
	if k == nil {
		return "none"
	}
	return gossh.FingerprintSHA256(k)
}
