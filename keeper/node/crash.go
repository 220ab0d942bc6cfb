package node

// CrashFile is the control file, in a keeper's data directory, through which fault
// injection (`whitepay devnet --faults kill-leader`, issue 8) arms a running keeper
// to kill itself (SIGKILL) right after it sends its Propose for a period end: a
// leader killed mid-round. `keeper run` watches it only when the keeper's
// faults.json asks for it (crash_control); on the product path nothing reads it.
// A missing file disarms.
const CrashFile = "crash.json"

// Crash is the content of CrashFile: the period end whose Propose is the keeper's
// last (0: disarmed).
type Crash struct {
	Te uint64 `json:"te"`
}

// WriteCrash arms the crash of the keeper whose data directory holds path for the
// period ending at te (atomically: a watcher never reads half of it).
func WriteCrash(path string, te uint64) error { return writeControlFile(path, Crash{Te: te}) }
