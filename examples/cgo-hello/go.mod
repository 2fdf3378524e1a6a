module example.com/cgo-hello

go 1.19
