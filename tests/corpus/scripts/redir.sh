# sh_redir: every kind of redirection dash knows, here-documents (dash writes them
# into a pipe) with and without expansion, and tee writing to two files.
echo a > r.txt
echo b >> r.txt
cat < r.txt
exec 3> fd3.txt
echo to3 >&3
exec 3>&-
cat no-such-file 2> err.txt || echo "status $?"
{ echo grouped; echo twice; } > g.txt
cat g.txt 1>&2
: > empty.txt
tee t1.txt t2.txt < data.txt
name=world
cat <<END > h1.txt
hello $name
END
cat <<'END'
literal $name
END
tr a-z A-Z <<END
shout
END
