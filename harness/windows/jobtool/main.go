// jobtool.exe: what a job's own Windows programs do to the action's folders.
//
//	jobtool.exe hold FILE SECONDS     opens FILE (created if needed) as Go does, without
//	                                  FILE_SHARE_DELETE, prints "holding FILE", keeps it open for
//	                                  SECONDS (0: until killed, at most 10 minutes), as a leftover
//	                                  compiler or log writer
//	jobtool.exe usercache NAME BYTES  writes BYTES into os.UserCacheDir()\NAME\blob: %LocalAppData%
//	                                  on Windows, where tools that ignore XDG_CACHE_HOME keep caches
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

func fail(err error) {
	fmt.Fprintln(os.Stderr, "jobtool:", err)
	os.Exit(1)
}

func number(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		fail(err)
	}
	return n
}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: jobtool.exe hold FILE SECONDS | usercache NAME BYTES")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "hold":
		seconds := number(os.Args[3])
		f, err := os.OpenFile(os.Args[2], os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			fail(err)
		}
		fmt.Println("holding", os.Args[2])
		if seconds == 0 {
			seconds = 600 // "until killed", but never past ten minutes: a test that dies leaves no holder for long
		}
		time.Sleep(time.Duration(seconds) * time.Second)
		f.Close()
	case "usercache":
		dir, err := os.UserCacheDir()
		if err != nil {
			fail(err)
		}
		file := filepath.Join(dir, os.Args[2], "blob")
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			fail(err)
		}
		if err := os.WriteFile(file, make([]byte, number(os.Args[3])), 0o644); err != nil {
			fail(err)
		}
		fmt.Println("wrote", file)
	default:
		fail(fmt.Errorf("unknown command %q", os.Args[1]))
	}
}
