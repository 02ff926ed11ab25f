from tvet_alliance.app import main

raise SystemExit(main())
