"""Imported first by the fork server of ``vnx bulk``: Ctrl-C is ignored there, and so from their first instruction in
the workers it forks (the fork server hands its children the SIGINT disposition it had after its preloads). A terminal's
Ctrl-C reaches the whole process group; the parent stops the job, and a worker caught starting up would otherwise print
a traceback (``bulk._init_worker`` ignores it too, but only once the worker runs it)."""
import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
