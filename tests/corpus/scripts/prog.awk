# awk_script: mawk with fields, arrays, printf, getline from a file and from a
# command, output to a file and to a command, close() and system().
BEGIN { FS = " " }
{ words += NF; for (i = 1; i <= NF; i++) count[length($i)]++ }
END {
	printf "%d words in %d lines\n", words, NR
	for (n = 1; n <= 6; n++) if (n in count) printf "len %d: %d\n", n, count[n] > "lens.txt"
	close("lens.txt")
	while ((getline line < "dup.txt") > 0) seen[line]++
	close("dup.txt")
	"cat lens.txt" | getline first
	close("cat lens.txt")
	print "first:", first
	print "b", seen["b"] | "cat"
	close("cat")
	system("true")
}
