// Command etcd is the etcd server that k8s.io/kubernetes pins (see go.mod), built from the Go
// module proxy: `go install go.etcd.io/etcd/server/v3@…` refuses etcd's own replace directives.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
