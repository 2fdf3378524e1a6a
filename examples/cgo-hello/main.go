// A tiny cgo program: it only builds when cgo is on and a C compiler works.
package main

/*
#include <stdio.h>
#include <stdlib.h>

static int add(int a, int b) { return a + b; }
*/
import "C"

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("cgo says 2+3=%d; TMPDIR=%s\n", int(C.add(2, 3)), os.Getenv("TMPDIR"))
}
