# sh_heredoc: here-documents (dash writes them into a pipe), with and without expansion.
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
