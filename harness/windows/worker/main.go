// Runner.Worker.exe: the local runner's job process on Windows, as the real runner's
// Runner.Worker.exe is: one per job, the parent of every step it runs. The test process (on the
// Linux side of wine) sends it one JSON request per line on stdin and reads one JSON reply per line
// on stdout. A step gets exactly the environment in its request: wine's own TEMP, TMP, PATH and
// profile folders apply only to this process, the first one started from Unix. A step's output
// reaches it through Windows pipes (Node for Windows under wine fails with EBADF on a Unix pipe).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

type request struct {
	ID      int      `json:"id"`
	Program string   `json:"program"`
	Args    []string `json:"args"`
	Env     []string `json:"env"`
	Dir     string   `json:"dir"`
	// Background: start the step, reply at once, its output into this file; it runs on.
	Background string `json:"background,omitempty"`
}

type reply struct {
	ID       int    `json:"id"`
	Pid      int    `json:"pid,omitempty"`
	ExitCode int    `json:"exitCode"`
	Stdout   string `json:"stdout"`
	Stderr   string `json:"stderr"`
	Error    string `json:"error,omitempty"`
}

var out = struct {
	sync.Mutex
	enc *json.Encoder
}{enc: json.NewEncoder(os.Stdout)}

// Steps left running in the background, for "Complete job" to end.
var left = struct {
	sync.Mutex
	procs map[*os.Process]bool
}{procs: map[*os.Process]bool{}}

func send(r reply) {
	out.Lock()
	defer out.Unlock()
	_ = out.enc.Encode(r)
}

// lookPath finds program as Windows does for CreateProcess callers like the runner: a name with a
// folder as it is, else each folder of the step's own PATH, with .exe when no extension is given.
func lookPath(program string, env []string) string {
	if strings.ContainsAny(program, `\/:`) {
		return program
	}
	names := []string{program}
	if filepath.Ext(program) == "" {
		names = []string{program + ".exe", program + ".cmd", program + ".bat"}
	}
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		if !strings.EqualFold(name, "PATH") {
			continue
		}
		for _, dir := range strings.Split(value, ";") {
			for _, n := range names {
				candidate := filepath.Join(dir, n)
				if st, err := os.Stat(candidate); err == nil && !st.IsDir() {
					return candidate
				}
			}
		}
	}
	return program
}

func serve(req request) {
	cmd := exec.Command(lookPath(req.Program, req.Env), req.Args...)
	cmd.Env = req.Env
	cmd.Dir = req.Dir
	if req.Background != "" {
		log, err := os.Create(req.Background)
		if err != nil {
			send(reply{ID: req.ID, Error: err.Error()})
			return
		}
		cmd.Stdout, cmd.Stderr = log, log
		if err := cmd.Start(); err != nil {
			log.Close()
			send(reply{ID: req.ID, Error: err.Error()})
			return
		}
		left.Lock()
		left.procs[cmd.Process] = true
		left.Unlock()
		send(reply{ID: req.ID, Pid: cmd.Process.Pid})
		_ = cmd.Wait()
		log.Close()
		left.Lock()
		delete(left.procs, cmd.Process)
		left.Unlock()
		return
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := reply{ID: req.ID, Stdout: stdout.String(), Stderr: stderr.String()}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		r.ExitCode = exit.ExitCode()
	} else if err != nil {
		r.Error = err.Error()
	}
	send(r)
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	for in.Scan() {
		var req request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			send(reply{ID: -1, Error: err.Error()})
			continue
		}
		go serve(req)
	}
	// stdin closed: "Complete job". The runner ends what the job left running (it finds them by the
	// RUNNER_TRACKING_ID they inherited; wine keeps a Windows environment out of /proc, so the
	// worker ends the ones it started itself).
	left.Lock()
	for p := range left.procs {
		_ = p.Kill()
	}
	left.Unlock()
}
