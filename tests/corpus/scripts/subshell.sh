# sh_subshell: subshells, command substitution, a pipeline of two, if/while, exec in a subshell.
(cd tree && cat a.txt)
n=$(wc -l < data.txt)
echo "lines $n"
if [ -d tree/sub ]; then echo dir; fi
i=0
while [ $i -lt 3 ]; do i=$((i + 1)); done
echo "i=$i"
cat data.txt | grep -c o
(exec cat data.txt)
