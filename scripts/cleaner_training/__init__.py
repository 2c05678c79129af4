"""The cleaner's training and research code behind scripts/train_cleaner.py (issue 2).

Modules, by what they do:

- ``pages``: the dev (and extra) pages loaded, their features and labels, their sites;
- ``fitting``: the line networks fitted and assembled into the shipped model JSON;
- ``rules``: the cleaner's rules switched off by name;
- ``estimates``: scoring, and the site-grouped CV estimates (a), (b4), (b) (--estimate);
- ``rule_value``: what each rule is worth (--rules);
- ``extra_pages``: training with extra labelled pages and scoring them (--extra-pages);
- ``operating_point``: the threshold x temperature grid and its choice (--operating-point);
- ``ensembles``: ensembles of several seed sets compared (--ensembles);
- ``learning_curve``: the CV trained on shares of the sites, and its fit (--learning-curve).

The run's knobs (``fitting.ALPHA``, ``fitting.SEEDS``, ``fitting.EXTRA_WEIGHT``) are set by
the script's options and read as module attributes when a function runs.
"""
