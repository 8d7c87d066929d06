# Helpers shared by the packaging checks; sourced, not run. run_sipcodes and the help_* functions
# want SIPCODES (the built binary) and SIPCODES_CONFIG_HOME (an empty settings folder) set.

fail() { echo "FAIL: $*" >&2; exit 1; }

# Runs the built sipcodes as a terminal user would: no display, its own empty settings folder.
run_sipcodes() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
        XDG_CONFIG_HOME="${SIPCODES_CONFIG_HOME:?}" "${SIPCODES:?}" "$@"
}

# The option names that `sipcodes --help` lists, one a line, sorted: "-h", "--help"... Only the
# start of each option line counts, so that a description mentioning another option does not.
help_options() {
    run_sipcodes --help | sed -nE 's/^ +(-[[:alnum:]], )?(--[[:alnum:]][[:alnum:]-]*).*/\1\2/p' \
        | tr ',' '\n' | sed 's/^ *//' | grep . | LC_ALL=C sort -u
}

# Like help_options, long names only.
help_long_options() {
    help_options | grep -- '^--'
}
