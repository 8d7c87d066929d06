# Completes command lines in a real interactive zsh (through zsh/zpty) with the completion
# functions of one folder, and prints what was offered: one line per command line, the
# candidates sorted and separated by spaces. A stand-in for compadd records the candidates.
# usage: zsh -f zsh_complete.zsh FUNCTION_FOLDER WORKDIR LINE...
emulate -L zsh
setopt err_return
local folder=$1 work=$2
shift 2
local out=$work/zsh-offered
zmodload zsh/zpty
zpty completing zsh -f -i
zpty -w completing "PROMPT='' RPROMPT=''; fpath=(${(q)folder} \$fpath)" \
    "; autoload -Uz compinit; compinit -u -D; zstyle ':completion:*' menu no; cd ${(q)work}"
zpty -w completing "compadd() { local -a m; builtin compadd -O m \"\$@\";" \
    "print -rl -- \$m >> ${(q)out}; builtin compadd \"\$@\" }"

# Waits until the shell has run everything typed so far: it appends a marker line to $out.
settle() {
  zpty -w completing "print -r -- __done__ >> ${(q)out}"
  integer tries=0
  until grep -qx __done__ $out 2> /dev/null; do
    (( ++tries <= 400 )) || { print -u2 "zsh did not answer"; return 1 }
    sleep 0.05
  done
}
: >| $out
settle # zsh drops what is typed before it is ready
local line
for line in "$@"; do
  : >| $out
  # Tab completes; Ctrl+U clears the line for the next one.
  zpty -w -n completing "$line"$'\t'$'\C-u'
  settle
  grep -vx -e __done__ -e '' $out | LC_ALL=C sort -u | paste -sd ' ' - || print
done
zpty -d completing
