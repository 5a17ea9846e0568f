#!/bin/sh
# Starts or stops the virtual X server the desktop tests draw on (run by this module's pom).
#   xvfb.sh start DISPLAY_NUMBER PIDFILE   starts Xvfb :N (or reuses one already serving :N)
#   xvfb.sh stop PIDFILE                   stops the Xvfb that `start` started
# Xvfb comes from Debian's xvfb package and SWT needs GTK 3 (libgtk-3-0): .ci/run installs both (README set-up).
set -eu
case "${1:-}" in
  start)
    n=$2; pidfile=$3
    rm -f "$pidfile"
    if ! command -v Xvfb >/dev/null 2>&1; then
      echo "xvfb.sh: Xvfb is not installed: the desktop tests need it (apt-get install -y xvfb)" >&2
      exit 1
    fi
    lock=/tmp/.X$n-lock
    if [ -f "$lock" ] && kill -0 "$(tr -d ' ' <"$lock")" 2>/dev/null; then
      echo "xvfb.sh: reusing the X server on :$n"
      exit 0
    fi
    rm -f "$lock"
    mkdir -p "$(dirname "$pidfile")"
    # setsid + closed streams: the build must not wait for the server
    setsid Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$(dirname "$pidfile")/xvfb.log" 2>&1 </dev/null &
    echo $! >"$pidfile"
    i=0
    while [ ! -e "/tmp/.X11-unix/X$n" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "xvfb.sh: Xvfb :$n did not start; its log:" >&2
      cat "$(dirname "$pidfile")/xvfb.log" >&2
      exit 1
    fi
    # a failing test phase skips `stop`: a watcher ends the server when the build (our parent) ends
    xpid=$(cat "$pidfile"); build=$PPID
    setsid sh -c "while kill -0 $build 2>/dev/null && kill -0 $xpid 2>/dev/null; do sleep 2; done; kill $xpid 2>/dev/null" \
      >/dev/null 2>&1 </dev/null &
    echo "xvfb.sh: started Xvfb on :$n (pid $xpid)"
    ;;
  stop)
    pidfile=$2
    if [ -f "$pidfile" ]; then
      kill "$(cat "$pidfile")" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    ;;
  *) echo "usage: xvfb.sh start N PIDFILE | stop PIDFILE" >&2; exit 2 ;;
esac
