// SPDX-License-Identifier: GPL-3.0-or-later
// Several processes doing something at the same moment, for tests of what
// happens between neighbours (two writers creating one history, …).
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <vector>

namespace segmenta::testutil {

// Runs body(0) … body(n - 1) in n child processes that all start when a pipe
// closes, so none gets a head start; returns each child's exit status in order
// (100 when it did not exit normally, e.g. killed by a signal).
inline std::vector<int> runTogether(int n, const std::function<int(int)>& body) {
    int go[2];
    if (pipe(go) != 0) return std::vector<int>(std::size_t(n), 100);
    std::vector<pid_t> children;
    for (int i = 0; i < n; ++i) {
        const pid_t child = fork();
        if (child == 0) {
            close(go[1]);
            char c;
            if (read(go[0], &c, 1) != 0) _exit(99);
            _exit(body(i));
        }
        children.push_back(child);
    }
    close(go[0]);
    close(go[1]);
    std::vector<int> codes;
    for (pid_t child : children) {
        int status = 0;
        waitpid(child, &status, 0);
        codes.push_back(WIFEXITED(status) ? WEXITSTATUS(status) : 100);
    }
    return codes;
}

} // namespace segmenta::testutil
