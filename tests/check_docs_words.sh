#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The repository's text speaks of the software: what it does, how and why. This
# check fails, listing each line, when README.md, CONTRIBUTING.md, docs/ or the
# sources (comments and strings in core, ui, app, tests, benchmarks) speak of
# numbered work periods or of people's roles instead.
# Usage: tests/check_docs_words.sh [SOURCE_DIR]   (ctest runs it as docs_words)
set -u
cd "${1:-$(dirname "$0")/..}" || exit 2

pattern='[Ss]ession [0-9]|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) session|\bengineers?\b|\b[Tt]he lead\b|Owner:|helper "'

hits=$(grep -rnIE "$pattern" README.md CONTRIBUTING.md docs \
         core ui app tests benchmarks \
         --include='*.md' --include='*.cpp' --include='*.h' --include='*.py' --include='*.sh' \
         --include='CMakeLists.txt' --include='*.cmake' 2>/dev/null \
       | grep -v '^tests/check_docs_words.sh:')

if [ -n "$hits" ]; then
    echo "Text about sessions or people instead of the software (say what the software does instead):"
    echo "$hits"
    exit 1
fi
echo "docs_words: no numbered work periods or roles found"
