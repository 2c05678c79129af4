"""Build of the optional compiled hot loop; everything else is in pyproject.toml.

The extension is optional: without a compiler the install still succeeds and the cleaner
runs its pure-Python path (the same output; see docs/cleaning.md, thirteenth speed pass).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "storyweave.clean._fastlines",
            ["src/storyweave/clean/_fastlines.c"],
            optional=True,
            # no fused multiply-adds: the doubles are computed as Python computes them
            extra_compile_args=["-O2", "-ffp-contract=off"],
        )
    ]
)
