module gcgwindows

go 1.19
