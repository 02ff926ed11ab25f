"""The window's actions, one controller per subject.

- :mod:`.database`: new, open, open recent, backup, restore, load sample data, quit;
- :mod:`.data`: import, revert an import, export (a list, everything), load a full export, drag-and-drop;
- :mod:`.sync`: offline copies, sync packages, merging, conflicts, duplicates, a fresh copy, the banner;
- printing (badges, certificates, result sheets; issue 15) gets its own controller here, ``printing.py``,
  with its group in the File menu where :meth:`MainWindow._build_menus` leaves a place for it.

A controller owns its ``QAction``\\ s (the shell puts them in its menus), runs its work through the
shell (:class:`~tvet_alliance.ui.actions.base.Shell`: one piece of long work at a time, in the
background) and reports what the work changed with ``shell.changed(changes)``, which refreshes the
pages that show those tables. Heavy dialogs are imported inside the actions that open them, so that
starting the program does not pay for them.
"""
