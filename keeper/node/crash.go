package node

import (
	"fmt"
	"os"
)

// CrashFile is the control file, in a keeper's data directory, through which fault
// injection (`whitepay devnet --faults kill-leader`, issue 8) arms a running keeper
// to kill itself (SIGKILL) right after it sends its Propose for a period end: a
// leader killed mid-round. `keeper run` watches it only when the keeper's
// faults.json asks for it (crash_control); on the product path nothing reads it.
// Its content is {"te": N}; a missing file disarms.
const CrashFile = "crash.json"

// WriteCrash arms the crash of the keeper whose data directory holds path for the
// period ending at te (atomically: a watcher never reads half of it).
func WriteCrash(path string, te uint64) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(fmt.Sprintf("{\"te\":%d}\n", te)), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
