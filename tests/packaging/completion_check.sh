#!/usr/bin/env bash
# Completes partial sipcodes command lines with the completion of one shell, as made in the build
# folder, and checks the candidates: the options are those of `sipcodes --help`, the values after
# --lang, --format and --list are the expected ones and each is one that sipcodes accepts.
# The expected values come from resources/completions/CMakeLists.txt, passed in by CTest, so that
# adding a value there needs no change here.
# usage: completion_check.sh bash|zsh|fish SIPCODES COMPLETION_FOLDER WORKDIR
#                            "LANGUAGES" "FORMATS" "LIST_ARGUMENTS"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
shell=$1
export SIPCODES=$2
folder=$3
work=$4
languages=$5
formats=$6
list_arguments=$7
rm -rf "$work"
mkdir -p "$work/files/sub"
touch "$work/files/edited.json" "$work/files/notes.txt"
export SIPCODES_CONFIG_HOME=$work/config

# offered_SHELL LINE...: for each command line, the candidates its last word gets (sorted, on one
# line); a line ending in a space completes a new, empty word. Run in $work/files.
offered_bash() {
    (
        cd "$work/files"
        set +euo pipefail # as in an interactive shell, where completion runs
        # shellcheck source=/dev/null
        . "$folder/sipcodes.bash"
        function=$(complete -p sipcodes | sed -nE 's/.* -F ([^ ]+) .*/\1/p')
        [ -n "$function" ] || fail "sipcodes.bash registers no completion function for sipcodes"
        for line; do
            # Split the way bash does with its default COMP_WORDBREAKS: at blanks, and "=" on
            # its own; the cursor is at the end of the line.
            read -ra COMP_WORDS <<< "${line//=/ = }"
            [[ $line == *' ' ]] && COMP_WORDS+=('')
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE=$line
            COMP_POINT=${#line}
            COMPREPLY=()
            "$function" sipcodes "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort -u | paste -sd ' ' -
        done
    )
}
offered_zsh() {
    command -v zsh > /dev/null || fail "zsh is missing (apt-get install zsh; tools/dev test does)"
    zsh -f "$here/zsh_complete.zsh" "$folder" "$work/files" "$@"
}
offered_fish() {
    command -v fish > /dev/null || fail "fish is missing (apt-get install fish; tools/dev test does)"
    local line
    for line; do
        # fish answers with whole tokens ("--lang=zh_CN") and a tab before each description.
        (cd "$work/files" && fish --no-config -c 'source $argv[1]; complete -C $argv[2]' \
            "$folder/sipcodes.fish" "$line") \
            | cut -f1 | sed -E 's/^--[[:alnum:]-]+=//' | LC_ALL=C sort -u | paste -sd ' ' -
    done
}

case $shell in
bash | zsh | fish) ;;
*) fail "unknown shell '$shell'" ;;
esac

# The words of LIST that start with PREFIX, sorted, on one line.
starting_with() {
    local prefix=$1 word
    for word in $2; do
        if [[ $word == "$prefix"* ]]; then echo "$word"; fi
    done | LC_ALL=C sort -u | paste -sd ' ' -
}
if [ -z "$languages" ] || [ -z "$formats" ] || [ -z "$list_arguments" ]; then fail "empty value lists"; fi
options=$(help_long_options | paste -sd ' ' -)
[ -n "$options" ] || fail "found no options in sipcodes --help"
# What each partial command line must offer.
cases=(
    'sipcodes --'                    "$options"
    'sipcodes --l'                   "$(starting_with --l "$options")"
    'sipcodes --lang '               "$(starting_with '' "$languages")"
    'sipcodes --lang z'              "$(starting_with z "$languages")"
    'sipcodes --lang=zh'             "$(starting_with zh "$languages")"
    'sipcodes --format '             "$(starting_with '' "$formats")"
    'sipcodes --format=m'            "$(starting_with m "$formats")"
    'sipcodes --list '               "$(starting_with '' "$list_arguments")"
    'sipcodes --list 4'              "$(starting_with 4 "$list_arguments")"
    'sipcodes --format json --list ' "$(starting_with '' "$list_arguments")"
    'sipcodes --list --format '      "$(starting_with '' "$formats")"
    'sipcodes --q850 '               ''
    'sipcodes 48'                    ''
)
lines=()
for ((i = 0; i < ${#cases[@]}; i += 2)); do
    lines+=("${cases[i]}")
done
lines+=('sipcodes --catalog ')
mapfile -t results < <("offered_$shell" "${lines[@]}")
[ ${#results[@]} -eq ${#lines[@]} ] \
    || fail "$shell answered ${#results[@]} of ${#lines[@]} command lines"

failures=0
for ((i = 0; i < ${#cases[@]}; i += 2)); do
    line=${cases[i]}
    expected=${cases[i + 1]}
    got=${results[i / 2]}
    if [ "$got" != "$expected" ]; then
        echo "FAIL: $shell completes '$line' with '$got', expected '$expected'" >&2
        failures=$((failures + 1))
    fi
done
# File names after --catalog: the JSON file at least (zsh prefers *.json, the others list all).
catalog=${results[-1]}
if [[ " $catalog " != *' edited.json '* ]]; then
    echo "FAIL: $shell completes 'sipcodes --catalog ' with '$catalog', expected edited.json among them" >&2
    failures=$((failures + 1))
fi
if [ "$shell" = bash ]; then
    # Without "=" in COMP_WORDBREAKS, "--lang=z" is one word, and so is each candidate.
    got=$(bash -c '. "$1"; COMP_WORDS=(sipcodes --lang=z); COMP_CWORD=1; COMPREPLY=()
                   $(complete -p sipcodes | sed -nE "s/.* -F ([^ ]+) .*/\1/p"); echo "${COMPREPLY[*]}"' \
          _ "$folder/sipcodes.bash")
    expected=$(starting_with z "$languages" | sed -E 's/(^| )/\1--lang=/g')
    [ "$got" = "$expected" ] \
        || { echo "FAIL: bash completes the single word '--lang=z' with '$got'" >&2; failures=$((failures + 1)); }
fi

# Every value offered is one that sipcodes takes.
for value in $languages; do
    run_sipcodes --lang "$value" 486 > /dev/null || { echo "FAIL: sipcodes refuses --lang $value" >&2; failures=$((failures + 1)); }
done
for value in $formats; do
    run_sipcodes --format "$value" 486 > /dev/null || { echo "FAIL: sipcodes refuses --format $value" >&2; failures=$((failures + 1)); }
done
for value in $list_arguments; do
    run_sipcodes --list "$value" > /dev/null || { echo "FAIL: sipcodes refuses --list $value" >&2; failures=$((failures + 1)); }
done

[ "$failures" -eq 0 ] || fail "$failures of the $shell completion checks"
echo "$shell completion check: $((${#cases[@]} / 2 + 1)) command lines, options as in --help"
