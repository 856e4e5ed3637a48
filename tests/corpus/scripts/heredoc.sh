# sh_heredoc: dash's here-documents (a small one is written into a pipe, a big
# one through a forked writer), <<- with tabs, read from a here-doc, fd
# juggling (3>&1 1>&2, <>, exec of fds 4 and 5), and noclobber.
cat <<-EOF2
	indented $HOME
	EOF2
read a b <<END
first second
END
echo "$a/$b"
i=0
{
	while [ $i -lt 200 ]; do echo "line $i of a here-document bigger than a pipe's buffer"; i=$((i+1)); done
} > gen.txt
cat <<END > big.txt
$(cat gen.txt)
$(cat gen.txt)
END
wc -l big.txt
exec 4> four.txt 5< data.txt
read l <&5
echo "$l" >&4
exec 4>&- 5<&-
echo rw 1<> rw.txt
( echo to-err 3>&1 1>&2 2>&3 ) 2> swapped.txt
set -C
echo x > four.txt 2> clob.txt || echo "noclobber $?"
set +C
cat four.txt rw.txt swapped.txt
