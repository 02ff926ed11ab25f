from tvet_alliance.cli import main

raise SystemExit(main())
